/**
 * Host patterns seen in phishing (phishing-facts.md §4.3), each with its source.
 * These are risk signals, not proof: genuine ahamo SMS once used bit.ly (official-facts-2.md).
 */
import type { Fact } from "./types";

const SRC_43 = "https://news.mynavi.jp/techplus/article/20220211-2270821";
const SRC_SMCC_SHORT = "https://www.sourcenext.com/product/security/blog/article/2018/12/SMBC_Phishing/";
const SRC_MUFG_TCO = "https://did2memo.net/2024/04/15/sms-mufg-kouzatorihiki-jyuuyou-kakunin";
const SRC_CHEAP = "https://k-tai.watch.impress.co.jp/docs/news/1522569.html";
const SRC_DOCOMO_2021 = "https://news.livedoor.com/article/detail/20869800";

/** Redirectors that hide where a link really goes (registrable domains). */
export const SHORTENER_DOMAINS: readonly Fact<string>[] = [
  { value: "bit.ly", source: SRC_43, confidence: "M" },
  { value: "tinyurl.com", source: SRC_43, confidence: "M" },
  { value: "t.co", source: SRC_MUFG_TCO, confidence: "M" },
  { value: "rb.gy", source: SRC_SMCC_SHORT, confidence: "M" },
  { value: "t.ly", source: SRC_SMCC_SHORT, confidence: "M" },
  { value: "cutt.ly", source: SRC_SMCC_SHORT, confidence: "M" },
];

/** Free dynamic-DNS names used as phishing landing hosts. */
export const DYNAMIC_DNS_DOMAINS: readonly Fact<string>[] = [{ value: "duckdns.org", source: SRC_43, confidence: "M" }];

/** Top-level domains seen in phishing alerts for docomo and JCB (without a dot). */
export const CHEAP_TLDS: readonly Fact<string>[] = [
  { value: "cn", source: SRC_DOCOMO_2021, confidence: "M" },
  { value: "top", source: SRC_DOCOMO_2021, confidence: "M" },
  { value: "club", source: SRC_CHEAP, confidence: "M" },
  { value: "vip", source: SRC_CHEAP, confidence: "M" },
  { value: "cc", source: SRC_CHEAP, confidence: "M" },
  { value: "ren", source: SRC_CHEAP, confidence: "M" },
  { value: "shop", source: SRC_DOCOMO_2021, confidence: "M" },
];

/** SoftBank-side shared sender used by many companies: genuine, but not proof of any one issuer. */
export const SHARED_SMS_SENDERS: readonly Fact<string>[] = [
  { value: "0032069000", source: "https://www.rakuten-card.co.jp/security/detection/", confidence: "H" },
  { value: "32069000", source: "https://www.rakuten-card.co.jp/security/detection/", confidence: "H" },
];
