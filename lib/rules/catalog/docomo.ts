/**
 * NTT docomo family: dカード, docomo / dアカウント / d払い, NTTファイナンス.
 * Facts from ../shared/reference/phishing-facts.md §1 and official-facts-2.md "NTTドコモ".
 */
import type { Issuer } from "./types";

export const SRC = {
  dcardAntiPhishing: "https://dcard.docomo.ne.jp/st/anti_phishing/index.html",
  dcardAmlSms: "https://koregasiritai.com/d-card-sms-spam",
  dcardAmlBlog1: "https://kaiketsu-log.com/647.html",
  dcardAmlBlog2: "https://tenink.net/dkadokakunin",
  dcardAmlBlog3: "https://lifehack-saka.com/?p=1158",
  dcardFlow: "https://dcard.docomo.ne.jp/st/s_dcard/flow.html",
  dcardMessageR: "https://dcard.docomo.ne.jp/std/info/correction20160531_message_r.html",
  dcardFraudSms: "https://did2memo.net/2023/12/16/",
  dcardFraudSms2020: "https://info.d-card.jp/std/info/correction20200518.html",
  dcardRenewalSms: "https://did2memo.net/2023/10/21/docomo-d-card-futsuu-yuubin-sms",
  dcardAmlLoginOnly: "https://densyoka.jp/d-card-login-senyou-pape-0925/",
  ahamoFaqLock: "https://faq.ahamo.com/faq/show/943",
  docomoLockMail: "https://chiilabo.com/2022-09/docomo-mail-account-lock",
  ktaiWatch2019: "https://k-tai.watch.impress.co.jp/docs/news/1198743.html",
  docomoSpam2019: "https://www.docomo.ne.jp/info/spam_mail/column/20190617/",
  docomoPlusMessagePhishing: "https://service.smt.docomo.ne.jp/site/mail/src/plusmessage-phishing.html",
  spoofedThread: "https://2nn.jp/bizplus/1561093997",
  ahamoBitly: "https://did2memo.net/2021/02/13/ahamo-entry-sms/",
  nttFinancePolice: "https://www.police.pref.tokushima.jp/17hurikomaren/p11238/index.html",
  nttFinancePost: "https://machikado.osaka/archives/5800",
} as const;

/** Domains on docomo's published list of URLs used in its SMS (phishing-facts §1.3). */
const DOCOMO_LINK_DOMAINS = [
  { value: "docomo.ne.jp", source: SRC.ktaiWatch2019, confidence: "H" },
  { value: "nttdocomo.co.jp", source: SRC.ktaiWatch2019, confidence: "H" },
  { value: "mydocomo.com", source: SRC.ktaiWatch2019, confidence: "H", note: "www.mydocomo.com is on the list; mydocomo.<other TLD> is phishing" },
  { value: "dkaigai.jp", source: SRC.ktaiWatch2019, confidence: "H" },
  { value: "spmode.ne.jp", source: SRC.ktaiWatch2019, confidence: "H" },
] as const;

export const DCARD: Issuer = {
  id: "dcard",
  family: "docomo",
  kind: "card",
  names: { ja: "dカード（NTTドコモ）", en: "d CARD (NTT docomo)" },
  brandWords: ["dカード", "d カード", "dcard", "d card", "dカードgold"],
  brandTokens: ["dcard", "d-card"],
  officialSite: { value: "https://dcard.docomo.ne.jp/", source: SRC.dcardAmlSms, confidence: "M" },
  linkDomains: [
    ...DOCOMO_LINK_DOMAINS,
    { value: "d-card.jp", source: SRC.dcardMessageR, confidence: "H", note: "legacy (info.d-card.jp)" },
    {
      value: "vpass.jp",
      source: SRC.dcardFraudSms,
      confidence: "M",
      note: "dカード fraud-alert SMS link to s.vpass.jp (三井住友カード's platform, used for 4363/5344/5365 cards)",
    },
  ],
  mailDomains: [{ value: "d-card.jp", source: SRC.dcardMessageR, confidence: "H", note: "info@d-card.jp, replaced by メッセージR from 2016-07-01" }],
  smsSenders: [
    { value: "ntt docomo", source: SRC.dcardAntiPhishing, confidence: "H", note: "fraud-alert SMS sender shows as \"NTT DoCoMo\"" },
    { value: "0120605360", source: SRC.dcardAntiPhishing, confidence: "H", note: "cards starting 4980/5302/5334" },
    { value: "0676369442", source: SRC.dcardAntiPhishing, confidence: "H", note: "cards starting 4980/5302/5334" },
    { value: "0664453485", source: SRC.dcardFraudSms2020, confidence: "M", note: "2020 fraud-alert sender (older)" },
  ],
  phoneNumbers: [],
  channels: [
    { value: "message_r", source: SRC.dcardFlow, confidence: "H", note: "iモード/spモード契約" },
    { value: "sms", source: SRC.dcardFlow, confidence: "H", note: "ahamo/irumo" },
    { value: "email", source: SRC.dcardFlow, confidence: "H", note: "non-docomo line: the dアカウント's address" },
  ],
  never: [
    {
      id: "dcard.no-card-number",
      channels: ["message_r", "sms", "email", "phone", "other"],
      allOf: ["card_number_request"],
      statement: {
        ja: "dカードは、カード番号（16桁）をメッセージで尋ねることはないと案内しています。",
        en: "d CARD says it never asks for the 16-digit card number in a message.",
      },
      source: SRC.dcardAntiPhishing,
      confidence: "H",
    },
  ],
  help: {
    value: {
      ja: "わからないときは、dカードの公式サイトに載っているお問い合わせ先（ドコモ）に聞くか、家族に相談してください。",
      en: "If unsure, ask docomo through the contact listed on the official d CARD site, or ask family.",
    },
    source: SRC.dcardAmlSms,
    confidence: "M",
  },
};

