"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedFormAction } from "@/lib/auth/action";
import { acceptInvitation } from "@/lib/families/accept-invitation";
import { clientIp } from "@/lib/rate-limit/rate-limit";

/**
 * Joining is a POST (this action), never a GET: link previewers and prefetchers open links too.
 * The schema has only the token: the role comes from the invitation, and any `role` or
 * `familyId` field a client adds is dropped.
 */
const ZAccept = z.object({ token: z.string().min(1).max(128) });

export const acceptInvitationAction = authedFormAction(ZAccept, async (input, actor) => {
  const joined = await acceptInvitation({ actor, token: input.token, ip: clientIp(await headers()) });
  revalidatePath("/");
  redirect(`/families/${joined.familyId}`);
});
