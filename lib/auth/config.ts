import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import Google from "next-auth/providers/google";
import Line from "next-auth/providers/line";
import Nodemailer from "next-auth/providers/nodemailer";
import { z } from "zod";
import { db } from "../db/client";
import { env } from "../env";
import { clientIp, hitRateLimit, LIMITS } from "../rate-limit/rate-limit";
import { verifyPassword } from "./password";

/** Thrown from authorize(); the sign-in action maps `code` to a message in the user's language. */
class InvalidCredentials extends CredentialsSignin {
  override code = "INVALID_CREDENTIALS";
}
class RateLimited extends CredentialsSignin {
  override code = "RATE_LIMITED";
}

const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

/**
 * Checks e-mail and password. Unknown e-mail and wrong password take the same time and give the
 * same answer (no account enumeration). Limits: 10 tries per account and 50 per IP in 15 minutes,
 * counted in the database so they hold across instances.
 */
async function authorizeCredentials(raw: unknown, request: Request) {
  const parsed = ZCredentials.safeParse(raw);
  if (!parsed.success) throw new InvalidCredentials();
  const { email, password } = parsed.data;
  const [perAccount, perIp] = await Promise.all([
    hitRateLimit(LIMITS.signInAccount, email),
    hitRateLimit(LIMITS.signInIp, clientIp(request.headers)),
  ]);
  if (!perAccount.ok || !perIp.ok) throw new RateLimited();
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, sessionVersion: true },
  });
  if (!(await verifyPassword(user?.passwordHash, password)) || !user) throw new InvalidCredentials();
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}

const providers: NextAuthConfig["providers"] = [
  Credentials({
    credentials: { email: {}, password: {} },
    authorize: authorizeCredentials,
  }),
];
if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET) {
  providers.push(Google({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET }));
}
if (env.AUTH_LINE_ID && env.AUTH_LINE_SECRET) {
  providers.push(Line({ clientId: env.AUTH_LINE_ID, clientSecret: env.AUTH_LINE_SECRET }));
}
if (env.SMTP_URL) {
  providers.push(Nodemailer({ server: env.SMTP_URL, from: env.MAIL_FROM }));
}

/** Providers other than e-mail + password that are switched on, for the sign-in page's buttons. */
export const oauthProviders = providers
  .map((p) => (typeof p === "function" ? p() : p))
  .filter((p) => p.id !== "credentials")
  .map((p) => ({ id: p.id, name: p.name }));

export const { handlers, auth, signIn, signOut } = NextAuth({
  // The adapter stores OAuth accounts and magic-link tokens; sessions are JWTs so every app
  // instance can read them, checked against User.sessionVersion on each request (lib/auth/actor.ts).
  adapter: PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]),
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  secret: env.AUTH_SECRET,
  trustHost: true,
  providers,
  pages: { signIn: "/signin", error: "/signin", verifyRequest: "/signin?check=email" },
  callbacks: {
    async jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    async session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      session.sv = typeof token.sv === "number" ? token.sv : 0;
      return session;
    },
  },
});

declare module "next-auth" {
  interface Session {
    sv: number;
  }
}
declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    sv?: number;
  }
}
