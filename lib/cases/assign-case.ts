import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { AppError } from "../errors";
import { recordActivity } from "./record-activity";
import { updateCaseIfCurrent } from "./update-case";
import { caseWhereForMember } from "./case-where";

/** Sets who helps with the case ("誰が手伝う？"); the assignee must be a member of the case's family. */
export async function assignCase({ actor, caseId, version, assigneeId }: { actor: Actor; caseId: string; version: number; assigneeId: string | null }) {
  let assigneeName: string | null = null;
  if (assigneeId) {
    // One query: the assignee's membership in the family of a case the actor can see.
    const member = await db.membership.findFirst({
      where: { userId: assigneeId, family: { cases: { some: caseWhereForMember(actor, caseId) } } },
      select: { user: { select: { name: true } } },
    });
    if (!member) throw new AppError("INVALID_INPUT", undefined, { fieldErrors: { assigneeId: ["choose"] } });
    assigneeName = member.user.name;
  }
  const updated = await updateCaseIfCurrent(actor, caseId, version, { assigneeId });
  await recordActivity({ familyId: updated.familyId, caseId, actorId: actor.userId, type: "case.assigned", data: { assignee: assigneeName } });
  return updated;
}
