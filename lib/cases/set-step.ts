import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { AppError } from "../errors";
import { caseWhereForMember } from "./case-where";
import { recordActivity } from "./record-activity";
import { parseCheckedSteps } from "./types";

/**
 * Ticks or unticks one step of a checklist (guided answer steps, scam checklists).
 *
 * Two helpers ticking different steps at once must both win, so this does not fail on a version
 * change: it re-reads and re-applies its own tick (a set add/remove commutes) with a conditional
 * write, up to a few times. Step ids are checked by the caller against the catalog.
 */
export async function setStep({ actor, caseId, stepId, checked }: { actor: Actor; caseId: string; stepId: string; checked: boolean }) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const current = await db.case.findFirst({ where: caseWhereForMember(actor, caseId), select: { familyId: true, version: true, checkedSteps: true } });
    if (!current) throw new AppError("NOT_FOUND");
    const steps = new Set(parseCheckedSteps(current.checkedSteps));
    if (steps.has(stepId) === checked) return { familyId: current.familyId, changed: false };
    if (checked) steps.add(stepId);
    else steps.delete(stepId);
    const { count } = await db.case.updateMany({
      where: { ...caseWhereForMember(actor, caseId), version: current.version },
      data: { checkedSteps: JSON.stringify([...steps]), version: { increment: 1 } },
    });
    if (count === 1) {
      await recordActivity({ familyId: current.familyId, caseId, actorId: actor.userId, type: checked ? "step.checked" : "step.unchecked", data: { step: stepId } });
      return { familyId: current.familyId, changed: true };
    }
  }
  throw new AppError("CONFLICT");
}
