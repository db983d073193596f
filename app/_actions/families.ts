"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedFormAction } from "@/lib/auth/action";
import { createFamily } from "@/lib/families/create-family";

// No control characters: a family name appears in e-mail subjects and page titles.
const ZCreateFamily = z.object({
  name: z
    .string()
    .trim()
    .min(1, "required")
    .max(60, "tooLong")
    .regex(/^[^\p{Cc}\p{Cf}]*$/u, "invalid"),
});

export const createFamilyAction = authedFormAction(ZCreateFamily, async (input, actor) => {
  const family = await createFamily({ actor, name: input.name });
  revalidatePath("/");
  redirect(`/families/${family.id}`);
});
