import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/config";
import { clientIp, LIMITS, peekRateLimit } from "@/lib/rate-limit/rate-limit";

export const { GET } = handlers;

/**
 * The credentials callback is a public endpoint besides our sign-in form. When the IP has used up
 * its sign-in attempts, answer 429 with Retry-After before Auth.js runs (authorize() counts attempts).
 */
export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith("/callback/credentials")) {
    const limited = await peekRateLimit(LIMITS.signInIp, clientIp(request.headers));
    if (!limited.ok) {
      return new Response("Too many sign-in attempts", {
        status: 429,
        headers: { "Retry-After": String(limited.retryAfterSeconds) },
      });
    }
  }
  return handlers.POST(request);
}
