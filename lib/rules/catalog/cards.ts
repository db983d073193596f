/**
 * Card issuers other than dカード: 三井住友カード (Vpass), 楽天カード, JCB, イオンカード.
 * Facts from ../shared/reference/phishing-facts.md §2–3 and official-facts-2.md.
 */
import type { Issuer } from "./types";

const SRC = {
  smcc: "https://www.smbc-card.com/mem/cardinfo/cardinfo4010384.jsp",
  resona: "https://www.resonacard.co.jp/visa/faq/pay/faq_p_visa_pay_0033.html",
  dcardFraudSms: "https://did2memo.net/2023/12/16/",
  rakutenDetection: "https://www.rakuten-card.co.jp/security/detection/",
  rakutenR10: "https://mken-benefit.com/?p=10069",
  rakutenMonitoring: "https://hiiragilife.com/archives/fishing-2594",
  jcbFaq4921: "https://j-faq.jcb.co.jp/print/faq/4921",
  jcbFaq488: "https://j-faq.jcb.co.jp/print/faq/488",
  jcbMember: "https://www.jcb.co.jp/member/article01/",
  jcbPhishing: "https://www.jcb.co.jp/service/safe-secure/trouble/phishing-mail/",
  jcbAml: "https://www.jcb.co.jp/aml/index.html",
  jcbRiyoukakunin: "https://www.jcb.co.jp/pop/riyoukakunin/",
  aeonFaq9234: "https://faq.aeon.co.jp/faq/show/9234",
  aeonUseMail: "https://louders.net/ieoncard-mail",
  aeonAppOnly: "https://poitan.jp/archives/141169",
  aeonAntiPhishing: "https://www.aeon.co.jp/security/anti_phishing/",
  aeonSms2019: "https://yoi-net.com/?p=3480",
  aeonFaq702: "https://faq.aeon.co.jp/print/faq/702",
  softbankShared: "https://www.rakuten-card.co.jp/security/detection/",
} as const;

export const SMCC: Issuer = {
  id: "smcc",
  family: "smbc-group",
  kind: "card",
  names: { ja: "三井住友カード（Vpass）", en: "Sumitomo Mitsui Card (Vpass)" },
  brandWords: ["三井住友カード", "三井住友visa", "smbcカード", "smbc card", "vpass", "sumitomo mitsui card"],
  brandTokens: ["vpass", "smbc-card", "smbccard", "smbc"],
  officialSite: { value: "https://www.smbc-card.com/", source: SRC.smcc, confidence: "H" },
  linkDomains: [
    { value: "smbc-card.com", source: SRC.smcc, confidence: "H" },
    { value: "vpass.jp", source: SRC.dcardFraudSms, confidence: "M", note: "s.vpass.jp fraud-check links" },
  ],
  mailDomains: [
    { value: "vpass.ne.jp", source: SRC.smcc, confidence: "H", note: "contact.vpass.ne.jp, mail.vpass.ne.jp; also spoofed by phishing" },
    { value: "smbc-card.com", source: SRC.smcc, confidence: "H", note: "incl. prepaid.smbc-card.com" },
    { value: "smbcgroup-point.jp", source: SRC.smcc, confidence: "H" },
    { value: "otp-auth.net", source: SRC.smcc, confidence: "H" },
  ],
  mailDomainsComplete: { value: true, source: SRC.smcc, confidence: "H" },
  smsSenders: [
    { value: "0120936795", source: SRC.smcc, confidence: "H" },
    { value: "0664453474", source: SRC.smcc, confidence: "H" },
    { value: "0676369418", source: SRC.smcc, confidence: "H" },
    { value: "0676369440", source: SRC.smcc, confidence: "H" },
    { value: "0032069000", source: SRC.smcc, confidence: "H", note: "SoftBank shared sender" },
  ],
  smsSendersComplete: { value: true, source: SRC.smcc, confidence: "H" },
  phoneNumbers: [],
  channels: [
    { value: "sms", source: SRC.smcc, confidence: "H" },
    { value: "email", source: SRC.smcc, confidence: "H" },
  ],
  addressesByName: {
    value: ["email"],
    source: SRC.smcc,
    confidence: "H",
    note: "genuine mail opens with the Vpass handle name (or surname/card name); generic 「三井住友カード会員 様」 is a fake sign",
  },
  never: [
    {
      id: "smcc.no-personal-info-on-check-page",
      channels: ["sms", "email", "other"],
      allOf: ["link"],
      anyOf: ["card_number_request", "pin_request", "password_request", "card_info_request", "personal_info_request", "expiry_request"],
      statement: {
        ja: "三井住友カードの利用確認の案内では、個人情報やカード情報を入力させることはないと案内しています。",
        en: "Sumitomo Mitsui Card says its usage-check notices never ask you to enter personal or card details.",
      },
      source: SRC.smcc,
      confidence: "H",
    },
  ],
};

