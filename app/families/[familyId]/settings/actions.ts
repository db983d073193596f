"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedFormAction } from "@/lib/auth/action";
import { leaveFamily } from "@/lib/families/leave-family";
import { renameFamily } from "@/lib/families/rename-family";

/* Public POST endpoints: each re-checks the actor and the family itself (lib/families). */
const ZId = z.string().min(1).max(64);

const ZRename = z.object({
  familyId: ZId,
  // Same limits as creating a family; one line, no control characters.
  name: z.string().trim().min(1, "required").max(60, "tooLong").regex(/^[^\p{Cc}]*$/u, "invalid"),
});

export const renameFamilyAction = authedFormAction(ZRename, async (input, actor) => {
  const renamed = await renameFamily({ actor, familyId: input.familyId, name: input.name });
  revalidatePath(`/families/${renamed.familyId}`, "layout");
  revalidatePath("/");
  return { name: renamed.name };
});

const ZLeave = z.object({ familyId: ZId });

export const leaveFamilyAction = authedFormAction(ZLeave, async (input, actor) => {
  await leaveFamily({ actor, familyId: input.familyId });
  revalidatePath("/");
  redirect("/");
});
