/**
 * Deadline extraction: the answer-by date a notice gives, as an ISO calendar date in Japan.
 *
 * Patterns: 2024年11月03日, 令和6年11月3日, 2024/11/3, 2024-11-03, 11月3日 (year from the message's
 * own date, else receivedAt/now; rolled to next year when it falls well before that), and 11/3 only
 * right next to a deadline word. URLs are blanked first and numbers glued to other digits are
 * refused, so phone numbers, amounts, card digits and URL paths never become dates.
 * A date near 期限 / まで / までに / 迄 / 締切 wins over other dates; an "as of" date (…現在) or a
 * usage date (利用日時 …) never wins.
 */

export interface DayDate {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

interface Candidate {
  readonly date: DayDate;
  readonly hasYear: boolean;
  readonly start: number;
  readonly end: number;
  score: number;
  readonly asOf: boolean;
}

const FULL_KANJI = /(?:(令和|r)\s?(元|\d{1,2})|(?<![\d])(\d{4}))\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日/g;
const FULL_NUMERIC = /(?<![\d/.\-:])(\d{4})([/.\-])(\d{1,2})\2(\d{1,2})(?![\d/.\-])/g;
const MONTH_DAY = /(?<![\d年/])(\d{1,2})\s?月\s?(\d{1,2})\s?日/g;
const SLASH_MD = /(?<![\d/.\-])(\d{1,2})\/(\d{1,2})(?![\d/.\-])/g;
const NUMERIC_SEP = /\d[/.\-]\d/;
const URLISH = /(?:https?:\/\/|www\.)[\x21-\x7E]+/gi;

const BEFORE_CUE = /(?:期限|締切|締め切り|〆切|期日)[^。\n]{0,14}$/;
const WEAK_BEFORE_CUE = /有効期限[^。\n]{0,8}$/;
const AFTER_CUE = /^[\s()（）日月火水木金土祝\d:：時分頃]{0,14}(?:まで|迄)/;
const AS_OF_AFTER = /^[\s()（）日月火水木金土祝\d:：時分]{0,10}(?:現在|時点)/;
const USAGE_BEFORE = /(?:利用日|日時|発行日|送信日|受付日|発送日|規制日|取引日|配信日|お知らせ日)[\s:：]{0,3}$/;

const MAX_CANDIDATES = 40;
const ROLL_DAYS = 60;

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function valid(y: number, m: number, d: number): boolean {
  return y >= 2000 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function toIso(date: DayDate): string {
  return `${date.y}-${String(date.m).padStart(2, "0")}-${String(date.d).padStart(2, "0")}`;
}

export function dayNumber(date: DayDate): number {
  return Math.floor(Date.UTC(date.y, date.m - 1, date.d) / 86_400_000);
}

const JST_MS = 9 * 3_600_000;
/** 2024-11-03, 2024-11-03T10:00, 2024-11-03T10:00:00.000Z, 2024-11-03 10:00:00+09:00, 2024/11/03 10:00 */
const ISO_LIKE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Epoch milliseconds of a date string, read the same on every machine: a date or time without an
 * offset is Japan time (this app's users), never the server's local zone (Date.parse would be).
 */
export function parseInstant(s: string): number {
  const m = ISO_LIKE.exec(s.trim());
  if (!m) return NaN;
  const [, y, mo, d, h, mi, sec, zone] = m;
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(sec ?? 0));
  if (new Date(utc).getUTCDate() !== Number(d)) return NaN;
  if (!zone) return utc - JST_MS;
  if (zone.toUpperCase() === "Z") return utc;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  const offset = (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0)) * 60_000;
  return utc - sign * offset;
}

/** The calendar day in Japan (UTC+9, no DST) of an instant; null for an invalid date. */
export function japanDay(input: Date | string | null | undefined): DayDate | null {
  if (input === null || input === undefined) return null;
  const ms = typeof input === "string" ? parseInstant(input) : input instanceof Date ? input.getTime() : NaN;
  if (!Number.isFinite(ms)) return null;
  const j = new Date(ms + JST_MS);
  const y = j.getUTCFullYear();
  if (y < 1900 || y > 2200) return null;
  return { y, m: j.getUTCMonth() + 1, d: j.getUTCDate() };
}

function blankUrls(text: string): string {
  if (!text.includes("://") && !text.includes("www.")) return text;
  return text.replace(URLISH, (s) => " ".repeat(s.length));
}

function blankSpans(text: string, spans: readonly (readonly [number, number])[]): string {
  if (spans.length === 0) return text;
  let out = "";
  let at = 0;
  for (const [start, end] of spans) {
    if (start < at || end > text.length) continue;
    out += text.slice(at, start) + " ".repeat(end - start);
    at = end;
  }
  return out + text.slice(at);
}

function scoreCue(text: string, start: number, end: number): { score: number; asOf: boolean } {
  const before = text.slice(Math.max(0, start - 20), start);
  const after = text.slice(end, end + 16);
  let score = 0;
  if (BEFORE_CUE.test(before)) score += 10;
  else if (WEAK_BEFORE_CUE.test(before)) score += 4;
  if (AFTER_CUE.test(after)) score += 8;
  const asOf = AS_OF_AFTER.test(after) || USAGE_BEFORE.test(before);
  if (asOf) score -= 20;
  return { score, asOf };
}

function onItsOwnLine(text: string, start: number, end: number): boolean {
  const before = text.lastIndexOf("\n", start - 1);
  const after = text.indexOf("\n", end);
  const lead = text.slice(before + 1, start);
  const tail = text.slice(end, after < 0 ? text.length : after);
  return /^[\s(（【\[]*(?:送信日|配信日|日付)?[\s:：]*$/.test(lead) && /^[\s)）】\]]*$/.test(tail);
}

function pushCandidate(cands: Candidate[], text: string, date: DayDate, hasYear: boolean, start: number, end: number): void {
  if (cands.length >= MAX_CANDIDATES) return;
  const { score, asOf } = scoreCue(text, start, end);
  cands.push({ date, hasYear, start, end, score, asOf });
}

/** "11月3日": the year of `anchor`, or the next one when that falls well before the anchor. */
function pushYearless(cands: Candidate[], text: string, anchor: DayDate | null, mo: number, d: number, start: number, end: number, needsCue: boolean): void {
  if (!anchor) return;
  let y = anchor.y;
  if (mo === 2 && d === 29 && !valid(y, mo, d)) y += 1;
  if (!valid(y, mo, d)) return;
  let date: DayDate = { y, m: mo, d };
  if (dayNumber(date) < dayNumber(anchor) - ROLL_DAYS) {
    if (!valid(y + 1, mo, d)) return;
    date = { y: y + 1, m: mo, d };
  }
  if (needsCue && scoreCue(text, start, end).score <= 0) return;
  pushCandidate(cands, text, date, false, start, end);
}

export interface DeadlineResult {
  /** ISO yyyy-mm-dd or null. */
  readonly deadline: string | null;
  readonly deadlineDate: DayDate | null;
  /** The message's own date (a dated header such as "2021年11月15日"), when it has one. */
  readonly messageDate: DayDate | null;
}

/**
 * `reference` is the day the message was received (or now); it resolves dates written without a
 * year. `urlSpans` (offsets of URLs already found) are blanked so "…/2024/11/03/…" is no date.
 */
export function extractDeadline(rawText: string, reference: DayDate | null, urlSpans?: readonly (readonly [number, number])[]): DeadlineResult {
  // URLs are ASCII, so only the numeric patterns (2024/11/03, 11/3) can match inside one:
  // blank URLs only when such a pattern is present at all.
  const hasSep = NUMERIC_SEP.test(rawText);
  const text = !hasSep ? rawText : urlSpans ? blankSpans(rawText, urlSpans) : blankUrls(rawText);
  const cands: Candidate[] = [];
  // Cheap guards keep messages without dates from paying for the date regexes.
  const hasNen = text.includes("年");
  const hasGatsu = text.includes("月");

  FULL_KANJI.lastIndex = 0;
  for (let m = hasNen ? FULL_KANJI.exec(text) : null; m; m = FULL_KANJI.exec(text)) {
    const y = m[1] ? 2018 + (m[2] === "元" ? 1 : Number(m[2])) : Number(m[3]);
    const mo = Number(m[4]);
    const d = Number(m[5]);
    if (valid(y, mo, d)) pushCandidate(cands, text, { y, m: mo, d }, true, m.index, m.index + m[0].length);
  }
  FULL_NUMERIC.lastIndex = 0;
  for (let m = hasSep ? FULL_NUMERIC.exec(text) : null; m; m = FULL_NUMERIC.exec(text)) {
    const y = Number(m[1]);
    const mo = Number(m[3]);
    const d = Number(m[4]);
    if (valid(y, mo, d)) pushCandidate(cands, text, { y, m: mo, d }, true, m.index, m.index + m[0].length);
  }

  // The message's own date (a header "2021年11月15日" or "2015年9月15日現在") anchors year-less dates.
  // A full date is the message's own date when it says "…現在" or stands alone on a line
  // ("2021年11月15日" as a header), without a deadline cue.
  const own = cands.find((c) => c.score <= 0 && (c.asOf || onItsOwnLine(text, c.start, c.end)));
  const messageDate = own ? own.date : null;
  const anchor = messageDate ?? reference;

  MONTH_DAY.lastIndex = 0;
  for (let m = hasGatsu ? MONTH_DAY.exec(text) : null; m; m = MONTH_DAY.exec(text)) {
    // Skip the month-day tail of a full date already taken ("2024年 11月3日").
    if (/年\s?$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    pushYearless(cands, text, anchor, Number(m[1]), Number(m[2]), m.index, m.index + m[0].length, false);
  }
  if (hasSep && text.includes("/") && /期限|まで|迄|締切/.test(text)) {
    SLASH_MD.lastIndex = 0;
    for (let m = SLASH_MD.exec(text); m; m = SLASH_MD.exec(text)) {
      pushYearless(cands, text, anchor, Number(m[1]), Number(m[2]), m.index, m.index + m[0].length, true);
    }
  }

  let best: Candidate | null = null;
  for (const c of cands) {
    if (c.score > 0 && (!best || c.score > best.score)) best = c;
  }
  if (!best && reference) {
    // No deadline word: the earliest date still ahead of the reference, unless it is an "as of" date.
    const today = dayNumber(reference);
    for (const c of cands) {
      if (c.asOf || dayNumber(c.date) < today) continue;
      if (messageDate && c.date === messageDate) continue;
      if (!best || dayNumber(c.date) < dayNumber(best.date)) best = c;
    }
  }
  return { deadline: best ? toIso(best.date) : null, deadlineDate: best ? best.date : null, messageDate };
}