export const RAKUTEN_CARD: Issuer = {
  id: "rakuten-card",
  family: "rakuten",
  kind: "card",
  names: { ja: "楽天カード", en: "Rakuten Card" },
  brandWords: ["楽天カード", "rakuten card", "rakutencard", "rakuten-card", "楽天e-navi", "e-navi", "楽天 e-navi"],
  brandTokens: ["rakuten"],
  officialSite: { value: "https://www.rakuten-card.co.jp/", source: SRC.rakutenDetection, confidence: "H" },
  linkDomains: [{ value: "rakuten-card.co.jp", source: SRC.rakutenDetection, confidence: "H" }],
  shortLinkDomains: [{ value: "r10.to", source: SRC.rakutenR10, confidence: "M", note: "Rakuten's own short links" }],
  mailDomains: [
    { value: "rakuten-card.co.jp", source: SRC.rakutenDetection, confidence: "H", note: "@mail.rakuten-card.co.jp, @bounce.rakuten-card.co.jp" },
    { value: "ad02clickmailer.jp", source: SRC.rakutenDetection, confidence: "H", thirdParty: true },
  ],
  mailDomainsComplete: { value: true, source: SRC.rakutenDetection, confidence: "H" },
  smsSenders: [
    ...["0570666910", "0570069101", "0923035950", "0923037857", "05058173525", "05058170000", "0120691064", "05018084005", "0923035631", "0923035300"].map(
      (value) => ({ value, source: SRC.rakutenDetection, confidence: "H" as const }),
    ),
    ...["0032069000", "32069000", "21092", "244070", "253000", "253001"].map((value) => ({
      value,
      source: SRC.rakutenDetection,
      confidence: "H" as const,
      note: "SoftBank users",
    })),
  ],
  smsSendersComplete: { value: true, source: SRC.rakutenDetection, confidence: "H" },
  phoneNumbers: [
    { value: "0923035631", source: SRC.rakutenMonitoring, confidence: "M", note: "信用管理グループ モニタリングチーム; also on the official SMS-sender list" },
  ],
  channels: [
    { value: "sms", source: SRC.rakutenDetection, confidence: "H" },
    { value: "email", source: SRC.rakutenDetection, confidence: "H" },
    { value: "app", source: SRC.rakutenDetection, confidence: "H" },
  ],
  never: [
    {
      id: "rakuten-card.no-card-number",
      channels: ["sms", "email", "other"],
      allOf: ["card_number_request"],
      statement: {
        ja: "楽天カードは、メールやSMSでカード番号を尋ねることはないと案内しています。",
        en: "Rakuten Card says it never asks for the card number by e-mail or SMS.",
      },
      source: SRC.rakutenDetection,
      confidence: "H",
    },
  ],
};

