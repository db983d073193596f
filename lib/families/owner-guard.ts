import "server-only";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";

/**
 * The last-owner rule: a family always keeps at least one OWNER.
 *
 * How it stays true when two owners act at once (e.g. each demotes the other):
 *  - The check is inside the write. Every demotion/removal is an `updateMany`/`deleteMany` whose
 *    WHERE requires ANOTHER owner of the same family to exist (`otherOwnerExists`); the EXISTS
 *    subquery is evaluated by the same statement that changes the row. There is no
 *    read-then-write gap for a second request to slip into.
 *  - Writes are serialised. SQLite allows one writer at a time, so the second statement sees the
 *    first one's result and matches nothing (count 0 → LAST_OWNER). On PostgreSQL two statements
 *    touching DIFFERENT membership rows would not block each other, so `lockOwnerRows` comes
 *    first in the same batch transaction: a no-op write to every owner row of the family takes
 *    their row locks, so the second transaction waits for the first to commit; under READ
 *    COMMITTED its next statement then reads the committed state. (No-op: nothing a reader
 *    could see changes, not even an updatedAt, when the change is then refused.)
 * tests/integration/families-last-owner.test.ts races the two demotions and the two leaves.
 */
export const otherOwnerExists = (notThisMember: Prisma.MembershipWhereInput) =>
  ({ members: { some: { role: "OWNER", NOT: notThisMember } } }) satisfies Prisma.FamilyWhereInput;

/** A no-op write to the family's owner rows that serialises owner changes of one family (see above). */
export const lockOwnerRows = (familyId: string) => db.membership.updateMany({ where: { familyId, role: "OWNER" }, data: { role: "OWNER" } });
