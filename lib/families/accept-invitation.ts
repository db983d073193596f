import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import { AppError } from "../errors";
import { hitRateLimit, LIMITS } from "../rate-limit/rate-limit";
import { hashInvitationToken, isWellFormedInvitationToken } from "./invitation-token";
import { invitationStatus, STATUS_ERROR } from "./invitation-rules";

/**
 * The signed-in actor joins the family with the role the link carries (never one they choose).
 *
 * Invariants:
 *  - One use. The claim is ONE conditional write (`updateMany` where the link is still unused,
 *    not revoked and not expired). SQLite runs writes one at a time, so of any number of
 *    simultaneous accepts exactly one sees count === 1; only that one creates a membership.
 *    (PostgreSQL: the UPDATE row lock re-checks the WHERE after the winner commits; same result.)
 *  - Already a member: nothing changes, the link stays unused (ALREADY_MEMBER).
 *  - No interactive transaction: the claim stands alone and the membership is a batch
 *    transaction of DB writes only (DESIGN.md: the shared-connection hazard).
 *  - Limited per client address (LIMITS.inviteAcceptIp), counted before the token is looked at.
 */
export async function acceptInvitation({ actor, token, ip, now = new Date() }: { actor: Actor; token: string; ip: string; now?: Date }) {
  const limit = await hitRateLimit(LIMITS.inviteAcceptIp, ip, now);
  if (!limit.ok) throw new AppError("RATE_LIMITED", undefined, { retryAfterSeconds: limit.retryAfterSeconds });
  if (!isWellFormedInvitationToken(token)) throw new AppError("NOT_FOUND");
  const tokenHash = hashInvitationToken(token);

  const invitation = await db.invitation.findUnique({
    where: { tokenHash },
    select: { id: true, familyId: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true },
  });
  if (!invitation) throw new AppError("NOT_FOUND");
  await refuseIfMember(actor, invitation.familyId);
  const status = invitationStatus(invitation, now);
  if (status !== "PENDING") throw new AppError(STATUS_ERROR[status]);

  const claim = await db.invitation.updateMany({
    where: { tokenHash, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { acceptedAt: now, acceptedById: actor.userId },
  });
  if (claim.count !== 1) {
    // Someone else won the race, or the link was revoked a moment ago: say which.
    const current = await db.invitation.findUnique({ where: { id: invitation.id }, select: { expiresAt: true, acceptedAt: true, acceptedById: true, revokedAt: true } });
    if (!current) throw new AppError("NOT_FOUND");
    if (current.acceptedById === actor.userId) throw new AppError("ALREADY_MEMBER");
    const after = invitationStatus(current, now);
    // Still pending: another accept claimed it and gave it back (its membership failed). Rare;
    // the generic "try again" is the honest answer.
    throw new AppError(after === "PENDING" ? "INTERNAL" : STATUS_ERROR[after]);
  }

  try {
    await db.$transaction([
      db.membership.create({ data: { userId: actor.userId, familyId: invitation.familyId, role: invitation.role }, select: { id: true } }),
      db.activity.create({ data: { familyId: invitation.familyId, actorId: actor.userId, type: "member.joined", data: JSON.stringify({ role: invitation.role, invitationId: invitation.id }) } }),
    ]);
  } catch (error) {
    // The membership could not be created (e.g. the actor joined through another link at the
    // same moment): give the link back, unused, so it is not burnt for nothing.
    await db.invitation.updateMany({ where: { id: invitation.id, acceptedById: actor.userId, acceptedAt: now }, data: { acceptedAt: null, acceptedById: null } });
    if (isUniqueViolation(error)) throw new AppError("ALREADY_MEMBER");
    throw error;
  }
  return { familyId: invitation.familyId, role: invitation.role };
}

async function refuseIfMember(actor: Actor, familyId: string) {
  const membership = await db.membership.findUnique({ where: { userId_familyId: { userId: actor.userId, familyId } }, select: { id: true } });
  if (membership) throw new AppError("ALREADY_MEMBER");
}
