import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { AppError } from "../errors";
import { can, type FamilyAction, type Role } from "./permissions";

/**
 * The one way to reach a family (CONVENTIONS 2, 3).
 *
 * Invariant: a family id from a URL or a form is `unverifiedFamilyId` until this returns. The
 * membership is loaded by (userId, familyId) in one query; a family the actor is not in is
 * NOT_FOUND, exactly like one that does not exist. FORBIDDEN only for a member whose role is too low.
 */
export type FamilyAccess = { familyId: string; familyName: string; role: Role };

export async function getFamilyAccess(actor: Actor, unverifiedFamilyId: string, action: FamilyAction = "family.read"): Promise<FamilyAccess> {
  if (typeof unverifiedFamilyId !== "string" || unverifiedFamilyId.length === 0 || unverifiedFamilyId.length > 64) {
    throw new AppError("NOT_FOUND");
  }
  const membership = await db.membership.findUnique({
    where: { userId_familyId: { userId: actor.userId, familyId: unverifiedFamilyId } },
    select: { role: true, family: { select: { id: true, name: true } } },
  });
  if (!membership) throw new AppError("NOT_FOUND");
  if (!can(membership.role, action)) throw new AppError("FORBIDDEN");
  return { familyId: membership.family.id, familyName: membership.family.name, role: membership.role as Role };
}

/** Prisma where-fragment: rows of a family the actor belongs to. Use inside the loading query. */
export const memberFamilyWhere = (actor: Actor) => ({ members: { some: { userId: actor.userId } } });
