import "server-only";
import { db } from "../db/client";

/**
 * Appends to a case's history. Called after the change it describes has been written by a
 * single conditional statement; if this insert fails, the change stands and the error is logged
 * (a lost history line is better than holding an interactive transaction open: DESIGN.md).
 */
export async function recordActivity(entry: { familyId: string; caseId: string | null; actorId: string; type: string; data?: Record<string, unknown> }) {
  try {
    await db.activity.create({
      data: { familyId: entry.familyId, caseId: entry.caseId, actorId: entry.actorId, type: entry.type, data: JSON.stringify(entry.data ?? {}) },
      select: { id: true },
    });
  } catch (error) {
    console.error("[activity] could not record", entry.type, error);
  }
}
