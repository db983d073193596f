import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { getFamilyAccess } from "./access";
import type { Role } from "./permissions";

/** Everyone in the family with their role and when they joined; owners first. No e-mail addresses. */
export async function listMembers({ actor, familyId }: { actor: Actor; familyId: string }) {
  const access = await getFamilyAccess(actor, familyId, "member.list");
  const rows = await db.membership.findMany({
    where: { familyId: access.familyId },
    orderBy: [{ role: "desc" }, { createdAt: "asc" }], // "OWNER" sorts after "MEMBER": desc puts owners first
    select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true } } },
  });
  return rows.map((m) => ({
    membershipId: m.id,
    name: m.user.name,
    role: m.role as Role,
    joinedAt: m.createdAt,
    isMe: m.user.id === actor.userId,
  }));
}
