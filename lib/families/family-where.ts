import type { Actor } from "../auth/actor";
import type { Prisma } from "../db/generated/client";
import { can, ROLES, type FamilyAction, type Role } from "./permissions";

/** The roles the permission table allows `action`, so SQL filters and can() never disagree. */
export const rolesThatCan = (action: FamilyAction): Role[] => ROLES.filter((role) => can(role, action));

/**
 * Family where-fragment: "the actor is a member whose role may do `action`".
 *
 * Invariant: every write in lib/families and lib/relatives carries this (or an equivalent) in
 * its own WHERE, so the permission is re-checked by the statement that changes the row. A
 * member removed or demoted between getFamilyAccess() and the write changes nothing.
 */
export const familyWhereActorCan = (actor: Actor, action: FamilyAction) =>
  ({ members: { some: { userId: actor.userId, role: { in: rolesThatCan(action) } } } }) satisfies Prisma.FamilyWhereInput;
