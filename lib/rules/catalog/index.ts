/**
 * The issuer catalog: one reviewable list, plus lookup tables derived from it once at load time.
 * The tables are frozen constants (no state changes after import), so judging stays pure.
 * Adding an issuer = a new entry in ISSUERS (and its tests); nothing else in lib/rules changes.
 */
import { AEON_CARD, JCB, RAKUTEN_CARD, SMCC } from "./cards";
import { BANK_GENERAL, JP_BANK, MIZUHO, MUFG, SMBC, SMTB } from "./banks";
import { DCARD, DOCOMO, NTT_FINANCE } from "./docomo";
import { FSA } from "./government";
import { AU, PAYPAY } from "./payments";
import type { Issuer } from "./types";

export type { Fact, Issuer, IssuerKind, MailDomainFact, MessageFeature, NeverStatement } from "./types";
export { MESSAGE_FEATURES } from "./types";
export { CAMPAIGNS, CAMPAIGN_IDS, getCampaign, type AnswerStep, type Campaign, type CampaignId } from "./campaigns";
export { SCAM_REPORT_CHECKLIST, SCAM_URGENT_CHECKLIST, type ChecklistItem } from "./checklists";
export { CHEAP_TLDS, DYNAMIC_DNS_DOMAINS, SHARED_SMS_SENDERS, SHORTENER_DOMAINS } from "./patterns";

export const ISSUERS: readonly Issuer[] = [DCARD, DOCOMO, NTT_FINANCE, SMCC, RAKUTEN_CARD, JCB, AEON_CARD, MUFG, SMBC, JP_BANK, SMTB, MIZUHO, FSA, PAYPAY, AU, BANK_GENERAL];

/** The catalog entry, or null for an unknown id. */
export function getIssuer(id: string): Issuer | null {
  return ISSUERS.find((i) => i.id === id) ?? null;
}

export function listIssuers(): readonly Issuer[] {
  return ISSUERS;
}

/** Digits only, with a leading "+81" read as "0" (りそなカード: the leading 0 may show as +81). */
export function normalizeNumber(raw: string): string {
  const compact = raw.replace(/[\s\-()‐－ー.]/g, "");
  if (compact.startsWith("+81")) return "0" + compact.slice(3);
  return compact;
}

/** Sender ids compare case- and space-insensitively ("NTT DoCoMo" = "ntt docomo"). */
export function normalizeSenderId(raw: string): string {
  return raw.toLowerCase().replace(/\s+/g, " ").trim();
}

function multiMap(entries: Iterable<readonly [string, Issuer]>): ReadonlyMap<string, readonly Issuer[]> {
  const map = new Map<string, Issuer[]>();
  for (const [key, issuer] of entries) {
    const list = map.get(key);
    if (!list) map.set(key, [issuer]);
    else if (!list.includes(issuer)) list.push(issuer);
  }
  return map;
}

/** Registrable domain → issuers that link to it (own domains only; delivery providers excluded). */
export const LINK_DOMAIN_INDEX = multiMap(
  ISSUERS.flatMap((i) => [
    ...i.linkDomains.map((f) => [f.value, i] as const),
    ...i.mailDomains.filter((f) => !f.thirdParty).map((f) => [f.value, i] as const),
  ]),
);

/** Registrable domain → issuers whose own short links use it (e.g. r10.to for Rakuten). */
export const SHORT_LINK_INDEX = multiMap(ISSUERS.flatMap((i) => (i.shortLinkDomains ?? []).map((f) => [f.value, i] as const)));

/** Registrable domain → issuers that send e-mail from it (incl. delivery providers). */
export const MAIL_DOMAIN_INDEX = multiMap(ISSUERS.flatMap((i) => i.mailDomains.map((f) => [f.value, i] as const)));

/** Normalised SMS sender → issuers that publish it. */
export const SMS_SENDER_INDEX = multiMap(
  ISSUERS.flatMap((i) => i.smsSenders.map((f) => [/^[\d+]/.test(f.value) ? normalizeNumber(f.value) : normalizeSenderId(f.value), i] as const)),
);

/** Digits → issuers that publish the number (SMS senders that are numbers, and contact numbers). */
export const PHONE_INDEX = multiMap(
  ISSUERS.flatMap((i) => [
    ...i.phoneNumbers.map((f) => [normalizeNumber(f.value), i] as const),
    ...i.smsSenders.filter((f) => /^\d/.test(f.value)).map((f) => [normalizeNumber(f.value), i] as const),
  ]),
);

/** ASCII brand tokens to look for in foreign host names, longest first. */
export const BRAND_TOKENS: readonly { readonly token: string; readonly issuer: Issuer }[] = ISSUERS.flatMap((i) =>
  i.brandTokens.map((token) => ({ token, issuer: i })),
).sort((a, b) => b.token.length - a.token.length);

const BRAND_WORD_MAP = new Map<string, Issuer>(ISSUERS.flatMap((i) => i.brandWords.map((w) => [w, i] as const)));

/** Brand words that look like other brands but are not them (e.g. NTT東日本 is not docomo). */
const NOT_BRANDS = ["ntt東日本", "ntt西日本", "nttデータ", "ntt東西"];


const ALNUM = /[a-z0-9]/;

/** False when an ASCII brand word is glued to other letters or digits ("paeonia", "jcbx"). */
export function isStandalone(text: string, start: number, end: number): boolean {
  if (ALNUM.test(text.charAt(start)) && start > 0 && ALNUM.test(text.charAt(start - 1))) return false;
  if (ALNUM.test(text.charAt(end - 1)) && end < text.length && ALNUM.test(text.charAt(end))) return false;
  return true;
}

/**
 * Every brand word with the issuer it claims (null for NOT_BRANDS), in both spaced and unspaced
 * forms ("d card" / "dcard"). Longest match wins where matches overlap (see claims.ts).
 */
export const BRAND_WORDS: ReadonlyMap<string, Issuer | null> = new Map<string, Issuer | null>([
  ...NOT_BRANDS.map((w) => [w, null] as const),
  ...[...BRAND_WORD_MAP].flatMap(([w, i]) => [[w, i] as const, [w.replace(/\s/g, ""), i] as const]),
]);
