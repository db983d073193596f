import "server-only";
import { cache } from "react";
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

/**
 * One membership read per (user, family) per request: a page's layout, the page and the lib
 * functions it calls all ask. React's cache is scoped to one server request, so a membership
 * removed by another request is seen on the very next request. Outside a React render (scripts,
 * tests) it does not cache.
 */
const loadMembership = cache((userId: string, familyId: string) =>
  db.membership.findUnique({
    where: { userId_familyId: { userId, familyId } },
    select: { role: true, family: { select: { id: true, name: true } } },
  }),
);

export async function getFamilyAccess(actor: Actor, unverifiedFamilyId: string, action: FamilyAction = "family.read"): Promise<FamilyAccess> {
  if (typeof unverifiedFamilyId !== "string" || unverifiedFamilyId.length === 0 || unverifiedFamilyId.length > 64) {
    throw new AppError("NOT_FOUND");
  }
  const membership = await loadMembership(actor.userId, unverifiedFamilyId);
  if (!membership) throw new AppError("NOT_FOUND");
  if (!can(membership.role, action)) throw new AppError("FORBIDDEN");
  return { familyId: membership.family.id, familyName: membership.family.name, role: membership.role as Role };
}

/** Prisma where-fragment: rows of a family the actor belongs to. Use inside the loading query. */
export const memberFamilyWhere = (actor: Actor) => ({ members: { some: { userId: actor.userId } } });
