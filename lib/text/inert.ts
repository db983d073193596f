/**
 * Turns a received message into segments that are safe to show as plain text (CONVENTIONS 14).
 * React already escapes text, so HTML never runs; this adds two things a reader needs:
 *  - links are defanged ("hxxps://example[.]com/…") and never become clickable;
 *  - invisible characters that can disguise text (bidi overrides such as U+202E, zero-width
 *    spaces) are shown as visible markers instead of silently reordering or hiding text.
 * Pure and linear in the input length.
 */
export type Segment = { kind: "text"; value: string } | { kind: "link"; value: string } | { kind: "hidden"; value: string };

// Bidi controls, zero-width characters, BOM, word joiner, and C0/C1 controls except tab and newline.
const HIDDEN = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\u2060\uFEFF\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// Scheme URLs (also defanged hxxp), javascript:/data: pseudo-URLs, and bare www. hosts.
const LINK = /(?:h(?:tt|xx)ps?|javascript|data|vbscript|file):[^\s<>"'「」（）()、。]*|www\.[^\s<>"'「」（）()、。]+/i;
const TOKEN = new RegExp(`${HIDDEN.source}|${LINK.source}`, "giu");

export function defang(url: string): string {
  return url
    .replace(/^http/i, "hxxp")
    .replace(/^(javascript|data|vbscript|file):/i, "$1[:]")
    .replace(/\./g, "[.]");
}

export function inertSegments(text: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const index = match.index ?? 0;
    if (index > last) out.push({ kind: "text", value: text.slice(last, index) });
    const value = match[0];
    if (HIDDEN.test(value) && value.length <= 2) {
      out.push({ kind: "hidden", value: `U+${value.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}` });
    } else {
      out.push({ kind: "link", value: defang(value) });
    }
    last = index + value.length;
  }
  if (last < text.length) out.push({ kind: "text", value: text.slice(last) });
  return out;
}
