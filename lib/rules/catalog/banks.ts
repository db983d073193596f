/**
 * Banks: 三菱UFJ銀行, 三井住友銀行, ゆうちょ銀行, 三井住友信託銀行, みずほ銀行, and what banks in general
 * say about anti-money-laundering (AML) re-verification. Facts from ../shared/reference/*.md.
 *
 * Key nuance (phishing-facts §2): card issuers DO send SMS/e-mail with links for fraud checks, but
 * banks state they never send AML / 取引目的 / restriction messages with links by SMS or e-mail.
 */
import type { Issuer, NeverStatement } from "./types";

const SRC = {
  mufgEmeg: "https://www.bk.mufg.jp/emeg/10_1393.html",
  mufgSms: "https://direct.bk.mufg.jp/info_news/smsinfo_1023/",
  mufgDomains: "https://belleginza.jp/?p=4155",
  smbcFaq: "https://qa.smbc.co.jp/print/faq/5490",
  smbcWarning: "http://www.smbc.co.jp/security/edm25_09.html",
  smbcWarningSms: "https://did2memo.net/2019/12/06/sms-smbc-nise-site/",
  jpBankFaq: "https://faq.jp-bank.japanpost.jp/faq/show/1",
  jpBankNever: "https://news.cardmics.com/alert/jpbank/",
  jpBankNever2026: "https://news.livedoor.com/article/detail/30465931/",
  smtb: "https://www.smtb.jp/personal/attention/191028",
  mizuhoAml: "https://www.mizuhobank.co.jp/laundering/fatf/",
  mizuhoAnswerSite: "https://mokuteki-kakunin.mizuhobank.co.jp/front/login",
  mizuhoMail: "https://faq.mizuhobank.co.jp/print/faq/371",
  govOnline: "https://www.gov-online.go.jp/useful/article/202203/1.html",
  newspaper: "https://digital.taiheiyo-np.jp/date/2022-03-22/31467",
} as const;

export const MUFG: Issuer = {
  id: "mufg",
  family: "mufg",
  kind: "bank",
  names: { ja: "三菱UFJ銀行", en: "MUFG Bank" },
  brandWords: ["三菱ufj銀行", "三菱ufj", "三菱東京ufj", "mufg"],
  brandTokens: ["mufg"],
  officialSite: { value: "https://www.bk.mufg.jp/", source: SRC.mufgEmeg, confidence: "H" },
  linkDomains: [{ value: "mufg.jp", source: SRC.mufgEmeg, confidence: "H" }],
  mailDomains: [
    { value: "mufg.jp", source: SRC.mufgDomains, confidence: "L", note: "direct-11.bk.mufg.jp, personal.bk.mufg.jp, debit.bk.mufg.jp" },
    { value: "dccard.co.jp", source: SRC.mufgDomains, confidence: "L", note: "bkmail.dccard.co.jp" },
  ],
  smsSenders: [],
  phoneNumbers: [],
  channels: [],
  never: [
    {
      id: "mufg.no-aml-or-unlock-by-message",
      channels: ["sms", "email", "other"],
      allOf: [],
      anyOf: ["aml_topic", "unlock_topic"],
      statement: {
        ja: "三菱UFJ銀行は「取引目的確認」「規制解除・利用再開」などの理由でSMSやEメールを送ることはないと案内しています。",
        en: "MUFG says it never sends SMS or e-mail about 'transaction purpose checks' or 'lifting restrictions / resuming use'.",
      },
      source: SRC.mufgEmeg,
      confidence: "H",
    },
    {
      id: "mufg.no-login-link",
      channels: ["sms", "email", "other"],
      allOf: ["link"],
      anyOf: ["login_request", "password_request", "otp_request", "pin_request"],
      statement: {
        ja: "三菱UFJ銀行は、メッセージのリンクからログイン画面に誘導することは絶対にないと案内しています。",
        en: "MUFG says it never leads you from a link in a message to a login page.",
      },
      source: SRC.mufgEmeg,
      confidence: "H",
    },
    {
      id: "mufg.no-sms-links",
      channels: ["sms"],
      allOf: ["link"],
      statement: {
        ja: "三菱UFJ銀行は、お取引に関するお知らせ等をSMSで送ることは一切ないと案内しています。",
        en: "MUFG says it never sends notices about your transactions by SMS.",
      },
      source: SRC.mufgSms,
      confidence: "H",
    },
    {
      id: "mufg.no-credentials",
      channels: ["sms", "email", "other"],
      allOf: [],
      anyOf: ["pin_request", "password_request", "otp_request", "personal_info_request"],
      statement: {
        ja: "三菱UFJ銀行は、メールやSMSで暗証番号・パスワード・ワンタイムパスワード・氏名や生年月日などを尋ねることはないと案内しています。",
        en: "MUFG says it never asks by mail or SMS for your PIN, passwords, one-time password, name or birthday.",
      },
      source: SRC.mufgEmeg,
      confidence: "H",
    },
  ],
};

