import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { isRecordNotFound } from "../db/errors";
import { AppError } from "../errors";
import { getFamilyAccess } from "./access";
import { familyWhereActorCan } from "./family-where";

/**
 * An owner renames the family. The update's WHERE carries the actor's owner membership, so an
 * owner demoted or removed after the access check changes nothing (the batch is rolled back and
 * the refusal is the one the check now gives).
 */
export async function renameFamily({ actor, familyId, name }: { actor: Actor; familyId: string; name: string }) {
  const access = await getFamilyAccess(actor, familyId, "family.rename");
  try {
    await db.$transaction([
      db.family.update({ where: { id: access.familyId, ...familyWhereActorCan(actor, "family.rename") }, data: { name }, select: { id: true } }),
      db.activity.create({ data: { familyId: access.familyId, actorId: actor.userId, type: "family.renamed", data: JSON.stringify({ from: access.familyName, to: name }) } }),
    ]);
  } catch (error) {
    if (isRecordNotFound(error)) {
      await getFamilyAccess(actor, familyId, "family.rename");
      throw new AppError("NOT_FOUND");
    }
    throw error;
  }
  return { familyId: access.familyId, name };
}
