/**
 * What to do once a message is judged a scam. Items carry a source when one exists (the reference
 * files, or the public pages named below for the 188 and #9110 numbers); items with
 * `source: null` are general advice.
 */

/**
 * 188: 消費者ホットライン, the national number that connects to the nearest consumer affairs
 * centre (政府広報オンライン, H). #9110: 警察相談専用電話, the national police consultation number
 * for non-emergencies such as suspected fraud (the 政府広報 text as reproduced on a co-op page, M).
 */
const CONSUMER_HOTLINE_188 = "https://www.gov-online.go.jp/useful/article/201807/1.html";
const POLICE_9110 = "https://coopsapporo-cs.jp/premium_service/detail/437";

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
    ja: "お金を払った・情報を入力した場合は、「急いですること」を行い、消費者ホットライン「188」や警察相談専用電話「#9110」にも相談します。",
    en: "If money was paid or details were entered, do the urgent steps and also call the consumer hotline 188 or the police consultation line #9110.",
    source: CONSUMER_HOTLINE_188,
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
    id: "consult-188",
    ja: "消費者ホットライン「188」（いやや）に電話して、近くの消費生活センターに相談します。",
    en: "Call the consumer hotline 188 to reach your local consumer affairs centre.",
    source: CONSUMER_HOTLINE_188,
  },
  {
    id: "consult-9110",
    ja: "詐欺の被害かもしれないときは、警察相談専用電話「#9110」に相談します（緊急のときは110番）。",
    en: "If it may be fraud, call the police consultation line #9110 (110 in an emergency).",
    source: POLICE_9110,
  },
];
