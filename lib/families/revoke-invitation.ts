import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { AppError } from "../errors";
import { getFamilyAccess } from "./access";
import { familyWhereActorCan } from "./family-where";

/**
 * An owner cancels a link that has not been used. Revoking twice is harmless; a used link
 * cannot be revoked (the member is removed on the members page instead).
 *
 * Invariant: the write names the invitation by id AND family AND the actor's owner membership,
 * so an invitation id from another family is NOT_FOUND, exactly like a missing one.
 */
export async function revokeInvitation({ actor, familyId, invitationId, now = new Date() }: { actor: Actor; familyId: string; invitationId: string; now?: Date }) {
  const access = await getFamilyAccess(actor, familyId, "invitation.revoke");
  const result = await db.invitation.updateMany({
    where: { id: invitationId, familyId: access.familyId, acceptedAt: null, revokedAt: null, family: familyWhereActorCan(actor, "invitation.revoke") },
    data: { revokedAt: now },
  });
  if (result.count === 0) {
    const current = await db.invitation.findFirst({ where: { id: invitationId, familyId: access.familyId }, select: { acceptedAt: true, revokedAt: true } });
    if (!current) throw new AppError("NOT_FOUND");
    if (current.acceptedAt) throw new AppError("INVITATION_USED");
    if (!current.revokedAt) await getFamilyAccess(actor, familyId, "invitation.revoke"); // lost the role meanwhile
    return { familyId: access.familyId };
  }
  await db.activity.create({ data: { familyId: access.familyId, actorId: actor.userId, type: "invitation.revoked", data: JSON.stringify({ invitationId }) } });
  return { familyId: access.familyId };
}
