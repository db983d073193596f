/** Shared helpers for the rule-module tests. Fixed clock: tests never read the real date. */
import { judgeMessage, type MessageInput, type RuleId, type Verdict } from "../../../lib/rules";

export const NOW = "2024-10-10T03:00:00.000Z";

export type Msg = Partial<MessageInput> & { body: string };

export function judge(m: Msg, now: string = NOW): Verdict {
  return judgeMessage({ channel: "other", ...m }, { now });
}

export function rulesOf(v: Verdict): RuleId[] {
  return v.findings.map((f) => f.rule);
}

/** The genuine dカード「お客さま情報のご確認のお願い」SMS, as copied in phishing-facts.md §1.1 (koregasiritai.com). */
export const DCARD_AML_SMS: Msg = {
  channel: "sms",
  sender: null,
  subject: null,
  body:
    "【dカード】マネー・ローンダリング及びテロ資金供与対策の一環として、お客さま情報のご確認をお願いしております。" +
    "以下のURLからdカードサイトへアクセスいただき、お客さま情報のご確認手続きをお願いいたします。" +
    "※登録情報に変更が無いお客様もお手続きが必要です。\nお手続き期限：2024年11月03日\n" +
    "https://dcard.docomo.ne.jp/st/index.html\n※ログイン後の会員ページよりお手続きください。\n" +
    "詳細：https://dcard.docomo.ne.jp/st/attention/identification/index.html\n" +
    "お問い合わせ：http://fw.dcard.docomo.ne.jp/cp_mail/info/",
};
