/**
 * Calendar dates in Japan time. A deadline "2024-11-03" means until 23:59:59 JST that day
 * (DESIGN.md). Japan has no daylight saving time, so JST is always UTC+9.
 * Pure: every function takes the instant it needs; nothing reads the clock.
 */
const JST_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar date in Japan at an instant, as "YYYY-MM-DD". */
export function japanDate(at: Date): string {
  return new Date(at.getTime() + JST_OFFSET_MS).toISOString().slice(0, 10);
}

/** Whether a string is a real calendar date "YYYY-MM-DD" (2024-02-30 is not). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function dayNumber(isoDate: string): number {
  return Math.round(new Date(`${isoDate}T00:00:00Z`).getTime() / DAY_MS);
}

/**
 * Whole days from today (in Japan) to the deadline: 0 = due today, 3 = three days left,
 * -2 = two days past. The deadline day itself is never "past".
 */
export function daysUntil(deadline: string, now: Date): number {
  return dayNumber(deadline) - dayNumber(japanDate(now));
}

/** Whether an action at `at` was on or before the deadline day in Japan. */
export function isOnTime(deadline: string, at: Date): boolean {
  return daysUntil(deadline, at) >= 0;
}

/** The last instant of the deadline day: 23:59:59.999 JST. */
export function deadlineEnd(deadline: string): Date {
  return new Date(new Date(`${deadline}T00:00:00Z`).getTime() + DAY_MS - JST_OFFSET_MS - 1);
}
