import "server-only";
import type { Actor } from "../auth/actor";
import { recordActivity } from "./record-activity";
import { updateCaseIfCurrent } from "./update-case";

/** Changes (or clears) the answer deadline, a calendar date in Japan. */
export async function setDeadline({ actor, caseId, version, deadline }: { actor: Actor; caseId: string; version: number; deadline: string | null }) {
  const updated = await updateCaseIfCurrent(actor, caseId, version, { deadline });
  await recordActivity({ familyId: updated.familyId, caseId, actorId: actor.userId, type: "deadline.set", data: { deadline, from: "family" } });
  return updated;
}
