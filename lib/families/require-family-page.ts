import "server-only";
import { notFound } from "next/navigation";
import { requireActor } from "../auth/actor";
import { isAppError } from "../errors";
import { getFamilyAccess } from "./access";
import type { FamilyAction } from "./permissions";

/** For pages: the actor and their access to the family in the URL; a foreign or missing id → 404. */
export async function requireFamilyPage(unverifiedFamilyId: string, returnTo: string, action: FamilyAction = "family.read") {
  const actor = await requireActor(returnTo);
  try {
    return { actor, access: await getFamilyAccess(actor, unverifiedFamilyId, action) };
  } catch (error) {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  }
}
