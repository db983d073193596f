import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { getFamilyAccess } from "./access";
import type { Role } from "./permissions";

/** Links that can still be used, newest first, for owners to see and revoke. Never the token. */
export async function listPendingInvitations({ actor, familyId, now = new Date() }: { actor: Actor; familyId: string; now?: Date }) {
  const access = await getFamilyAccess(actor, familyId, "invitation.list");
  const rows = await db.invitation.findMany({
    where: { familyId: access.familyId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { id: true, role: true, email: true, expiresAt: true, createdAt: true, invitedBy: { select: { name: true } } },
  });
  return rows.map((r) => ({ id: r.id, role: r.role as Role, email: r.email, expiresAt: r.expiresAt, createdAt: r.createdAt, invitedByName: r.invitedBy.name }));
}
