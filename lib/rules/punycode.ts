/**
 * Punycode (RFC 3492) decoding of "xn--" host labels, so a look-alike host written as punycode
 * can be compared with brand names. Written here because lib/rules may not import node:url.
 * Returns null for malformed input instead of throwing.
 */

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const MAX_OUTPUT = 256;

function adapt(delta: number, numPoints: number, firstTime: boolean): number {
  let d = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / numPoints);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

function digitOf(code: number): number {
  if (code >= 48 && code <= 57) return code - 22; // 0-9 → 26-35
  if (code >= 65 && code <= 90) return code - 65; // A-Z
  if (code >= 97 && code <= 122) return code - 97; // a-z
  return BASE;
}

/** Decodes the part after "xn--". */
export function decodePunycodeLabel(input: string): string | null {
  const output: number[] = [];
  const lastDelimiter = input.lastIndexOf("-");
  const basicEnd = lastDelimiter < 0 ? 0 : lastDelimiter;
  for (let j = 0; j < basicEnd; j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) return null;
    output.push(c);
  }
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  for (let index = basicEnd > 0 ? basicEnd + 1 : 0; index < input.length; ) {
    const oldi = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (index >= input.length) return null;
      const digit = digitOf(input.charCodeAt(index++));
      if (digit >= BASE) return null;
      i += digit * w;
      if (i > 0x7fffffff) return null;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      w *= BASE - t;
      if (w > 0x7fffffff) return null;
    }
    const out = output.length + 1;
    bias = adapt(i - oldi, out, oldi === 0);
    n += Math.floor(i / out);
    if (n > 0x10ffff) return null;
    i %= out;
    output.splice(i, 0, n);
    if (output.length > MAX_OUTPUT) return null;
    i++;
  }
  try {
    return String.fromCodePoint(...output);
  } catch {
    return null;
  }
}

/** "xn--eckwd4c7c.com" → "ドコモ.com"-style Unicode host; labels that fail to decode stay as they are. */
export function hostToUnicode(host: string): string {
  if (!host.includes("xn--")) return host;
  return host
    .split(".")
    .map((label) => (label.startsWith("xn--") ? (decodePunycodeLabel(label.slice(4)) ?? label) : label))
    .join(".");
}
