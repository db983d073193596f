/** Payment apps and other carriers seen in genuine messages (official-facts-2.md). */
import type { Issuer } from "./types";

const SRC = {
  paypayHelp: "https://sbapp.net/appnews/iphone/security/paypay-honnin-133694",
  paypaySender: "https://ninizyounoiroiro.com/?p=2400",
  auSms: "https://torakoblog.com/kddi-sms-fake",
  auSetup: "https://did2memo.net/2022/01/23/au-sms-157-au-id-setup",
} as const;

export const PAYPAY: Issuer = {
  id: "paypay",
  family: "paypay",
  kind: "card",
  names: { ja: "PayPay", en: "PayPay" },
  brandWords: ["paypay", "ペイペイ"],
  brandTokens: ["paypay"],
  officialSite: { value: "https://paypay.ne.jp/", source: SRC.paypayHelp, confidence: "M" },
  linkDomains: [{ value: "paypay.ne.jp", source: SRC.paypayHelp, confidence: "M" }],
  mailDomains: [],
  smsSenders: [{ value: "05031991197", source: SRC.paypaySender, confidence: "M" }],
  phoneNumbers: [],
  channels: [{ value: "sms", source: SRC.paypayHelp, confidence: "M", note: "periodic 本人確認情報の更新 requests by SMS" }],
  never: [],
};

export const AU: Issuer = {
  id: "au",
  family: "kddi",
  kind: "carrier",
  names: { ja: "au（KDDI）", en: "au (KDDI)" },
  brandWords: ["au id", "auid", "kddi", "au pay"],
  brandTokens: ["auone", "kddi"],
  officialSite: { value: "https://id.auone.jp/", source: SRC.auSetup, confidence: "M" },
  linkDomains: [{ value: "auone.jp", source: SRC.auSetup, confidence: "M" }],
  mailDomains: [],
  smsSenders: [{ value: "157", source: SRC.auSms, confidence: "M", note: "au's own SMS sender" }],
  phoneNumbers: [],
  channels: [{ value: "sms", source: SRC.auSms, confidence: "M" }],
  never: [],
};
