import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { AppError } from "../errors";
import { getFamilyAccess } from "./access";
import { familyWhereActorCan } from "./family-where";
import { lockOwnerRows, otherOwnerExists } from "./owner-guard";
import type { Role } from "./permissions";

/**
 * An owner makes a member an owner, or an owner a member (themselves included).
 *
 * Invariants: the member is addressed by membership id AND the verified family, so a membership
 * of another family is NOT_FOUND; the actor's owner role and the last-owner rule are both part
 * of the write's WHERE (owner-guard.ts explains why that is race-safe).
 */
export async function changeMemberRole({ actor, familyId, membershipId, role }: { actor: Actor; familyId: string; membershipId: string; role: Role }) {
  const access = await getFamilyAccess(actor, familyId, "member.changeRole");
  const actorCan = familyWhereActorCan(actor, "member.changeRole");
  const family = role === "OWNER" ? actorCan : { AND: [actorCan, otherOwnerExists({ id: membershipId })] };
  const [, result] = await db.$transaction([
    lockOwnerRows(access.familyId),
    db.membership.updateMany({ where: { id: membershipId, familyId: access.familyId, family }, data: { role } }),
  ]);
  if (result.count === 0) {
    const target = await db.membership.findFirst({ where: { id: membershipId, familyId: access.familyId }, select: { id: true } });
    if (!target) throw new AppError("NOT_FOUND");
    await getFamilyAccess(actor, familyId, "member.changeRole"); // the actor lost the role meanwhile → FORBIDDEN
    throw new AppError("LAST_OWNER");
  }
  await db.activity.create({ data: { familyId: access.familyId, actorId: actor.userId, type: "member.roleChanged", data: JSON.stringify({ membershipId, role }) } });
  return { familyId: access.familyId, membershipId, role };
}
