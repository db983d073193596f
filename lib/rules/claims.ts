/**
 * Which issuers a message claims to come from: brand words in the subject, body and sender
 * (longest match wins, so 三井住友信託 is not 三井住友カード and NTT東日本 is not docomo), plus
 * "〇〇銀行" names not in the catalog, which get what banks in general say.
 * Brand words inside a written URL do not count as a claim: the link rules judge those hosts.
 */
import { SCANNER, scanText, type ScanResult } from "./anchors";
import { BRAND_WORDS, getIssuer, isStandalone, type Issuer } from "./catalog";

export interface Claims {
  /** Claimed issuers, most prominent first. */
  readonly issuers: readonly Issuer[];
  readonly families: ReadonlySet<string>;
  /** Names of banks not in the catalog ("横浜銀行"). */
  readonly otherBanks: readonly string[];
}

/** Scanner id → the issuer the brand word claims (null: a look-alike that is not a brand). */
const BRAND_IDS: ReadonlyMap<number, Issuer | null> = new Map([...BRAND_WORDS].map(([w, i]) => [SCANNER.add(w, true), i] as const));
const BANK = getIssuer("bank");

const NAME_CHAR = /[\u4E00-\u9FFF\u30A0-\u30FF]/;
const NOT_A_BANK_NAME = /^(?:当|各|他|弊|御|貴|ネット|地方|都市|取引|指定|提携|利用|全|一部|主要|外国|海外|民間|中央|日本|当該|対象)$/;
const CATALOG_BANK = /三井住友|三菱ufj|ゆうちょ|みずほ|郵貯/;

interface BrandHit {
  readonly start: number;
  readonly end: number;
  readonly issuer: Issuer | null;
}

function brandHits(text: string, scan: ScanResult, skip: readonly (readonly [number, number])[]): BrandHit[] {
  const raw: BrandHit[] = [];
  const h = scan.hits;
  for (let k = 0; k < h.length; k += 2) {
    const id = h[k] as number;
    if (!BRAND_IDS.has(id)) continue;
    const start = h[k + 1] as number;
    const end = start + SCANNER.wordOf(id).length;
    if (!isStandalone(text, start, end)) continue;
    let inUrl = false;
    for (const [s, e] of skip) if (start >= s && start < e) inUrl = true;
    if (inUrl) continue;
    raw.push({ start, end, issuer: BRAND_IDS.get(id) ?? null });
  }
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: BrandHit[] = [];
  let lastEnd = -1;
  for (const hit of raw) {
    if (hit.start < lastEnd) continue;
    out.push(hit);
    lastEnd = hit.end;
  }
  return out;
}

function credit(score: Map<Issuer, number>, firstAt: Map<Issuer, number>, hit: BrandHit, bonus: number, at: number): void {
  if (!hit.issuer) return;
  score.set(hit.issuer, (score.get(hit.issuer) ?? 0) + 1 + bonus);
  if (!firstAt.has(hit.issuer)) firstAt.set(hit.issuer, at);
}

/**
 * `lower` = subject + "\n" + body (lower case), scanned once into `scan`; the first `headLength`
 * characters are the subject. `skip` are spans of written URLs.
 */
export function detectClaims(
  lower: string,
  scan: ScanResult,
  headLength: number,
  senderLower: string,
  skip: readonly (readonly [number, number])[],
): Claims {
  const score = new Map<Issuer, number>();
  const firstAt = new Map<Issuer, number>();
  const hits = brandHits(lower, scan, skip);
  for (const hit of hits) credit(score, firstAt, hit, hit.start < headLength ? 2 : 0, hit.start);
  if (senderLower) {
    // A sender name is easy to fake and often names the carrier rather than the service
    // ("NTT DoCoMo" sends dカード alerts), so it counts less than the text's own brand words.
    for (const hit of brandHits(senderLower, scanText(senderLower), [])) credit(score, firstAt, hit, -0.5, Number.MAX_SAFE_INTEGER - 1);
  }

  const otherBanks: string[] = [];
  for (const [text, spans] of [
    [lower, hits],
    [senderLower, [] as BrandHit[]],
  ] as const) {
    // Walk back from each "銀行" over kanji/katakana (a bounded manual scan: no regex backtracking).
    for (let at = text.indexOf("銀行"); at >= 0 && otherBanks.length < 8; at = text.indexOf("銀行", at + 2)) {
      let start = at;
      while (start > 0 && at - start < 8 && NAME_CHAR.test(text.charAt(start - 1))) start--;
      const name = text.slice(start, at);
      const end = at + 2;
      if (!name || NOT_A_BANK_NAME.test(name)) continue;
      const full = name + "銀行";
      if (CATALOG_BANK.test(full) || spans.some((h) => h.start < end && h.end > start)) continue;
      if (!otherBanks.includes(full)) otherBanks.push(full);
    }
  }
  if (BANK && otherBanks.length > 0 && !score.has(BANK)) {
    score.set(BANK, 0.5);
    firstAt.set(BANK, Number.MAX_SAFE_INTEGER);
  }

  const issuers = [...score.keys()].sort((a, b) => (score.get(b) ?? 0) - (score.get(a) ?? 0) || (firstAt.get(a) ?? 0) - (firstAt.get(b) ?? 0));
  return { issuers, families: new Set(issuers.map((i) => i.family)), otherBanks };
}

/** Claims in a short piece of text on its own (e.g. the visible part of a masked link). */
export function claimsIn(text: string): readonly Issuer[] {
  const lower = text.toLowerCase();
  return detectClaims(lower, scanText(lower), 0, "", []).issuers;
}
