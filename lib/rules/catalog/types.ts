/**
 * Shapes of the issuer catalog. Every fact carries the page it comes from and how far to trust it,
 * so a reviewer can check each one against ../shared/reference/*.md and its cited page.
 */
import type { Channel, Confidence, Localized } from "../types";

export interface Fact<T> {
  readonly value: T;
  /** Address of the page the fact comes from, as cited in the reference files. */
  readonly source: string;
  readonly confidence: Confidence;
  readonly note?: string;
}

export type IssuerKind = "card" | "bank" | "carrier" | "billing" | "government";

/**
 * Features of a message that issuers' "we never send…" statements talk about. The judge computes
 * them once per message (see features.ts); catalog statements refer to them by name.
 */
export const MESSAGE_FEATURES = [
  "url",
  "link",
  "login_request",
  "aml_topic",
  "unlock_topic",
  "usage_check_topic",
  "identity_topic",
  "personal_info_request",
  "card_number_request",
  "pin_request",
  "password_request",
  "otp_request",
  "expiry_request",
  "card_info_request",
  "fee_demand",
  "ivr",
  "phone_number_sender",
  "payment_request",
  "callback",
] as const;
export type MessageFeature = (typeof MESSAGE_FEATURES)[number];

/** Something an issuer publicly says it never does. Matching messages contradict the issuer. */
export interface NeverStatement {
  /** Stable id, e.g. "mufg.no-aml-by-sms-email". */
  readonly id: string;
  readonly channels: readonly Channel[];
  /** Every feature must be present… */
  readonly allOf: readonly MessageFeature[];
  /** …and, when given, at least one of these. */
  readonly anyOf?: readonly MessageFeature[];
  /** ISO date from which the statement holds (e.g. AEON's app-only usage checks). */
  readonly since?: string;
  /** What the issuer says, in plain words, for the explanation shown to the family. */
  readonly statement: Localized;
  readonly source: string;
  readonly confidence: Confidence;
  /**
   * Whom the statement covers: the issuer itself (default), its whole family (NTT Finance bills
   * every docomo charge), or every issuer of its kind (what banks in general say).
   */
  readonly scope?: "issuer" | "family" | "kind";
}

export interface MailDomainFact extends Fact<string> {
  /** A delivery provider's domain: the issuer sends from it but does not own it, so links there prove nothing. */
  readonly thirdParty?: boolean;
}

export interface Issuer {
  readonly id: string;
  /** Issuers in one family share domains and may mention each other without looking "mixed". */
  readonly family: string;
  readonly kind: IssuerKind;
  readonly names: Localized;
  /** Words that claim this issuer in a message, NFKC-normalised and lower-case, longest wins. */
  readonly brandWords: readonly string[];
  /** ASCII tokens to look for inside foreign host names (brand words in unrelated domains, near misses). */
  readonly brandTokens: readonly string[];
  readonly officialSite?: Fact<string>;
  /** Registrable domains (eTLD+1) the issuer's links use. Matched exactly, never as substrings. */
  readonly linkDomains: readonly Fact<string>[];
  /** The issuer's own short-link domains (registrable). */
  readonly shortLinkDomains?: readonly Fact<string>[];
  /** E-mail sender domains (registrable). */
  readonly mailDomains: readonly MailDomainFact[];
  /** True when the issuer publishes its sender domains as a full list: any other domain is not theirs. */
  readonly mailDomainsComplete?: Fact<boolean>;
  /** SMS senders: numbers as digits only ("0120936795") or sender IDs in lower case ("ntt docomo"). */
  readonly smsSenders: readonly Fact<string>[];
  readonly smsSendersComplete?: Fact<boolean>;
  /** Published phone numbers (digits only) a message may legitimately ask you to call. */
  readonly phoneNumbers: readonly Fact<string>[];
  readonly channels: readonly Fact<Channel>[];
  /** Channels on which genuine messages address the holder by name (so no name is a fake sign). */
  readonly addressesByName?: Fact<readonly Channel[]>;
  readonly never: readonly NeverStatement[];
  /** Where the family can ask when unsure. */
  readonly help?: Fact<Localized>;
}
