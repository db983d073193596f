import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";

/** The families the actor belongs to, with their role and how many cases are open. */
export async function listMyFamilies({ actor }: { actor: Actor }) {
  const memberships = await db.membership.findMany({
    where: { userId: actor.userId },
    orderBy: { createdAt: "asc" },
    select: {
      role: true,
      family: { select: { id: true, name: true, _count: { select: { cases: { where: { status: "OPEN" } }, members: true } } } },
    },
  });
  return memberships.map((m) => ({
    id: m.family.id,
    name: m.family.name,
    role: m.role,
    openCases: m.family._count.cases,
    memberCount: m.family._count.members,
  }));
}
