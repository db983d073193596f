import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { AppError } from "../errors";
import { caseWhereForMember } from "./case-where";
import type { Prisma } from "../db/generated/client";

/**
 * Applies one change to a case if, and only if, nobody changed it since the caller loaded it.
 *
 * Invariant: a single `updateMany` whose where holds the membership check AND the expected
 * version; it bumps the version. 0 rows means either "not yours / missing" (NOT_FOUND) or
 * "someone else just changed it" (CONFLICT, with the current state so the UI can show it).
 */
export async function updateCaseIfCurrent(actor: Actor, caseId: string, expectedVersion: number, data: Prisma.CaseUncheckedUpdateManyInput, extraWhere: Prisma.CaseWhereInput = {}) {
  const { count } = await db.case.updateMany({
    where: { ...caseWhereForMember(actor, caseId), version: expectedVersion, ...extraWhere },
    data: { ...data, version: { increment: 1 } },
  });
  const current = await db.case.findFirst({
    where: caseWhereForMember(actor, caseId),
    select: { id: true, familyId: true, status: true, version: true, deadline: true, assigneeId: true, doneAt: true, doneOnTime: true },
  });
  if (!current) throw new AppError("NOT_FOUND");
  if (count === 0) throw new AppError("CONFLICT", undefined, { current });
  return current;
}
