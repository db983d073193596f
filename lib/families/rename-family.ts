import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { getFamilyAccess } from "./access";

export async function renameFamily({ actor, familyId, name }: { actor: Actor; familyId: string; name: string }) {
  const access = await getFamilyAccess(actor, familyId, "family.rename");
  await db.$transaction([
    db.family.update({ where: { id: access.familyId }, data: { name }, select: { id: true } }),
    db.activity.create({ data: { familyId: access.familyId, actorId: actor.userId, type: "family.renamed", data: JSON.stringify({ from: access.familyName, to: name }) } }),
  ]);
  return { familyId: access.familyId, name };
}