export const SMBC: Issuer = {
  id: "smbc",
  family: "smbc-group",
  kind: "bank",
  names: { ja: "三井住友銀行", en: "Sumitomo Mitsui Banking Corporation (SMBC)" },
  brandWords: ["三井住友銀行", "smbcダイレクト", "smbc direct", "sumitomo mitsui banking"],
  brandTokens: ["smbc"],
  officialSite: { value: "https://www.smbc.co.jp/", source: SRC.smbcWarning, confidence: "H" },
  linkDomains: [{ value: "smbc.co.jp", source: SRC.smbcFaq, confidence: "H" }],
  mailDomains: [],
  smsSenders: [
    { value: "0120050929", source: SRC.smbcWarningSms, confidence: "M", note: "warning SMS from 2019-12-05, contains no URL" },
    { value: "032069000", source: SRC.smbcWarningSms, confidence: "M", note: "SoftBank" },
  ],
  phoneNumbers: [],
  channels: [],
  never: [
    {
      id: "smbc.no-sms-login-link",
      channels: ["sms"],
      allOf: ["link"],
      statement: {
        ja: "三井住友銀行は、SMSでSMBCダイレクトのログイン画面に誘導したり暗証番号を求めたりしないと案内しています。",
        en: "SMBC says its SMS never lead to the SMBC Direct login page or ask for a PIN.",
      },
      source: SRC.smbcWarning,
      confidence: "H",
    },
    {
      id: "smbc.no-unlock-by-mail",
      channels: ["email", "other"],
      allOf: ["link"],
      anyOf: ["unlock_topic", "personal_info_request", "aml_topic"],
      statement: {
        ja: "三井住友銀行は、不安を煽って利用再開・制限解除・個人情報の確認などをURLから求めるメールは送らないと案内しています。",
        en: "SMBC says it never sends alarming mail urging you to resume use, lift restrictions or confirm personal details via a URL.",
      },
      source: SRC.smbcFaq,
      confidence: "H",
    },
    {
      id: "smbc.no-pin",
      channels: ["sms", "email", "other"],
      allOf: [],
      anyOf: ["pin_request", "password_request"],
      statement: {
        ja: "三井住友銀行は、メッセージで暗証番号の入力を求めることはないと案内しています。",
        en: "SMBC says it never asks for your PIN through a message.",
      },
      source: SRC.smbcWarning,
      confidence: "H",
    },
  ],
};

export const JP_BANK: Issuer = {
  id: "jp-bank",
  family: "japanpost",
  kind: "bank",
  names: { ja: "ゆうちょ銀行", en: "Japan Post Bank" },
  brandWords: ["ゆうちょ銀行", "ゆうちょ", "郵貯", "郵貯銀行", "jp bank", "jpbank", "jp-bank"],
  brandTokens: ["jp-bank", "jpbank", "yucho", "japanpost"],
  officialSite: { value: "https://www.jp-bank.japanpost.jp/", source: SRC.jpBankFaq, confidence: "H" },
  linkDomains: [{ value: "japanpost.jp", source: SRC.jpBankFaq, confidence: "H" }],
  mailDomains: [{ value: "japanpost.jp", source: SRC.jpBankFaq, confidence: "H", note: "information@jp-bank.japanpost.jp" }],
  smsSenders: [],
  phoneNumbers: [],
  channels: [{ value: "email", source: SRC.jpBankFaq, confidence: "H" }],
  never: [
    {
      id: "jp-bank.no-info-input-by-message",
      channels: ["sms", "email", "other"],
      allOf: [],
      anyOf: ["personal_info_request", "card_info_request", "pin_request", "password_request", "login_request"],
      statement: {
        ja: "ゆうちょ銀行は、メールやSMSでお客さま情報の入力などをお願いすることはないと案内しています。",
        en: "Japan Post Bank says it never asks you to enter customer information by e-mail or SMS.",
      },
      source: SRC.jpBankNever,
      confidence: "M",
    },
  ],
};

