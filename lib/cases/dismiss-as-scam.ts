import "server-only";
import type { Actor } from "../auth/actor";
import { recordActivity } from "./record-activity";
import type { ScamExposure } from "./types";
import { updateCaseIfCurrent } from "./update-case";

/**
 * Closes a case as a scam. `exposure` says whether the relative tapped the link or entered data;
 * anything but "none" makes the page show the urgent checklist first.
 */
export async function dismissAsScam({ actor, caseId, version, exposure, now }: { actor: Actor; caseId: string; version: number; exposure: ScamExposure; now: Date }) {
  const updated = await updateCaseIfCurrent(actor, caseId, version, { status: "DISMISSED", scamExposure: exposure, doneAt: now, doneById: actor.userId, doneOnTime: null }, { status: "OPEN" });
  await recordActivity({ familyId: updated.familyId, caseId, actorId: actor.userId, type: "case.dismissed", data: { exposure } });
  return updated;
}
