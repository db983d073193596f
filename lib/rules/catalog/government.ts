/** 金融庁 (Financial Services Agency). Facts from ../shared/reference/phishing-facts.md §2. */
import type { Issuer } from "./types";

const SRC = {
  fsaNever: "https://scan.netsecurity.ne.jp/article/2023/07/25/49712.html",
  fsaSite: "https://www.fsa.go.jp/news/30/20180427",
} as const;

export const FSA: Issuer = {
  id: "fsa",
  family: "fsa",
  kind: "government",
  names: { ja: "金融庁", en: "Financial Services Agency (FSA)" },
  brandWords: ["金融庁"],
  brandTokens: [],
  officialSite: { value: "https://www.fsa.go.jp/", source: SRC.fsaSite, confidence: "H" },
  linkDomains: [{ value: "fsa.go.jp", source: SRC.fsaSite, confidence: "H" }],
  mailDomains: [],
  smsSenders: [],
  phoneNumbers: [],
  channels: [],
  never: [
    {
      id: "fsa.no-identity-check-or-payment",
      channels: ["sms", "email", "phone", "letter", "other"],
      allOf: [],
      anyOf: ["aml_topic", "identity_topic", "payment_request", "personal_info_request", "login_request"],
      statement: {
        ja: "金融庁が、個人の本人確認をしたり、お金の支払いを求めたりすることはありません。",
        en: "The FSA does not itself verify individuals' identity or ask for payment.",
      },
      source: SRC.fsaNever,
      confidence: "M",
    },
  ],
};
