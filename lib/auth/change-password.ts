import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors";
import type { Actor } from "./actor";
import { hashPassword, verifyPassword } from "./password";

/**
 * Changes the password and bumps sessionVersion: every other session of this user stops
 * working on its next request. The caller signs this browser in again with the new password.
 */
export async function changePassword({ actor, currentPassword, newPassword }: { actor: Actor; currentPassword: string; newPassword: string }) {
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { passwordHash: true, email: true } });
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) throw new AppError("INVALID_CREDENTIALS");
  await db.user.update({
    where: { id: actor.userId },
    data: { passwordHash: await hashPassword(newPassword), sessionVersion: { increment: 1 } },
    select: { id: true },
  });
  return { email: user.email };
}

/** Signs the user out everywhere: every existing session token stops working. */
export async function endAllSessions({ actor }: { actor: Actor }) {
  await db.user.update({ where: { id: actor.userId }, data: { sessionVersion: { increment: 1 } }, select: { id: true } });
}
