import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { AppError } from "../errors";
import { hashInvitationToken, isWellFormedInvitationToken } from "./invitation-token";
import { invitationStatus, type InvitationStatus } from "./invitation-rules";
import type { Role } from "./permissions";

export type InvitationPreview =
  | { status: Exclude<InvitationStatus, "PENDING"> }
  | { status: "PENDING"; familyId: string; familyName: string; inviterName: string | null; role: Role; expiresAt: Date; alreadyMember: boolean };

/**
 * What the invite page may show to whoever holds the link (signed in or not). Read-only: a GET
 * never joins anyone.
 *
 * Invariant: the family and the inviter are named only while the link is still usable; a used,
 * revoked or expired link says just that, so an old link reveals nothing more. An unknown or
 * malformed token is NOT_FOUND. The row is found by the hash of the token, never by the token.
 */
export async function getInvitationPreview({ token, actor, now = new Date() }: { token: string; actor: Actor | null; now?: Date }): Promise<InvitationPreview> {
  if (!isWellFormedInvitationToken(token)) throw new AppError("NOT_FOUND");
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: {
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      invitedBy: { select: { name: true } },
      family: {
        select: {
          id: true,
          name: true,
          // Only the actor's own membership, if any: one query answers "already a member?".
          members: actor ? { where: { userId: actor.userId }, select: { id: true } } : false,
        },
      },
    },
  });
  if (!invitation) throw new AppError("NOT_FOUND");
  const status = invitationStatus(invitation, now);
  if (status !== "PENDING") return { status };
  return {
    status,
    familyId: invitation.family.id,
    familyName: invitation.family.name,
    inviterName: invitation.invitedBy.name,
    role: invitation.role as Role,
    expiresAt: invitation.expiresAt,
    alreadyMember: Array.isArray(invitation.family.members) && invitation.family.members.length > 0,
  };
}