export const DOCOMO: Issuer = {
  id: "docomo",
  family: "docomo",
  kind: "carrier",
  names: { ja: "NTTドコモ（dアカウント・d払い）", en: "NTT docomo (d ACCOUNT, d barai)" },
  brandWords: ["ドコモ", "nttドコモ", "docomo", "ntt docomo", "nttdocomo", "dアカウント", "d払い", "dポイント", "ahamo", "irumo", "mydocomo", "my docomo", "ntt"],
  brandTokens: ["docomo", "nttdocomo", "mydocomo", "docomo-", "ahamo"],
  officialSite: { value: "https://www.docomo.ne.jp/", source: SRC.ktaiWatch2019, confidence: "H" },
  linkDomains: [...DOCOMO_LINK_DOMAINS],
  mailDomains: [
    { value: "docomo.ne.jp", source: SRC.ahamoFaqLock, confidence: "H", note: "spmodemsgr@wdy.docomo.ne.jp; also spoofed by phishing" },
  ],
  smsSenders: [
    { value: "ntt docomo", source: SRC.ktaiWatch2019, confidence: "M", note: "alphanumeric sender; can be spoofed and join the real thread" },
    { value: "0032069222", source: SRC.ahamoBitly, confidence: "M", note: "ahamo entry SMS (2021)" },
  ],
  phoneNumbers: [],
  channels: [
    { value: "message_r", source: SRC.ahamoFaqLock, confidence: "H" },
    { value: "sms", source: SRC.ahamoFaqLock, confidence: "H" },
    { value: "email", source: SRC.ahamoFaqLock, confidence: "H", note: "customers without a docomo line only" },
  ],
  never: [
    {
      id: "docomo.no-phone-number-sender",
      channels: ["sms"],
      allOf: ["phone_number_sender"],
      statement: {
        ja: "ドコモは、送信元に電話番号を表示したSMSで連絡することはないと案内しています（一部のサービスを除く）。",
        en: "docomo says it does not contact customers by SMS showing a phone number as the sender (except some services).",
      },
      source: SRC.docomoSpam2019,
      confidence: "M",
    },
  ],
  help: {
    value: {
      ja: "わからないときは、ドコモの公式サイトに載っているお問い合わせ先に聞くか、家族に相談してください。",
      en: "If unsure, use the contact on docomo's official site, or ask family.",
    },
    source: SRC.docomoSpam2019,
    confidence: "H",
  },
};

export const NTT_FINANCE: Issuer = {
  id: "ntt-finance",
  family: "docomo",
  kind: "billing",
  names: { ja: "NTTファイナンス", en: "NTT Finance" },
  brandWords: ["nttファイナンス", "ntt finance", "nttfinance"],
  brandTokens: ["nttfinance", "ntt-finance"],
  linkDomains: [],
  mailDomains: [],
  smsSenders: [],
  phoneNumbers: [],
  channels: [],
  never: [
    {
      id: "ntt-finance.no-automated-voice",
      channels: ["phone"],
      allOf: ["ivr"],
      statement: {
        ja: "NTTファイナンスは、契約状況や回線の停止を自動音声の電話で知らせることはありません（警察の注意喚起）。",
        en: "NTT Finance does not announce contract status or line suspension by automated voice calls (police warning).",
      },
      source: SRC.nttFinancePolice,
      confidence: "H",
      scope: "family",
    },
    {
      id: "ntt-finance.no-fee-demand-by-sms",
      channels: ["sms", "phone"],
      allOf: ["fee_demand"],
      anyOf: ["link", "callback", "payment_request"],
      statement: {
        ja: "NTTの料金をSMSで請求し、リンクや電話に誘うメッセージは偽物です（警察の注意喚起）。",
        en: "SMS demanding NTT charges and pointing to a link or phone number are fake (police warning).",
      },
      source: SRC.nttFinancePolice,
      confidence: "H",
      scope: "family",
    },
  ],
};
