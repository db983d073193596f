import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { AppError } from "../errors";
import { getFamilyAccess } from "./access";
import { lockOwnerRows, otherOwnerExists } from "./owner-guard";

/**
 * The actor leaves a family. Anyone may, except the last owner (LAST_OWNER): they make someone
 * else an owner first. The rule is part of the delete's WHERE (owner-guard.ts: race-safe).
 */
export async function leaveFamily({ actor, familyId }: { actor: Actor; familyId: string }) {
  const access = await getFamilyAccess(actor, familyId, "family.read");
  const [, result] = await db.$transaction([
    lockOwnerRows(access.familyId),
    db.membership.deleteMany({
      where: {
        userId: actor.userId,
        familyId: access.familyId,
        OR: [{ role: { not: "OWNER" } }, { family: otherOwnerExists({ userId: actor.userId }) }],
      },
    }),
  ]);
  if (result.count === 0) {
    await getFamilyAccess(actor, familyId, "family.read"); // no longer a member → NOT_FOUND
    throw new AppError("LAST_OWNER");
  }
  await db.activity.create({ data: { familyId: access.familyId, actorId: actor.userId, type: "member.left", data: "{}" } });
  return { familyId: access.familyId };
}
