import type { Actor } from "../auth/actor";

/**
 * The only way to address a case (CONVENTIONS 2).
 *
 * Invariant: every query that reads or writes a case by id includes this where-fragment, so the
 * membership check happens in the same query that loads the row. A foreign id is therefore
 * indistinguishable from a missing one (both → NOT_FOUND). Notes, messages and attachments are
 * reached through their case with `{ case: caseWhereForMember(...) }`.
 */
export const caseWhereForMember = (actor: Actor, caseId: string) => ({
  id: caseId,
  family: { members: { some: { userId: actor.userId } } },
});
