"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedFormAction } from "@/lib/auth/action";
import { addRelative } from "@/lib/relatives/add-relative";
import { ZRelativeFields } from "@/lib/relatives/relative-fields";
import { updateRelative } from "@/lib/relatives/update-relative";

/* Public POST endpoints: each re-checks the actor and the family itself (lib/relatives). */
const ZId = z.string().min(1).max(64);

const ZAddRelative = ZRelativeFields.extend({ familyId: ZId });

export const addRelativeAction = authedFormAction(ZAddRelative, async ({ familyId, ...fields }, actor) => {
  const added = await addRelative({ actor, familyId, fields });
  revalidatePath(`/families/${added.familyId}`, "layout");
  return { relativeId: added.relativeId };
});

// No familyId here: the relative's family is found from the relative, through the actor's membership.
const ZUpdateRelative = ZRelativeFields.extend({ relativeId: ZId });

export const updateRelativeAction = authedFormAction(ZUpdateRelative, async ({ relativeId, ...fields }, actor) => {
  const updated = await updateRelative({ actor, relativeId, fields });
  revalidatePath(`/families/${updated.familyId}`, "layout");
  return { relativeId: updated.relativeId };
});
