// The kinds of message families log, as benchmark data: the genuine dカード notice (twice, it is the
// most common), phishing copies, a bank letter, an e-mail from the official domain, a phone call.
// Shared by the seeded bench family (seed-family.ts) and the 100,000-message re-judge (rejudge-100k.mjs).

/** "2026-11-03" → "2026年11月03日", as the notices write it. */
export function jpDate(iso) {
  const [y, m, d] = iso.split("-");
  return `${y}年${m}月${d}日`;
}

const GENUINE_DCARD = {
  channel: "MESSAGE_R",
  sender: "dカード",
  relative: 0,
  body: (d) =>
    `【dカード】お客さま情報のご確認のお願い\nいつもdカードをご利用いただきありがとうございます。マネー・ローンダリング及びテロ資金供与対策の一環として、お客さま情報のご確認をお願いしております。以下のURLからdカードサイトへアクセスし、ログイン後の会員ページよりお客さま情報のご確認手続きをお願いいたします。\n※登録情報に変更が無いお客様もお手続きが必要です。\nお手続き期限：${jpDate(d)}\nhttps://dcard.docomo.ne.jp/st/index.html`,
};

/**
 * `relative` is the index of the relative it goes to: 0 receives docomo's メッセージR, 1 SMS only,
 * 2 unknown. `body(deadline)` takes an ISO date.
 * @type {{ channel: "MESSAGE_R" | "SMS" | "EMAIL" | "LETTER" | "PHONE"; sender?: string; subject?: string; relative: number; body: (deadline: string) => string }[]}
 */
export const TEMPLATES = [
  GENUINE_DCARD,
  {
    channel: "SMS",
    sender: "+1 (555) 010-0199",
    relative: 1,
    body: () => "【dカード】お客様情報の確認が必要です。ご利用を一部制限させていただきました。本日中に下記URLよりご確認ください。https://dcard-docomo.account-verify.top/login",
  },
  {
    channel: "LETTER",
    sender: "○○銀行",
    relative: 0,
    body: (d) => `お取引目的等のご確認のお願い\n当行では、お客さまとのお取引の目的や職業などを定期的に確認しております。同封の回答書にご記入のうえ、${jpDate(d)}までにご返送ください。`,
  },
  {
    channel: "EMAIL",
    sender: "support@amazon-co-jp.security-alert.xyz",
    subject: "【Amazon】アカウントが一時停止されました",
    relative: 2,
    body: () => "お客様のアカウントで異常なログインが検出されました。24時間以内に以下のリンクからお支払い情報を更新してください。更新されない場合、アカウントは削除されます。\nhttps://amazon-co-jp.security-alert.xyz/signin",
  },
  GENUINE_DCARD,
  {
    channel: "EMAIL",
    sender: "dcard@dcard.docomo.ne.jp",
    subject: "【dカード】お客さま情報のご確認のお願い",
    relative: 2,
    body: () => "いつもdカードをご利用いただきありがとうございます。お客さま情報のご確認をお願いしております。dカードアプリまたはdカードサイトにログインのうえ、お手続きください。",
  },
  {
    channel: "PHONE",
    relative: 1,
    body: () => "銀行の者と名乗る男性から電話。キャッシュカードが不正利用されているので、暗証番号を確認したいと言われた。",
  },
];
