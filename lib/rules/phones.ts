/**
 * Phone numbers in message text ("0120-999-000", "0366717573", "+81 3-1234-5678", and masked forms
 * such as "050********" as published in warnings). Linear: one bounded character class.
 */
import { normalizeNumber } from "./catalog";

export interface PhoneMatch {
  readonly raw: string;
  /** Digits only, "+81" read as "0". Masked digits stay as "*". */
  readonly digits: string;
  readonly masked: boolean;
  readonly start: number;
  readonly end: number;
}

const PHONE_RE = /(?<![\d\w.+/-])(?:\+81[\s-]?\(?0?\)?|0)\d[\d\s\-()*●○×x]{6,15}/g;
const MAX_PHONES = 12;

export function extractPhones(text: string): PhoneMatch[] {
  const out: PhoneMatch[] = [];
  PHONE_RE.lastIndex = 0;
  for (let m = PHONE_RE.exec(text); m !== null && out.length < MAX_PHONES; m = PHONE_RE.exec(text)) {
    const raw = m[0].replace(/[\s\-()]+$/, "");
    const masked = /[*●○×x]/.test(raw);
    const digits = normalizeNumber(raw).replace(/[*●○×x]/g, "*").replace(/[()]/g, "");
    // The character after the match must not continue a number ("2024-11-03", card numbers).
    const next = text.charAt(m.index + raw.length);
    if (/[\d/]/.test(next)) continue;
    if (!/^0\d/.test(digits)) continue;
    if (!/^[\d*]+$/.test(digits)) continue;
    // Japanese numbers have 10–11 digits (0120/0570/0800 ones included); shorter runs are not phones.
    if (digits.length < 10 || digits.length > 11) continue;
    if (/^0{3,}/.test(digits) && !masked) continue;
    out.push({ raw, digits, masked, start: m.index, end: m.index + raw.length });
  }
  return out;
}
