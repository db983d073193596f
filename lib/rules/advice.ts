/**
 * Safe next steps for the family, safe action first (CONVENTIONS 13). Never says a message is
 * safe: even a likely-genuine notice is answered by opening the official app or site yourself.
 */
import { CAMPAIGNS, type Campaign, type Issuer } from "./catalog";
import type { AdviceItem, VerdictLevel } from "./types";

/** The answer steps of each campaign as one advice item, built once. */
const STEPS_ADVICE: ReadonlyMap<string, AdviceItem> = new Map(
  CAMPAIGNS.map((c) => [
    c.id,
    {
      id: "campaign-steps",
      ja: `${c.names.ja}の手順：${c.answerSteps.map((s, i) => `${i + 1}. ${s.ja}`).join(" ")}`,
      en: `Steps for ${c.names.en}: ${c.answerSteps.map((s, i) => `${i + 1}. ${s.en}`).join(" ")}`,
    },
  ]),
);

/** "2024-11-03" → "2024年11月3日" (easier to read than ISO for an older reader). */
function japaneseDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

function siteHost(issuer: Issuer | null): string | null {
  const url = issuer?.officialSite?.value;
  if (!url) return null;
  const m = /^https?:\/\/([^/]+)/.exec(url);
  return m?.[1] ?? null;
}

export function buildAdvice(verdict: VerdictLevel, issuer: Issuer | null, campaign: Campaign | null, deadline: string | null): AdviceItem[] {
  const host = siteHost(issuer);
  const nameJa = issuer && issuer.id !== "bank" ? issuer.names.ja : null;
  const nameEn = issuer && issuer.id !== "bank" ? issuer.names.en : null;
  const openJa = nameJa
    ? `${nameJa}の公式アプリか、自分でブックマークした公式サイト${host ? `（${host}）` : ""}を開いて確かめてください。`
    : "名乗っている会社の公式アプリか、自分でブックマークした公式サイトを開いて確かめてください。";
  const openEn = nameEn
    ? `Open ${nameEn}'s official app, or its official site${host ? ` (${host})` : ""} from your own bookmark, and check there.`
    : "Open the company's official app, or its official site from your own bookmark, and check there.";
  const items: AdviceItem[] = [];

  if (verdict === "likely_phishing") {
    items.push(
      {
        id: "do-not-use",
        ja: "このメッセージのリンクは開かず、書かれた番号にも電話しないでください。返信もしないでください。",
        en: "Do not open the link or call the number in this message, and do not reply.",
      },
      { id: "check-official", ja: `気になるときは、${openJa}`, en: `If you are worried, ${openEn.charAt(0).toLowerCase()}${openEn.slice(1)}` },
      {
        id: "if-entered",
        ja: "もし入力や支払いをしてしまったら、すぐにカード会社や銀行に電話してください（カードや公式サイトに載っている番号へ）。",
        en: "If details were entered or money paid, call the card company or bank at once (the number on the card or official site).",
      },
      { id: "report", ja: "「詐欺の報告」の手順に沿って報告してください。", en: "Follow the scam-report checklist." },
    );
    return items;
  }

  items.push({ id: "open-official", ja: `メッセージのリンクは使わず、${openJa}`, en: `Do not use the message's link. ${openEn}` });
  if (campaign && verdict === "likely_genuine") {
    const steps = STEPS_ADVICE.get(campaign.id);
    if (steps) items.push(steps);
  }
  if (deadline && verdict === "likely_genuine") {
    items.push({
      id: "deadline",
      ja: `期限は${japaneseDate(deadline)}です。${campaign?.lateAnswersAccepted ? "過ぎてしまっても、公式サイトで手続きできます。" : ""}`,
      en: `The deadline is ${deadline}.${campaign?.lateAnswersAccepted ? " You can still answer on the official site after it." : ""}`,
    });
  }
  if (campaign?.mayKeepShowingAfterAnswer && verdict === "likely_genuine") {
    items.push({
      id: "may-keep-showing",
      ja: "手続きのあとも、しばらく案内が表示されることがあります。二重に手続きする必要はありません。",
      en: "The notice may keep showing for a while after you answer; there is no need to answer twice.",
    });
  }
  if (verdict === "caution") {
    items.push({
      id: "do-not-enter",
      ja: "メッセージから開いたページには、暗証番号・パスワード・カード番号を入力しないでください。",
      en: "Do not enter a PIN, password or card number on a page opened from the message.",
    });
  }
  const help = campaign?.help.value ?? issuer?.help?.value;
  items.push(
    help
      ? { id: "ask-help", ja: help.ja, en: help.en }
      : {
          id: "ask-help",
          ja: "わからないときは、公式サイトに載っている問い合わせ先か、家族に相談してください。",
          en: "If unsure, use the contact on the official site, or ask family.",
        },
  );
  return items;
}
