/**
 * Text preparation shared by every rule.
 *
 * Invariant (performance, hostile input): every rule sees at most MAX_HEAD + MAX_TAIL characters
 * of a body, so a 1 MB message costs about as much as a long e-mail. Nothing a relative would read
 * on a phone lies beyond the head; the tail is kept because signatures and links sit at the end.
 */

export const MAX_HEAD = 12_000;
export const MAX_TAIL = 3_000;
const MAX_SHORT_FIELD = 1_000;

/** Zero-width, soft-hyphen and bidi-control characters: invisible, and used to hide or reverse text. */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const HAS_INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

/**
 * Defanged URLs as published in warnings ("hxxps://", "h**ps://", "example[.]com") are turned
 * back into URLs so the same rules judge them. NFKC has already turned full-width forms into ASCII.
 */
const DEFANG_SCHEME = /\bh(?:xx|\*\*|XX|Xx|xX)p(s?)(?=:\/\/)/g;
const DEFANG_DOT = /\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)/gi;
const DEFANG_COLON = /\[:\]/g;
const DEFANG_AT = /\[@\]|\[at\]|\(at\)/gi;
const ANY_DEFANG = /\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\[:\]|\[@\]|\[at\]|\(at\)/i;
const ANY_DEFANG_SCHEME = /h(?:xx|\*\*)p/i;

export interface PreparedText {
  /** NFKC, defanged, invisible characters removed; original case. */
  readonly text: string;
  /** `text` in lower case, for matching. Same length and offsets as `text`. */
  readonly lower: string;
  readonly hadInvisible: boolean;
  readonly truncated: boolean;
}

function cap(raw: string, head: number, tail: number): { s: string; truncated: boolean } {
  if (raw.length <= head + tail) return { s: raw, truncated: false };
  return { s: raw.slice(0, head) + "\n" + raw.slice(raw.length - tail), truncated: true };
}

const EMPTY: PreparedText = { text: "", lower: "", hadInvisible: false, truncated: false };

export function prepare(raw: string, kind: "body" | "short" | "short-unbounded" = "body"): PreparedText {
  if (raw === "") return EMPTY;
  const capped = kind === "body" ? cap(raw, MAX_HEAD, MAX_TAIL) : kind === "short" ? cap(raw, MAX_SHORT_FIELD, 0) : { s: raw, truncated: false };
  let s = capped.s;
  const hadInvisible = HAS_INVISIBLE.test(s);
  if (hadInvisible) s = s.replace(INVISIBLE, "");
  s = s.normalize("NFKC");
  // One test, then the (rare) replacements: most messages are not defanged.
  if (ANY_DEFANG.test(s)) s = s.replace(DEFANG_DOT, ".").replace(DEFANG_COLON, ":").replace(DEFANG_AT, "@");
  if (ANY_DEFANG_SCHEME.test(s)) s = s.replace(DEFANG_SCHEME, "http$1");
  // toLowerCase can change length for a few characters (e.g. "İ"); keep offsets aligned.
  let lower = s.toLowerCase();
  if (lower.length !== s.length) {
    s = s.replace(/[^\x00-\x7F]/g, (c) => (c.toLowerCase().length === 1 ? c : "?"));
    lower = s.toLowerCase();
  }
  return { text: s, lower, hadInvisible, truncated: capped.truncated };
}

export interface PreparedMessage extends PreparedText {
  /** Offset in `text`/`lower` where the body starts (0 when there is no subject). */
  readonly bodyStart: number;
}

/**
 * Subject and body prepared in one pass: "subject\nbody", with the subject on one line so the
 * first "\n" always separates them (NFKC never composes across a line break).
 */
export function prepareMessage(subject: string, body: string): PreparedMessage {
  const subj = subject ? cap(subject, MAX_SHORT_FIELD, 0).s.replace(/[\r\n]+/g, " ") : "";
  if (!subj) {
    const b = prepare(body, "body");
    return { text: b.text, lower: b.lower, hadInvisible: b.hadInvisible, truncated: b.truncated, bodyStart: 0 };
  }
  const b = cap(body, MAX_HEAD, MAX_TAIL);
  const j = prepare(`${subj}\n${b.s}`, "short-unbounded");
  return { text: j.text, lower: j.lower, hadInvisible: j.hadInvisible, truncated: b.truncated, bodyStart: j.text.indexOf("\n") + 1 };
}
