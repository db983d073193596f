import "server-only";
import { db } from "../db/client";

/**
 * Fixed-window limits kept in the database, so they hold across app instances (DESIGN.md "Scale").
 * One atomic upsert counts the attempt; a window that has ended is reset with a conditional
 * update, so two instances resetting at once cannot lose a count beyond the window edge.
 */
export type Limit = { name: string; max: number; windowSeconds: number };

export const LIMITS = {
  signInAccount: { name: "signin:acct", max: 10, windowSeconds: 15 * 60 },
  signInIp: { name: "signin:ip", max: 50, windowSeconds: 15 * 60 },
  signUpIp: { name: "signup:ip", max: 20, windowSeconds: 60 * 60 },
  inviteAcceptIp: { name: "invite:ip", max: 10, windowSeconds: 60 * 60 },
} as const satisfies Record<string, Limit>;

export type RateResult = { ok: true } | { ok: false; retryAfterSeconds: number };

function keyOf(limit: Limit, subject: string) {
  return `${limit.name}:${subject.toLowerCase()}`;
}

/** Counts one attempt and says whether it is within the limit. */
export async function hitRateLimit(limit: Limit, subject: string, now: Date = new Date()): Promise<RateResult> {
  const key = keyOf(limit, subject);
  const windowMs = limit.windowSeconds * 1000;
  let row = await db.rateLimit.upsert({
    where: { key },
    create: { key, count: 1, windowStart: now },
    update: { count: { increment: 1 } },
  });
  if (now.getTime() - row.windowStart.getTime() >= windowMs) {
    await db.rateLimit.updateMany({ where: { key, windowStart: row.windowStart }, data: { count: 1, windowStart: now } });
    row = { ...row, count: 1, windowStart: now };
  }
  if (row.count <= limit.max) return { ok: true };
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((row.windowStart.getTime() + windowMs - now.getTime()) / 1000)) };
}

/** Whether the limit is already used up, without counting an attempt. */
export async function peekRateLimit(limit: Limit, subject: string, now: Date = new Date()): Promise<RateResult> {
  const row = await db.rateLimit.findUnique({ where: { key: keyOf(limit, subject) } });
  const windowMs = limit.windowSeconds * 1000;
  if (!row || now.getTime() - row.windowStart.getTime() >= windowMs || row.count < limit.max) return { ok: true };
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((row.windowStart.getTime() + windowMs - now.getTime()) / 1000)) };
}

/**
 * The client address as the nearest proxy reports it. Behind a load balancer, set it to
 * overwrite X-Forwarded-For; without a proxy the header is client-controlled, which is why
 * every limit on an IP is paired with a limit on the account.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown";
}
