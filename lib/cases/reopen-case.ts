import "server-only";
import type { Actor } from "../auth/actor";
import { recordActivity } from "./record-activity";
import { updateCaseIfCurrent } from "./update-case";

/** Opens a done or dismissed case again; the history keeps the earlier outcome. */
export async function reopenCase({ actor, caseId, version }: { actor: Actor; caseId: string; version: number }) {
  const updated = await updateCaseIfCurrent(
    actor,
    caseId,
    version,
    { status: "OPEN", doneAt: null, doneById: null, doneOnTime: null, doneNote: null, scamExposure: null },
    { status: { in: ["DONE", "DISMISSED"] } },
  );
  await recordActivity({ familyId: updated.familyId, caseId, actorId: actor.userId, type: "case.reopened" });
  return updated;
}
