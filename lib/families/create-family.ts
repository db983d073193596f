import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";

/** Creates a family with the actor as its first owner, in one transaction. */
export async function createFamily({ actor, name }: { actor: Actor; name: string }) {
  return db.family.create({
    data: {
      name,
      members: { create: { userId: actor.userId, role: "OWNER" } },
      activities: { create: { actorId: actor.userId, type: "family.created", data: JSON.stringify({ name }) } },
    },
    select: { id: true, name: true },
  });
}
