/**
 * Public types of the rule module. The unions are this module's own (`as const`), never Prisma
 * enums: lib/rules is a pure core and must not know the database (CONVENTIONS 5).
 */

export const CHANNELS = ["message_r", "sms", "email", "letter", "phone", "app", "other"] as const;
export type Channel = (typeof CHANNELS)[number];

export const VERDICT_LEVELS = ["likely_genuine", "caution", "likely_phishing"] as const;
export type VerdictLevel = (typeof VERDICT_LEVELS)[number];

/**
 * "positive" marks evidence that the message is genuine; the others rank risk signals.
 * Only "critical" decides a verdict on its own (likely_phishing).
 */
export const SEVERITIES = ["positive", "info", "low", "medium", "high", "critical"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** H = issuer's own page; M = consistent third-party reports; L = a single third-party claim. */
export const CONFIDENCES = ["H", "M", "L"] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export interface Localized {
  readonly ja: string;
  readonly en: string;
}

/** A link taken from an e-mail's HTML: what the reader sees and where it really goes. */
export interface LinkInput {
  readonly text: string;
  readonly href: string;
}

export const AUTH_OUTCOMES = ["pass", "fail", "softfail", "neutral", "none", "temperror", "permerror"] as const;
export type AuthOutcome = (typeof AUTH_OUTCOMES)[number];

/** E-mail authentication results as a mail client or Authentication-Results header reports them. */
export interface EmailAuthResults {
  readonly spf?: AuthOutcome | null;
  readonly dkim?: AuthOutcome | null;
  readonly dmarc?: AuthOutcome | null;
  /** The d= domain of a passing DKIM signature, when known. */
  readonly dkimDomain?: string | null;
}

/** What the family knows about how the relative receives messages. Every field optional. */
export interface RelativeContext {
  /** The relative's phone is on a docomo line (メッセージR arrives only there). */
  readonly hasDocomoLine?: boolean | null;
}

export interface MessageInput {
  readonly channel: Channel;
  readonly sender?: string | null;
  readonly subject?: string | null;
  readonly body: string;
  readonly links?: readonly LinkInput[] | null;
  readonly emailAuth?: EmailAuthResults | null;
  /** ISO string or Date; used to read "11月3日" as a full date and for dated issuer facts. */
  readonly receivedAt?: string | Date | null;
  readonly relativeContext?: RelativeContext | null;
}

export interface JudgeOptions {
  /** The caller's clock. lib/rules never reads the clock itself. */
  readonly now: Date | string;
}

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** The exact text (a domain, a phrase, a number) the rule matched, shortened. */
  readonly evidence: string;
  readonly explanation: Localized;
}

export interface AdviceItem {
  readonly id: string;
  readonly ja: string;
  readonly en: string;
}

export interface Verdict {
  readonly verdict: VerdictLevel;
  /** 0–100. likely_genuine ≤ 30 < caution < 65 ≤ likely_phishing. */
  readonly risk: number;
  /** Id of the known genuine campaign the message matches; null when none or when judged phishing. */
  readonly campaign: string | null;
  /** The answer deadline found in the text (ISO yyyy-mm-dd, a calendar date in Japan), or null. */
  readonly deadline: string | null;
  /** Issuer the message claims to come from (or whose official link it carries), or null. */
  readonly issuer: string | null;
  readonly findings: readonly Finding[];
  readonly advice: readonly AdviceItem[];
  readonly rulesetVersion: string;
}

export const RULE_IDS = [
  // links
  "link.official_domain",
  "link.unofficial_domain",
  "link.unknown_domain",
  "link.brand_in_domain",
  "link.lookalike_domain",
  "link.fake_suffix",
  "link.brand_in_path",
  "link.shortener",
  "link.issuer_shortener",
  "link.ip_host",
  "link.idn_host",
  "link.cheap_tld",
  "link.dynamic_dns",
  "link.userinfo",
  "link.redacted",
  "link.hidden",
  "link.text_mismatch",
  // sender and channel
  "sender.email_official_domain",
  "sender.email_unlisted_domain",
  "sender.email_brand_in_address",
  "sender.email_invalid_domain",
  "sender.email_name_only",
  "sender.email_auth_pass",
  "sender.email_auth_fail",
  "sender.sms_official",
  "sender.sms_unlisted",
  "sender.sms_mobile_number",
  "sender.sms_unrelated_id",
  "channel.message_r",
  "channel.message_r_without_docomo_line",
  "channel.app",
  "channel.phone_ivr",
  // content
  "content.credential_request",
  "content.card_info_request",
  "content.personal_info_request",
  "content.gift_code",
  "content.money_transfer",
  "content.callback_unlisted",
  "content.callback_official",
  "content.unpaid_fee",
  "content.threat",
  "content.urgency",
  "content.short_deadline",
  "content.alarm_only",
  "content.kit_template",
  "content.generic_greeting",
  "content.no_personal_name",
  "content.placeholder",
  "content.foreign_glyphs",
  "content.kit_tell",
  "content.mixed_brands",
  "content.prize_lure",
  "content.app_install",
  "content.login_via_link",
  "content.invisible_chars",
  "content.oversized",
  "content.safe_route",
  "content.warning_notice",
  // issuer statements and campaigns
  "issuer.never",
  "campaign.match",
  "campaign.imitation",
] as const;
export type RuleId = (typeof RULE_IDS)[number];
