import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { db } from "../db/client";
import { AppError } from "../errors";
import { auth } from "./config";

/** The signed-in user, as every lib/<domain> function receives it. Never null inside lib. */
export type Actor = { userId: string; email: string | null; name: string | null };

/**
 * The signed-in user for this request, or null.
 *
 * Invariant: a JWT alone is not enough. The user must still exist and the token's session
 * version must equal User.sessionVersion, so sign-out everywhere and a password change take
 * effect on the very next request. Cached per request (React cache), one query.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, sessionVersion: true } });
  if (!user || user.sessionVersion !== (session.sv ?? 0)) return null;
  return { userId: user.id, email: user.email, name: user.name };
});

/** For pages: the actor, or a redirect to sign-in that comes back here afterwards. */
export async function requireActor(returnTo?: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(returnTo ? `/signin?next=${encodeURIComponent(returnTo)}` : "/signin");
  return actor;
}

/** For actions and route handlers: the actor, or UNAUTHENTICATED. */
export async function getActorOrThrow(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED");
  return actor;
}
