import "server-only";
import type { Actor } from "../auth/actor";
import { isOnTime } from "../dates/japan-date";
import { db } from "../db/client";
import { AppError } from "../errors";
import { caseWhereForMember } from "./case-where";
import { recordActivity } from "./record-activity";
import { updateCaseIfCurrent } from "./update-case";

/**
 * Records that the relative (or a helper) answered on the official site: who, when, and whether
 * it was on time (the deadline day counts until 23:59:59 JST). Late answers are still answers.
 */
export async function markDone({ actor, caseId, version, note, now }: { actor: Actor; caseId: string; version: number; note?: string | undefined; now: Date }) {
  const existing = await db.case.findFirst({ where: caseWhereForMember(actor, caseId), select: { deadline: true } });
  if (!existing) throw new AppError("NOT_FOUND");
  const onTime = existing.deadline ? isOnTime(existing.deadline, now) : null;
  // The deadline is re-checked in the write: if it changed since it was read, the version did too.
  const updated = await updateCaseIfCurrent(
    actor,
    caseId,
    version,
    { status: "DONE", doneAt: now, doneById: actor.userId, doneOnTime: onTime, doneNote: note?.trim() || null },
    { status: "OPEN", deadline: existing.deadline },
  );
  await recordActivity({ familyId: updated.familyId, caseId, actorId: actor.userId, type: "case.done", data: { onTime, deadline: existing.deadline, note: note?.trim() || null } });
  return updated;
}