export const SMTB: Issuer = {
  id: "smtb",
  family: "smtb",
  kind: "bank",
  names: { ja: "三井住友信託銀行", en: "Sumitomo Mitsui Trust Bank" },
  brandWords: ["三井住友信託銀行", "三井住友信託", "三井住友トラスト", "三井住友信託ダイレクト"],
  brandTokens: ["smtb"],
  officialSite: { value: "https://www.smtb.jp/", source: SRC.smtb, confidence: "H" },
  linkDomains: [{ value: "smtb.jp", source: SRC.smtb, confidence: "H" }],
  mailDomains: [],
  smsSenders: [],
  phoneNumbers: [],
  channels: [],
  never: [
    {
      id: "smtb.no-credentials-by-sms",
      channels: ["sms"],
      allOf: [],
      anyOf: ["login_request", "password_request", "pin_request"],
      statement: {
        ja: "三井住友信託銀行は、SMSでログイン情報・パスワード・暗証番号を求めることはないと案内しています。",
        en: "Sumitomo Mitsui Trust Bank says it never asks for login details, passwords or PINs by SMS.",
      },
      source: SRC.smtb,
      confidence: "H",
    },
  ],
};

export const MIZUHO: Issuer = {
  id: "mizuho",
  family: "mizuho",
  kind: "bank",
  names: { ja: "みずほ銀行", en: "Mizuho Bank" },
  brandWords: ["みずほ銀行", "みずほダイレクト", "みずほ"],
  brandTokens: ["mizuho"],
  officialSite: { value: "https://www.mizuhobank.co.jp/", source: SRC.mizuhoAml, confidence: "H" },
  linkDomains: [
    { value: "mizuhobank.co.jp", source: SRC.mizuhoAnswerSite, confidence: "H", note: "answer site mokuteki-kakunin.mizuhobank.co.jp" },
    { value: "mizuho-bk.co.jp", source: SRC.mizuhoMail, confidence: "H" },
  ],
  mailDomains: [
    { value: "mizuhobank.co.jp", source: SRC.mizuhoMail, confidence: "H" },
    { value: "mizuho-bk.co.jp", source: SRC.mizuhoMail, confidence: "H" },
  ],
  smsSenders: [],
  phoneNumbers: [],
  channels: [
    { value: "letter", source: SRC.mizuhoAml, confidence: "H", note: "「お取引目的等のご確認のお願い」postcard" },
    { value: "app", source: SRC.mizuhoAml, confidence: "H", note: "みずほダイレクト notice" },
  ],
  never: [
    {
      id: "mizuho.no-pin-by-mail",
      channels: ["email", "sms", "other"],
      allOf: ["pin_request"],
      statement: {
        ja: "みずほ銀行は、暗証番号をメールで尋ねることは一切ないと案内しています。",
        en: "Mizuho says it never asks for your PIN by e-mail.",
      },
      source: SRC.mizuhoMail,
      confidence: "H",
    },
  ],
};

/** What banks in general say; applies to every issuer of kind "bank" (scope "kind"). */
const BANK_GENERAL_NEVER: readonly NeverStatement[] = [
  {
    id: "banks.no-aml-by-message-link",
    channels: ["sms", "email", "other"],
    allOf: ["link"],
    anyOf: ["aml_topic", "unlock_topic", "personal_info_request", "login_request"],
    statement: {
      ja: "金融機関が、メールやSMSで問い合わせたり、ウェブサイトに誘導して情報の入力を求めたりすることは絶対にないとされています。お客さま情報の定期確認は、窓口や郵便（封書・はがき）で行われます。",
      en: "Banks never ask by e-mail or SMS, or send you to a website to enter details; periodic customer-information checks are done at the counter or by post.",
    },
    source: SRC.newspaper,
    confidence: "M",
    scope: "kind",
  },
];

export const BANK_GENERAL: Issuer = {
  id: "bank",
  family: "bank",
  kind: "bank",
  names: { ja: "銀行（一般）", en: "Banks (in general)" },
  brandWords: ["信用金庫", "信用組合", "労働金庫"],
  brandTokens: [],
  linkDomains: [],
  mailDomains: [],
  smsSenders: [],
  phoneNumbers: [],
  channels: [
    { value: "letter", source: SRC.govOnline, confidence: "H", note: "AML checks at the counter or by post (封書・はがき)" },
  ],
  never: BANK_GENERAL_NEVER,
};
