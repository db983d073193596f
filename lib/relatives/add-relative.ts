import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { getFamilyAccess } from "../families/access";
import type { RelativeFields } from "./relative-fields";

/**
 * Adds a person the family helps. Any member may (relative.manage). The family id is checked by
 * getFamilyAccess just before; an insert has no existing row to tie the check to, and a member
 * removed in that instant could at most add a name to a family they can no longer see.
 */
export async function addRelative({ actor, familyId, fields }: { actor: Actor; familyId: string; fields: RelativeFields }) {
  const access = await getFamilyAccess(actor, familyId, "relative.manage");
  const [relative] = await db.$transaction([
    db.relative.create({
      data: { familyId: access.familyId, displayName: fields.displayName, receivesVia: fields.receivesVia, note: fields.note },
      select: { id: true, familyId: true },
    }),
    db.activity.create({ data: { familyId: access.familyId, actorId: actor.userId, type: "relative.added", data: JSON.stringify({ displayName: fields.displayName }) } }),
  ]);
  return { relativeId: relative.id, familyId: relative.familyId };
}
