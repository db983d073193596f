"use server";

import { z } from "zod";
import { authedFormAction } from "@/lib/auth/action";
import { changePassword, endAllSessions } from "@/lib/auth/change-password";
import { getActor } from "@/lib/auth/actor";
import { signOut } from "@/lib/auth/config";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password";

const ZChangePassword = z.object({
  currentPassword: z.string().min(1, "required").max(PASSWORD_MAX, "tooLong"),
  newPassword: z.string().min(PASSWORD_MIN, "passwordShort").max(PASSWORD_MAX, "tooLong"),
});

export const changePasswordAction = authedFormAction(ZChangePassword, async (input, actor) => {
  await changePassword({ actor, currentPassword: input.currentPassword, newPassword: input.newPassword });
  // Every session, this one included, is now refused; sign in again with the new password.
  await signOut({ redirectTo: "/signin?changed=1" });
  return { changed: true };
});

/** Sign-out ends every session of the user (a copied JWT stops working too), then clears the cookie. */
export async function signOutAction(): Promise<void> {
  const actor = await getActor();
  if (actor) await endAllSessions({ actor });
  await signOut({ redirectTo: "/" });
}
