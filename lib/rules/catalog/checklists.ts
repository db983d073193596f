/**
 * What to do once a message is judged a scam. Items carry a source from the reference files when
 * one exists; items with `source: null` are general advice that the references do not state (for
 * example the consumer hotline and police numbers are not in them, so no number is given here).
 */

export interface ChecklistItem {
  readonly id: string;
  readonly ja: string;
  readonly en: string;
  readonly source: string | null;
}

/** For a scam message the relative did NOT act on. */
export const SCAM_REPORT_CHECKLIST: readonly ChecklistItem[] = [
  {
    id: "do-not-use",
    ja: "メッセージのリンクは開かず、書かれた番号にも電話しません。返信もしません。",
    en: "Do not open the link, call the number in it, or reply.",
    source: null,
  },
  {
    id: "keep-evidence",
    ja: "消す前に、送信元・本文・日時がわかる画面写真を残します。",
    en: "Before deleting it, keep a screenshot showing the sender, text and time.",
    source: null,
  },
  {
    id: "report-antiphishing",
    ja: "フィッシング対策協議会に報告します（協議会のウェブサイトの案内に従います）。",
    en: "Report it to the Council of Anti-Phishing Japan (フィッシング対策協議会), following the instructions on its website.",
    source: null,
  },
  {
    id: "tell-issuer",
    ja: "名前を使われた会社（カード会社・銀行など）の公式サイトにある窓口に知らせます。",
    en: "Tell the company whose name was used, through the contact on its official site.",
    source: null,
  },
  {
    id: "tell-carrier",
    ja: "SMSで届いたときは、携帯電話会社の迷惑SMSの案内も確認します（ドコモの場合は公式サイトの「フィッシングSMS」の案内）。",
    en: "For an SMS, also check your mobile carrier's guidance on scam SMS (for docomo, its page on phishing SMS).",
    source: "https://service.smt.docomo.ne.jp/site/mail/src/plusmessage-phishing.html",
  },
  {
    id: "consult-if-harmed",
    ja: "お金を払った・情報を入力した場合は、下の「すぐにすること」を行い、消費生活センターや警察の相談窓口にも相談します。",
    en: "If money was paid or details were entered, do the urgent steps below and also contact a consumer-affairs centre or the police consultation line.",
    source: null,
  },
];

/** When money was paid or details (card, password, PIN) were entered on a scam page. */
export const SCAM_URGENT_CHECKLIST: readonly ChecklistItem[] = [
  {
    id: "stop-card",
    ja: "すぐにカード会社・銀行に電話して、カードや口座の利用を止めてもらいます。番号は、カードや公式サイトに載っているものを使います。",
    en: "Call the card company or bank at once to stop the card or account. Use the number on the card or on the official site.",
    source: "http://www.smbc.co.jp/security/edm25_09.html",
  },
  {
    id: "change-passwords",
    ja: "入力したパスワードを、公式サイト（自分で開いたもの）で変えます。同じパスワードを使っている他のサービスも変えます。",
    en: "Change the password you entered, on the official site you open yourself, and anywhere else you use the same password.",
    source: null,
  },
  {
    id: "check-statements",
    ja: "カードの利用明細や口座の入出金に、覚えのないものがないか確認します。",
    en: "Check card statements and account activity for anything you do not recognise.",
    source: null,
  },
  {
    id: "consult",
    ja: "消費生活センターや警察の相談窓口に相談します。",
    en: "Contact a consumer-affairs centre or the police consultation line.",
    source: null,
  },
];