export const JCB: Issuer = {
  id: "jcb",
  family: "jcb",
  kind: "card",
  names: { ja: "JCB", en: "JCB" },
  brandWords: ["jcb", "myjcb", "my jcb", "ジェーシービー"],
  brandTokens: ["myjcb", "jcb"],
  officialSite: { value: "https://www.jcb.co.jp/", source: SRC.jcbPhishing, confidence: "H" },
  linkDomains: [{ value: "jcb.co.jp", source: SRC.jcbMember, confidence: "H" }],
  mailDomains: [
    { value: "jcb.co.jp", source: SRC.jcbFaq4921, confidence: "H", note: "security.mail@info.jcb.co.jp, security.mail@qa.jcb.co.jp" },
    { value: "dnp-cdms.jp", source: SRC.jcbMember, confidence: "H", thirdParty: true, note: "mail-jcn.dnp-cdms.jp" },
  ],
  mailDomainsComplete: { value: true, source: SRC.jcbMember, confidence: "H" },
  smsSenders: [
    { value: "0032069000", source: SRC.jcbFaq4921, confidence: "H", note: "SoftBank users" },
    { value: "0120101258", source: SRC.jcbFaq4921, confidence: "H" },
  ],
  smsSendersComplete: { value: true, source: SRC.jcbFaq4921, confidence: "H" },
  phoneNumbers: [{ value: "0120101258", source: SRC.jcbRiyoukakunin, confidence: "H", note: "JCBセキュリティーデスク" }],
  channels: [
    { value: "sms", source: SRC.jcbFaq4921, confidence: "H" },
    { value: "email", source: SRC.jcbFaq4921, confidence: "H" },
  ],
  never: [
    {
      id: "jcb.no-credentials",
      channels: ["sms", "email", "other"],
      allOf: [],
      anyOf: ["card_number_request", "pin_request", "password_request"],
      statement: {
        ja: "JCBは、メールでカード番号・暗証番号・MyJCBのIDやパスワードを尋ねることはないと案内しています（確認ページで入力するのはJCBが送った認証コードだけです）。",
        en: "JCB says it never asks for the card number, PIN or MyJCB ID/password by mail (its check page asks only for the code JCB sent).",
      },
      source: SRC.jcbPhishing,
      confidence: "H",
    },
    {
      id: "jcb.aml-by-phone-or-post",
      channels: ["sms", "email", "other"],
      allOf: ["aml_topic", "link"],
      statement: {
        ja: "JCBは、お客さま情報の確認（マネー・ローンダリング対策）を電話や郵便などで行うと案内しています。",
        en: "JCB says it re-checks customer information (anti-money-laundering) by phone or post.",
      },
      source: SRC.jcbAml,
      confidence: "H",
    },
  ],
};

export const AEON_CARD: Issuer = {
  id: "aeon-card",
  family: "aeon",
  kind: "card",
  names: { ja: "イオンカード", en: "AEON Card" },
  brandWords: ["イオンカード", "イオンクレジット", "イオンクレジットサービス", "aeon", "イオンウォレット", "aeon card"],
  brandTokens: ["aeon"],
  officialSite: { value: "https://www.aeon.co.jp/", source: SRC.aeonAntiPhishing, confidence: "H" },
  linkDomains: [{ value: "aeon.co.jp", source: SRC.aeonAntiPhishing, confidence: "H" }],
  mailDomains: [
    { value: "aeon.co.jp", source: SRC.aeonFaq9234, confidence: "H", note: "information@ma.email.aeon.co.jp; information@use.email.aeon.co.jp (M)" },
  ],
  smsSenders: [{ value: "0032069000", source: SRC.aeonFaq702, confidence: "H", note: "2019 Web明細 SMS" }],
  phoneNumbers: [],
  channels: [
    { value: "email", source: SRC.aeonFaq9234, confidence: "H" },
    { value: "app", source: SRC.aeonAppOnly, confidence: "M", note: "usage checks only as イオンウォレット push from 2025-02-13" },
  ],
  never: [
    {
      id: "aeon.no-card-details-by-mail",
      channels: ["sms", "email", "other"],
      allOf: [],
      anyOf: ["card_number_request", "expiry_request", "pin_request"],
      statement: {
        ja: "イオンカードは、メールでカード番号・有効期限・暗証番号を尋ねることはないと案内しています。",
        en: "AEON says card companies never ask for the card number, expiry date or PIN by mail.",
      },
      source: SRC.aeonAntiPhishing,
      confidence: "H",
    },
    {
      id: "aeon.usage-check-app-only",
      channels: ["sms", "email"],
      allOf: ["usage_check_topic", "link"],
      since: "2025-02-13",
      statement: {
        ja: "イオンカードの「ご利用状況確認」は、2025年2月13日からイオンウォレットアプリの通知だけで送られます。メール版は偽物です。",
        en: "Since 2025-02-13 AEON sends usage-status checks only as an AEON Wallet app notification; a mail version is fake.",
      },
      source: SRC.aeonAppOnly,
      confidence: "M",
    },
  ],
};
