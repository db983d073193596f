import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { getFamilyAccess } from "../families/access";

/** The people a family helps, in the order they were added. */
export async function listRelatives({ actor, familyId }: { actor: Actor; familyId: string }) {
  const access = await getFamilyAccess(actor, familyId, "family.read");
  return db.relative.findMany({
    where: { familyId: access.familyId },
    orderBy: { createdAt: "asc" },
    select: { id: true, displayName: true, receivesVia: true, note: true },
  });
}
