/**
 * URL extraction tuned for Japanese messages, and parsing to a registrable domain.
 *
 * Extraction is a single linear scan for runs of URL-ish characters (no nested quantifiers, so
 * no catastrophic backtracking), then cheap checks per run. Japanese text breaks runs by itself:
 * 「https://…」, （https://…）, こちら→https://…, and URLs glued to kana all come out clean.
 * Hosts go through `new URL()` first (IPv4 in decimal/hex/octal becomes dotted, Unicode becomes
 * punycode), then tldts gives the registrable domain. Domains are compared exactly, never by
 * substring: "docomo.ne.jp.evil.top" is evil.top.
 */
import { parse } from "tldts";

/** The input is already a lower-case host name: skip tldts's own URL parsing. */
const HOST_ONLY = { extractHostname: false, validateHostname: false, detectIp: false } as const;
import { hostToUnicode } from "./punycode";

/** At most this many URL candidates are parsed per message (caps work on hostile input). */
export const MAX_URLS = 24;
/** Runs longer than this are not URLs a person could read; they are skipped. */
const MAX_RUN = 2_048;

/** Characters that mask part of a URL in published examples ("https://mydocomo.○○○"). */
const MASK_CHARS = "○〇●◯■□◆◇×✕…‥*";
const MASK_RE = /[○〇●◯■□◆◇×✕…‥*]/;
const RUN_RE = /[A-Za-z0-9\-._~:/?#@!$&'*+,;=%[\]\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF○〇●◯■□◆◇×✕…‥]+/g;
/** A whitespace-delimited token (sticky), for URLs whose host is not ASCII. */
const IDN_TOKEN = /[^\s「」『』（）()<>"'、。，！？【】]+/y;
const TRAILING_JUNK = /[.,;:!?'\]…‥]+$/;
const LEADING_JUNK = /^[.,;:!?'\-_~/@#=&+%$[\]]+/;
const HOST_CHARS = /^[a-z0-9\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u3040-\u30FF\u4E00-\u9FFF.-]+$/;
const IPV4 = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

export interface ParsedUrl {
  /** The URL as written (after NFKC and un-defanging). */
  readonly raw: string;
  readonly hasScheme: boolean;
  /** Lower-case ASCII (punycode) host, or null when it cannot be read. */
  readonly host: string | null;
  /** Host with punycode labels decoded, for look-alike checks. */
  readonly unicodeHost: string | null;
  /** Registrable domain (eTLD+1), or null for IPs and unreadable hosts. */
  readonly domain: string | null;
  readonly publicSuffix: string | null;
  readonly isIp: boolean;
  /** The host is masked ("○○○", "....") or unparseable: nobody can check where it goes. */
  readonly redacted: boolean;
  readonly hasUserinfo: boolean;
  /** Lower-case path + query. */
  readonly path: string;
  /** True for an href taken from the e-mail's HTML (the real destination). */
  readonly fromHref: boolean;
  /** Offsets of the URL in the normalised text (-1 for hrefs). */
  readonly start: number;
  readonly end: number;
}

function hostPart(afterScheme: string): { host: string; userinfo: boolean } {
  let end = afterScheme.length;
  for (let i = 0; i < afterScheme.length; i++) {
    const c = afterScheme[i];
    if (c === "/" || c === "?" || c === "#") {
      end = i;
      break;
    }
  }
  let authority = afterScheme.slice(0, end);
  const at = authority.lastIndexOf("@");
  const userinfo = at >= 0;
  if (userinfo) authority = authority.slice(at + 1);
  if (!authority.startsWith("[")) {
    const colon = authority.lastIndexOf(":");
    if (colon >= 0) authority = authority.slice(0, colon);
  }
  return { host: authority.toLowerCase(), userinfo };
}

function redactedUrl(raw: string, hasScheme: boolean, path: string, fromHref: boolean): ParsedUrl {
  return { raw, hasScheme, host: null, unicodeHost: null, domain: null, publicSuffix: null, isIp: false, redacted: true, hasUserinfo: false, path, fromHref, start: -1, end: -1 };
}

/**
 * Parses one candidate. `requireKnownSuffix` is set for scheme-less text ("example.com/x"), which
 * must end in a real ICANN suffix to count as a URL ("index.html" and "Co.,Ltd." do not).
 */
export function parseCandidate(rawIn: string, fromHref = false): ParsedUrl | null {
  const raw = rawIn.replace(TRAILING_JUNK, "");
  if (raw.length < 4) return null;
  const lower = raw.toLowerCase();
  const schemeIdx = lower.indexOf("://");
  const hasScheme = schemeIdx >= 0;
  if (hasScheme) {
    const scheme = lower.slice(0, schemeIdx);
    if (scheme !== "http" && scheme !== "https") return null;
  }
  const afterScheme = hasScheme ? raw.slice(schemeIdx + 3) : raw;
  const { host: rawHost, userinfo } = hostPart(afterScheme);
  const slash = afterScheme.search(/[/?#]/);
  const rawPath = slash >= 0 ? afterScheme.slice(slash).toLowerCase() : "";

  if (MASK_RE.test(rawHost) || /^\.+$/.test(rawHost) || rawHost === "") {
    if (hasScheme) return redactedUrl(raw, true, rawPath, fromHref);
    // Scheme-less: count it only if what is left still looks like a host ("〇〇.mydocomo.com/dcm").
    const rest = rawHost.replace(new RegExp(`[${MASK_CHARS}]`, "g"), "").replace(/^\.+/, "");
    if (!rest.includes(".") || !HOST_CHARS.test(rest)) return null;
    const p = parse(rest, HOST_ONLY);
    if (!p.isIcann || !p.domain) return null;
    return redactedUrl(raw, false, rawPath, fromHref);
  }
  if (!rawHost.startsWith("[") && !HOST_CHARS.test(rawHost)) {
    return hasScheme ? redactedUrl(raw, true, rawPath, fromHref) : null;
  }
  if (!hasScheme) {
    if (!rawHost.includes(".")) return null;
    if (IPV4.test(rawHost)) {
      // A bare dotted quad is a URL only with a path or port ("192.168.0.1/login"), not "1.2.3.4".
      if (!/^[^/?#]+[:/?#]/.test(afterScheme)) return null;
    } else {
      const p = parse(rawHost, HOST_ONLY);
      if (!p.isIcann || !p.domain) return null;
    }
  }
  let url: URL;
  try {
    url = new URL(hasScheme ? raw : "http://" + raw);
  } catch {
    return hasScheme ? redactedUrl(raw, true, rawPath, fromHref) : null;
  }
  let host = url.hostname.toLowerCase();
  if (host.endsWith(".")) host = host.slice(0, -1);
  if (host === "" || host.split(".").some((l) => l === "")) return redactedUrl(raw, hasScheme, rawPath, fromHref);
  const isIp = host.startsWith("[") || IPV4.test(host);
  const path = (url.pathname + url.search).toLowerCase();
  if (isIp) {
    return { raw, hasScheme, host, unicodeHost: host, domain: null, publicSuffix: null, isIp: true, redacted: false, hasUserinfo: userinfo, path, fromHref, start: -1, end: -1 };
  }
  const p = parse(host, HOST_ONLY);
  return {
    raw,
    hasScheme,
    host,
    unicodeHost: hostToUnicode(host),
    domain: p.domain ?? null,
    publicSuffix: p.publicSuffix ?? null,
    isIp: false,
    redacted: false,
    hasUserinfo: userinfo,
    path,
    fromHref,
    start: -1,
    end: -1,
  };
}

/** Cuts a run down to its URL: drops text glued before the scheme ("URL:https://…", "詳細はこちら:https…"). */
function candidateFromRun(run: string): string | null {
  const lower = run.toLowerCase();
  const idx = lower.indexOf("://");
  if (idx >= 0) {
    const start = lower.lastIndexOf("http", idx);
    if (start >= 0 && idx - start <= 5) return run.slice(start);
    // "ttps://x" and "tps://x" (scheme clipped to dodge auto-linking) are still links.
    if (lower.slice(Math.max(0, idx - 4), idx) === "ttps" || lower.slice(Math.max(0, idx - 3), idx) === "ttp") {
      const s = lower.lastIndexOf("tt", idx);
      return "h" + run.slice(s);
    }
    return null;
  }
  if (!run.includes(".")) return null;
  let s = run.replace(LEADING_JUNK, "");
  const at = s.indexOf("@");
  if (at >= 0) {
    const slash = s.indexOf("/");
    if (slash < 0 || slash > at) return null; // an e-mail address, not a URL
  }
  const colon = s.indexOf(":");
  if (colon >= 0 && !/^\d/.test(s.slice(colon + 1))) s = s.slice(colon + 1);
  return s;
}

/** All URLs in normalised text, in order, at most MAX_URLS. */
export function extractUrls(text: string): ParsedUrl[] {
  const out: ParsedUrl[] = [];
  // Every URL, with or without a scheme, contains "." or "://" (fast exit for most Japanese text).
  if (text.indexOf(".") < 0 && text.indexOf("://") < 0) return out;
  let attempts = 0;
  RUN_RE.lastIndex = 0;
  for (let m = RUN_RE.exec(text); m !== null; m = RUN_RE.exec(text)) {
    let run = m[0];
    if (run.endsWith("://") && m.index + run.length < text.length) {
      // "https://ドコモ.com/": a Unicode host stops the ASCII run; take the whole token instead.
      IDN_TOKEN.lastIndex = m.index;
      const t = IDN_TOKEN.exec(text);
      if (t && t[0].length > run.length) {
        run = t[0].slice(0, MAX_RUN);
        RUN_RE.lastIndex = m.index + run.length;
      }
    }
    if (run.length > MAX_RUN || run.length < 4) continue;
    if (!run.includes(".") && !run.includes("://")) continue;
    if (++attempts > MAX_URLS * 4) break;
    const cand = candidateFromRun(run);
    if (cand === null) continue;
    const parsed = parseCandidate(cand);
    if (parsed) {
      const offset = run.indexOf(cand);
      const start = m.index + (offset >= 0 ? offset : 0);
      out.push({ ...parsed, start, end: start + parsed.raw.length });
      if (out.length >= MAX_URLS) break;
    }
  }
  return out;
}

/** The registrable domain to compare two URLs by: domain, or the host itself for IPs. */
export function siteOf(u: ParsedUrl): string | null {
  return u.domain ?? (u.isIp ? u.host : null);
}
