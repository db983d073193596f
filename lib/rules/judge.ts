/**
 * judgeMessage: one message in, one verdict with its reasons out.
 *
 * Invariants:
 *  - Pure and deterministic: no I/O, no clock (`now` is passed in), no network, no mutable globals.
 *    The same input and `now` always give the same verdict. (Module-level /g regexes carry a
 *    lastIndex; every use resets it first and runs synchronously to the end, so no state leaks.)
 *  - Never throws on any strings: malformed fields are read as empty, work per message is capped.
 *  - Policy: likely_genuine needs POSITIVE evidence (every link on the issuer's own domain, a
 *    trusted channel such as メッセージR, an official number to call, or authenticated mail), never
 *    wording alone; a message with no link and no request is caution at most; any critical finding
 *    or a risk of 65+ is likely_phishing; everything in between is caution.
 */
import { getIssuer, type Issuer } from "./catalog";
import { scanText } from "./anchors";
import { claimsIn, detectClaims } from "./claims";
import { Collector } from "./collector";
import type { CheckedUrl, Context } from "./context";
import { extractDeadline, japanDay } from "./deadline";
import { assessHost } from "./domains";
import { contentFeatures } from "./features";
import { buildAdvice } from "./advice";
import { prepare, prepareMessage } from "./normalize";
import { extractPhones } from "./phones";
import { callbackOf, contentRules, isPureWarning, warningRule } from "./rules-content";
import { featureSet, matchCampaign, neverRules } from "./rules-issuer";
import { linkRules } from "./rules-links";
import { channelRules, senderRules } from "./rules-sender";
import { parseSender } from "./sender";
import { CHANNELS, type Channel, type JudgeOptions, type LinkInput, type MessageInput, type Verdict, type VerdictLevel } from "./types";
import { extractUrls, parseCandidate, MAX_URLS, type ParsedUrl } from "./urls";
import { RULESET_VERSION } from "./version";

/** Score every message starts from: unknown origin is already a little risky. */
const BASE_RISK = 25;
export const PHISHING_AT = 65;
export const GENUINE_AT_MOST = 30;
const MAX_LINKS = 24;

const CHANNEL_SET = new Set<string>(CHANNELS);

function str(v: unknown): string {
  return typeof v === "string" ? v : "";
}

function channelOf(v: unknown): Channel {
  const c = typeof v === "string" ? v.toLowerCase() : "";
  return CHANNEL_SET.has(c) ? (c as Channel) : "other";
}

function linksOf(v: unknown): LinkInput[] {
  if (!Array.isArray(v)) return [];
  const out: LinkInput[] = [];
  for (const l of v.slice(0, MAX_LINKS)) {
    if (l && typeof l === "object" && typeof (l as LinkInput).text === "string" && typeof (l as LinkInput).href === "string") out.push(l as LinkInput);
  }
  return out;
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, Math.round(n)));
}

