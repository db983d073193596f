import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { isRecordNotFound } from "../db/errors";
import { AppError } from "../errors";
import { getFamilyAccess, memberFamilyWhere } from "../families/access";
import { familyWhereActorCan } from "../families/family-where";
import type { RelativeFields } from "./relative-fields";

/**
 * Edits a relative's name, how messages reach them, and the note.
 *
 * Invariant (CONVENTIONS 2, 3): the relative is loaded by id AND the actor's membership of its
 * family in one query, so another family's relative is NOT_FOUND exactly like a missing one;
 * the update itself repeats the membership condition, so a member removed meanwhile changes nothing.
 */
export async function updateRelative({ actor, relativeId, fields }: { actor: Actor; relativeId: string; fields: RelativeFields }) {
  const relative = await db.relative.findFirst({ where: { id: relativeId, family: memberFamilyWhere(actor) }, select: { id: true, familyId: true } });
  if (!relative) throw new AppError("NOT_FOUND");
  const access = await getFamilyAccess(actor, relative.familyId, "relative.manage");
  try {
    await db.$transaction([
      db.relative.update({
        where: { id: relative.id, familyId: access.familyId, family: familyWhereActorCan(actor, "relative.manage") },
        data: { displayName: fields.displayName, receivesVia: fields.receivesVia, note: fields.note },
        select: { id: true },
      }),
      db.activity.create({ data: { familyId: access.familyId, actorId: actor.userId, type: "relative.updated", data: JSON.stringify({ relativeId: relative.id }) } }),
    ]);
  } catch (error) {
    if (isRecordNotFound(error)) throw new AppError("NOT_FOUND");
    throw error;
  }
  return { relativeId: relative.id, familyId: access.familyId };
}
