import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { AppError } from "../errors";
import { getFamilyAccess } from "./access";
import { familyWhereActorCan } from "./family-where";
import { lockOwnerRows, otherOwnerExists } from "./owner-guard";

/**
 * An owner removes someone from the family. It takes effect on the removed person's very next
 * request: every family page and action loads the membership again (getFamilyAccess).
 *
 * Invariants: addressed by membership id AND the verified family (another family's member is
 * NOT_FOUND); the actor's owner role and the last-owner rule are part of the delete's WHERE
 * (owner-guard.ts explains why that is race-safe).
 */
export async function removeMember({ actor, familyId, membershipId }: { actor: Actor; familyId: string; membershipId: string }) {
  const access = await getFamilyAccess(actor, familyId, "member.remove");
  const [, result] = await db.$transaction([
    lockOwnerRows(access.familyId),
    db.membership.deleteMany({
      where: {
        id: membershipId,
        familyId: access.familyId,
        family: familyWhereActorCan(actor, "member.remove"),
        OR: [{ role: { not: "OWNER" } }, { family: otherOwnerExists({ id: membershipId }) }],
      },
    }),
  ]);
  if (result.count === 0) {
    const target = await db.membership.findFirst({ where: { id: membershipId, familyId: access.familyId }, select: { id: true } });
    if (!target) throw new AppError("NOT_FOUND");
    await getFamilyAccess(actor, familyId, "member.remove");
    throw new AppError("LAST_OWNER");
  }
  await db.activity.create({ data: { familyId: access.familyId, actorId: actor.userId, type: "member.removed", data: JSON.stringify({ membershipId }) } });
  return { familyId: access.familyId };
}