export function judgeMessage(message: MessageInput, options: JudgeOptions): Verdict {
  const channel = channelOf(message?.channel);
  const prepared = prepareMessage(str(message?.subject), str(message?.body));
  const senderText = prepare(str(message?.sender), "short");
  const links = linksOf(message?.links);
  const { text, lower, bodyStart } = prepared;
  const lowerBody = bodyStart > 0 ? lower.slice(bodyStart) : lower;

  // URLs in the text, plus the real destinations of HTML links (which decide where a tap goes).
  const urls: ParsedUrl[] = extractUrls(text);
  for (const l of links) {
    if (urls.length >= MAX_URLS) break;
    const href = parseCandidate(prepare(l.href, "short").text.trim(), true);
    if (href && !urls.some((u) => u.raw === href.raw)) urls.push(href);
  }

  // One scan finds every anchor word (brands and rule keywords) in subject + body.
  const scan = scanText(lower);
  const headLength = bodyStart;
  const textSpans: (readonly [number, number])[] = [];
  const urlSpans: (readonly [number, number])[] = [];
  for (const u of urls) {
    if (u.start < 0) continue;
    textSpans.push([u.start, u.end]);
    if (u.hasScheme) urlSpans.push([u.start, u.end]);
  }
  const claims = detectClaims(lower, scan, headLength, senderText.lower, urlSpans);
  const assessed = urls.map((url) => ({ url, host: assessHost(url) }));

  // No brand named? Then an official link names the issuer (it cannot be faked), and failing that
  // a brand imitated in a link ("mydocomo.○○○") is what the message pretends to be.
  let issuers: readonly Issuer[] = claims.issuers;
  if (issuers.length === 0) {
    const implied: Issuer[] = [];
    for (const { host } of assessed) for (const i of [...host.officialFor, ...host.shortLinkFor]) if (!implied.includes(i)) implied.push(i);
    if (implied.length === 0) {
      for (const { url, host } of assessed) {
        const i = host.brandIn?.issuer ?? host.lookalike?.issuer ?? host.brandInPath?.issuer;
        if (i && !implied.includes(i)) implied.push(i);
        if (url.redacted && url.raw) {
          for (const j of claimsIn(url.raw.replace(/^https?:\/\//i, ""))) if (!implied.includes(j)) implied.push(j);
        }
      }
    }
    issuers = implied;
  }
  const families = new Set(issuers.map((i) => i.family));

  const checked: CheckedUrl[] = assessed.map(({ url, host }) => ({
    url,
    host,
    official:
      !url.redacted &&
      !url.isIp &&
      !url.hasUserinfo &&
      (host.officialFor.some((i) => families.has(i.family)) || host.shortLinkFor.some((i) => families.has(i.family))),
  }));
  const allOfficial = checked.length > 0 && checked.every((c) => c.official);
  const unverifiedLink = checked.some((c) => !c.official && c.host.officialFor.length === 0);

  const features = contentFeatures(lower, lowerBody, scan.seen);
  const hiddenLink = checked.length === 0 && features.linkLabel !== null && channel !== "phone" && channel !== "letter";

  const receivedDay = japanDay(message?.receivedAt ?? null);
  const referenceDay = receivedDay ?? japanDay(options?.now ?? null);
  const deadline = extractDeadline(text, referenceDay, textSpans);

  const out = new Collector();
  const ctx: Context = {
    channel,
    lower,
    lowerBody,
    claims,
    issuers,
    families,
    urls: checked,
    links,
    hiddenLink,
    allOfficial,
    unverifiedLink,
    // Phone numbers matter only next to a call request ("までご連絡ください").
    phones: features.callRequests.length > 0 ? extractPhones(text) : [],
    sender: parseSender(senderText.text, channel),
    emailAuth: message?.emailAuth && typeof message.emailAuth === "object" ? message.emailAuth : null,
    features,
    seen: scan.seen,
    deadline,
    receivedDay,
    referenceDay,
    relative: message?.relativeContext && typeof message.relativeContext === "object" ? message.relativeContext : null,
    truncated: prepared.truncated,
    hadInvisible: prepared.hadInvisible,
    out,
  };

  const callback = callbackOf(ctx);
  const pureWarning = isPureWarning(ctx, callback);
  linkRules(ctx);
  senderRules(ctx);
  channelRules(ctx);
  contentRules(ctx, callback);
  if (pureWarning) warningRule(ctx);
  else neverRules(ctx, featureSet(ctx, callback));

  // A campaign's theme alone proves nothing (phishing copies it); it counts as evidence only when
  // it also arrives by the campaign's verified route (official links, メッセージR, the app).
  const campaign = matchCampaign(ctx);
  const imitation = campaign !== null && (out.hasSeverity("high") || ctx.unverifiedLink);
  const verifiedRoute = (allOfficial && !hiddenLink) || channel === "message_r" || channel === "app";
  if (campaign && !imitation && verifiedRoute) {
    out.add(
      "campaign.match",
      "positive",
      -15,
      campaign.id,
      `${campaign.names.ja}の本物の案内と同じ内容・経路です。`,
      `It matches the genuine ${campaign.names.en} notice in content and route.`,
    );
  } else if (campaign && imitation) {
    out.add(
      "campaign.imitation",
      "info",
      0,
      campaign.id,
      `${campaign.names.ja}に似せていますが、本物と違う点があります。`,
      `It imitates ${campaign.names.en}, but differs from the genuine notice.`,
    );
  }

  const raw = BASE_RISK + out.totalWeight();
  const critical = out.hasSeverity("critical");
  const hasRequest = checked.length > 0 || hiddenLink || callback.any || features.asksAction || features.login;
  const positive =
    (allOfficial && !hiddenLink) ||
    (channel === "message_r" && (families.size === 0 || families.has("docomo"))) ||
    (callback.official && checked.length === 0 && !hiddenLink) ||
    out.has("sender.email_auth_pass") ||
    (channel === "app" && campaign !== null && !imitation);

  let verdict: VerdictLevel;
  let risk: number;
  if (critical || raw >= PHISHING_AT) {
    verdict = "likely_phishing";
    risk = clamp(Math.max(raw, critical ? 80 : PHISHING_AT), PHISHING_AT, 100);
  } else if (positive && hasRequest && raw <= GENUINE_AT_MOST && !out.hasSeverity("high")) {
    verdict = "likely_genuine";
    risk = clamp(raw, 3, GENUINE_AT_MOST);
  } else {
    verdict = "caution";
    risk = clamp(raw, GENUINE_AT_MOST + 1, PHISHING_AT - 1);
  }

  const reportedCampaign = campaign && !imitation && verdict !== "likely_phishing" ? campaign : null;
  const primary: Issuer | null = reportedCampaign ? getIssuer(reportedCampaign.issuerId) : (issuers[0] ?? null);
  return {
    verdict,
    risk,
    campaign: reportedCampaign?.id ?? null,
    deadline: deadline.deadline,
    issuer: primary?.id ?? null,
    findings: out.findings(),
    advice: buildAdvice(verdict, primary, reportedCampaign, deadline.deadline),
    rulesetVersion: RULESET_VERSION,
  };
}
