/**
 * Issuer statements ("we never send…") applied to the message, and campaign matching.
 * Example: a 三菱UFJ銀行 SMS about 「お取引目的等の確認」 with a link contradicts MUFG's own page
 * (bk.mufg.jp/emeg/10_1393.html), so it is phishing whatever its wording.
 */
import { CAMPAIGNS, ISSUERS, SHARED_SMS_SENDERS, SMS_SENDER_INDEX, normalizeNumber, type Campaign, type Issuer, type MessageFeature, type NeverStatement } from "./catalog";
import type { Context } from "./context";
import type { CallbackResult } from "./rules-content";
import { dayNumber } from "./deadline";
import type { Severity } from "./types";

const SHARED_SENDERS = new Set(SHARED_SMS_SENDERS.map((f) => normalizeNumber(f.value)));

/** Statements that bind each issuer: its own, its family's ("family" scope), its kind's ("kind" scope). */
const STATEMENTS_FOR: ReadonlyMap<Issuer, readonly NeverStatement[]> = new Map(
  ISSUERS.map((issuer) => {
    const family = ISSUERS.filter((o) => o !== issuer && o.family === issuer.family).flatMap((o) => o.never.filter((s) => s.scope === "family"));
    const kind = ISSUERS.filter((o) => o !== issuer && o.kind === issuer.kind).flatMap((o) => o.never.filter((s) => s.scope === "kind"));
    return [issuer, [...issuer.never, ...family, ...kind]] as const;
  }),
);

function statementsFor(issuer: Issuer): readonly NeverStatement[] {
  return STATEMENTS_FOR.get(issuer) ?? issuer.never;
}

export function featureSet(ctx: Context, callback: CallbackResult): ReadonlySet<MessageFeature> {
  const f = ctx.features;
  const link = ctx.urls.length > 0 || ctx.hiddenLink;
  const s = new Set<MessageFeature>();
  if (ctx.urls.length > 0) s.add("url");
  if (link) s.add("link");
  if (f.login) s.add("login_request");
  if (f.amlTopic) s.add("aml_topic");
  if (f.unlockTopic) s.add("unlock_topic");
  if (f.usageCheckTopic) s.add("usage_check_topic");
  if (f.identityTopic) s.add("identity_topic");
  if (f.personalInfoRequest) s.add("personal_info_request");
  if (f.cardNumberRequest) s.add("card_number_request");
  if (f.pinRequest) s.add("pin_request");
  if (f.passwordRequest) s.add("password_request");
  if (f.otpRequest) s.add("otp_request");
  if (f.expiryRequest) s.add("expiry_request");
  if (f.cardInfoRequest) s.add("card_info_request");
  if (f.unpaid || (f.feeTopic && (f.paymentRequest || callback.any || link))) s.add("fee_demand");
  if (f.ivr !== null) s.add("ivr");
  if (f.paymentRequest) s.add("payment_request");
  if (callback.any) s.add("callback");
  if (ctx.sender?.kind === "phone") {
    const listed = SMS_SENDER_INDEX.get(ctx.sender.digits) ?? [];
    // A carrier's shared sender (SoftBank 0032069000) is used by many companies: not "a phone number".
    if (!listed.some((i) => ctx.families.has(i.family)) && !SHARED_SENDERS.has(ctx.sender.digits)) s.add("phone_number_sender");
  }
  return s;
}

const SEVERITY_BY_CONFIDENCE = { H: ["critical", 55], M: ["high", 40], L: ["medium", 20] } as const satisfies Record<string, readonly [Severity, number]>;

export function neverRules(ctx: Context, features: ReadonlySet<MessageFeature>): void {
  const seen = new Set<string>();
  for (const issuer of ctx.issuers) {
    for (const st of statementsFor(issuer)) {
      if (seen.has(st.id)) continue;
      if (!st.channels.includes(ctx.channel)) continue;
      if (st.since && ctx.referenceDay) {
        const [y, m, d] = st.since.split("-").map(Number);
        if (y && m && d && dayNumber(ctx.referenceDay) < dayNumber({ y, m, d })) continue;
      }
      if (!st.allOf.every((x) => features.has(x))) continue;
      if (st.anyOf && st.anyOf.length > 0 && !st.anyOf.some((x) => features.has(x))) continue;
      seen.add(st.id);
      // With every link on the issuer's own domain the contradiction is reported but not decisive.
      const soft = ctx.allOfficial && !ctx.hiddenLink;
      const [severity, weight] = soft ? (["medium", 15] as const) : SEVERITY_BY_CONFIDENCE[st.confidence];
      ctx.out.add(
        "issuer.never",
        severity,
        weight,
        st.id,
        `${st.statement.ja} このメッセージはそれに当てはまります。`,
        `${st.statement.en} This message does exactly that.`,
      );
    }
  }
}

function campaignMatches(c: Campaign, ctx: Context): boolean {
  if (!ctx.issuers.some((i) => c.match.issuers.includes(i.id))) return false;
  if (!c.match.allOf.every((re) => re.test(ctx.lower))) return false;
  return c.match.anyOf.length === 0 || c.match.anyOf.some((re) => re.test(ctx.lower));
}

/** The first campaign whose theme the message follows, or null. */
export function matchCampaign(ctx: Context): Campaign | null {
  for (const c of CAMPAIGNS) if (campaignMatches(c, ctx)) return c;
  return null;
}
