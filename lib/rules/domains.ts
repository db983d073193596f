/**
 * What a link's host says about who runs it. Official = the registrable domain is on a claimed
 * issuer's list (exact match). Everything else is checked for the tricks phishing uses with the
 * brand (phishing-facts §4.3): the brand as a subdomain or prefix of an unrelated domain
 * ("dcard-ne.spanjsc.com"), near-miss spellings ("d0como", "docono", "aoen"), an official-looking
 * suffix buried in a subdomain ("www.aoen.co.jp.v-o-t.com"), the brand in the path of a foreign
 * host ("gtzyhs.com/docomo"), cheap TLDs, dynamic DNS and redirectors.
 */
import {
  BRAND_TOKENS,
  CHEAP_TLDS,
  DYNAMIC_DNS_DOMAINS,
  LINK_DOMAIN_INDEX,
  SHORTENER_DOMAINS,
  SHORT_LINK_INDEX,
  type Issuer,
} from "./catalog";
import type { ParsedUrl } from "./urls";

const SHORTENERS = new Set(SHORTENER_DOMAINS.map((f) => f.value));
const DYNAMIC_DNS = new Set(DYNAMIC_DNS_DOMAINS.map((f) => f.value));
const CHEAP = new Set(CHEAP_TLDS.map((f) => f.value));

/** Confusable letters folded to the Latin letter they imitate (digits, Cyrillic, Greek). */
const CONFUSABLE: Readonly<Record<string, string>> = {
  "0": "o",
  "1": "l",
  "3": "e",
  "5": "s",
  "7": "t",
  "а": "a",
  "е": "e",
  "о": "o",
  "р": "p",
  "с": "c",
  "у": "y",
  "х": "x",
  "і": "i",
  "ј": "j",
  "ѕ": "s",
  "ԁ": "d",
  "ο": "o",
  "α": "a",
  "ν": "v",
  "ρ": "p",
  "τ": "t",
  "κ": "k",
  "ι": "i",
  "ε": "e",
};

/** Only hosts with digits, non-ASCII letters, "rn" or "vv" can differ from their skeleton. */
const NEEDS_SKELETON = /[0-9\u0080-\uffff]|rn|vv/;

export function skeleton(s: string): string {
  let out = "";
  for (const ch of s) out += CONFUSABLE[ch] ?? ch;
  return out.replace(/rn/g, "m").replace(/vv/g, "w").replace(/[\u0300-\u036f]/g, "");
}

/** Optimal string alignment distance, capped: returns limit+1 as soon as it is exceeded. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const n = b.length;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[n] ?? limit + 1;
}

export interface HostAssessment {
  /** Issuers whose own domain this is. */
  readonly officialFor: readonly Issuer[];
  /** Issuers whose own short-link domain this is (r10.to). */
  readonly shortLinkFor: readonly Issuer[];
  readonly shortener: boolean;
  readonly dynamicDns: boolean;
  readonly cheapTld: string | null;
  readonly idn: boolean;
  /** A brand token inside a foreign host. */
  readonly brandIn: { readonly token: string; readonly issuer: Issuer } | null;
  /** A near-miss of a brand token. */
  readonly lookalike: { readonly token: string; readonly issuer: Issuer; readonly word: string } | null;
  /** An official-looking suffix ("co.jp") inside the subdomain part. */
  readonly fakeSuffix: string | null;
  /** A brand token in the path of a foreign host. */
  readonly brandInPath: { readonly token: string; readonly issuer: Issuer } | null;
}

/** Tokens with the trailing "-" dropped, for matching inside host words. */
const TOKENS = BRAND_TOKENS.map(({ token, issuer }) => ({ t: token.replace(/-$/, ""), squeezed: token.replace(/-/g, ""), issuer }));

function findBrandIn(host: string, words: readonly string[], rawWords: readonly string[]): HostAssessment["brandIn"] {
  for (const { t, issuer } of TOKENS) {
    if (t.length >= 4) {
      // Longer tokens anywhere in the host, also after folding look-alike letters ("mufgek", "d0como").
      if (host.includes(t)) return { token: t, issuer };
      for (const w of words) if (w.includes(t)) return { token: t, issuer };
    } else {
      // Short tokens ("jcb") only at the start of a label.
      for (const w of rawWords) if (w.startsWith(t)) return { token: t, issuer };
    }
  }
  return null;
}

function sameLetters(a: string, b: string): boolean {
  return [...a].sort().join("") === [...b].sort().join("");
}

/** One edit (or one swap) away from a brand token of 5+ letters; a swap for 4-letter ones ("aoen"). */
function findLookalike(words: readonly string[]): HostAssessment["lookalike"] {
  for (const { squeezed: t, issuer } of TOKENS) {
    if (t.length < 4) continue;
    for (const w of words) {
      if (w.length < 3 || Math.abs(w.length - t.length) > 1) continue;
      if (w === t) return { token: t, issuer, word: w };
      // One edit leaves the first or second letter in place (or swaps them): cheap pre-filter.
      if (w[0] !== t[0] && w[1] !== t[1] && w[0] !== t[1] && w[1] !== t[0]) continue;
      const d = editDistance(w, t, 1);
      if (d > 1) continue;
      if (t.length >= 5 || (w.length === 4 && sameLetters(w, t))) return { token: t, issuer, word: w };
    }
  }
  return null;
}

const FAKE_SUFFIX = /(?:^|\.)((?:co|ne|or|go|ac)\.jp|com|jp|net)(?:\.|$)/;
const EMPTY: readonly Issuer[] = [];

export function assessHost(u: ParsedUrl): HostAssessment {
  const domain = u.domain;
  const host = u.host ?? "";
  const officialFor = domain ? (LINK_DOMAIN_INDEX.get(domain) ?? EMPTY) : EMPTY;
  const shortLinkFor = domain ? (SHORT_LINK_INDEX.get(domain) ?? EMPTY) : EMPTY;
  const base = {
    officialFor,
    shortLinkFor,
    shortener: domain !== null && SHORTENERS.has(domain),
    dynamicDns: domain !== null && DYNAMIC_DNS.has(domain),
    cheapTld: null as string | null,
    idn: host.includes("xn--"),
    brandIn: null as HostAssessment["brandIn"],
    lookalike: null as HostAssessment["lookalike"],
    fakeSuffix: null as string | null,
    brandInPath: null as HostAssessment["brandInPath"],
  };
  if (officialFor.length > 0 || shortLinkFor.length > 0 || u.isIp || !domain) return base;

  const tld = u.publicSuffix?.split(".").pop() ?? null;
  base.cheapTld = tld !== null && CHEAP.has(tld) ? tld : null;
  const sub = host.length > domain.length ? host.slice(0, host.length - domain.length - 1) : "";
  const fs = sub ? FAKE_SUFFIX.exec(sub) : null;
  base.fakeSuffix = fs ? (fs[1] ?? null) : null;

  const uni = (u.unicodeHost ?? host).toLowerCase();
  const words = (NEEDS_SKELETON.test(uni) ? skeleton(uni) : uni).split(/[.\-_]+/);
  const rawWords = uni.split(/[.\-_]+/);
  base.brandIn = findBrandIn(host, words, rawWords);
  if (!base.brandIn) base.lookalike = findLookalike(words);
  if (u.path.length > 1) {
    for (const { token, issuer } of BRAND_TOKENS) {
      if (token.length >= 4 && u.path.includes(token)) {
        base.brandInPath = { token, issuer };
        break;
      }
    }
  }
  return base;
}
