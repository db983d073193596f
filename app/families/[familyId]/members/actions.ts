"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { authedFormAction, type FormState } from "@/lib/auth/action";
import { changeMemberRole } from "@/lib/families/change-member-role";
import { createInvitation, type InvitationMailOutcome } from "@/lib/families/create-invitation";
import { INVITATION_EXPIRY_HOURS } from "@/lib/families/invitation-rules";
import { ROLES, type Role } from "@/lib/families/permissions";
import { removeMember } from "@/lib/families/remove-member";
import { revokeInvitation } from "@/lib/families/revoke-invitation";
import { isLocale } from "@/lib/i18n/config";

/*
 * Every action here re-checks everything itself: a server action is a public POST endpoint.
 * `familyId` and ids from hidden fields are unverified until lib/families checks them; unknown
 * fields are dropped by the schemas (z.object strips them).
 */
const ZId = z.string().min(1).max(64);

const ZCreateInvitation = z.object({
  familyId: ZId,
  role: z.enum(ROLES, "choose"),
  expiresInHours: z.coerce.number().pipe(z.union(INVITATION_EXPIRY_HOURS.map((h) => z.literal(h)), "choose")),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "tooLong")
    .pipe(z.union([z.literal(""), z.email("email")]))
    .optional()
    .transform((v) => v || undefined),
});

export type CreatedInvitation = { url: string; expiresAt: string; role: Role; mail: InvitationMailOutcome; email: string | null };

export const createInvitationAction = authedFormAction(ZCreateInvitation, async (input, actor): Promise<CreatedInvitation> => {
  const locale = await getLocale();
  const created = await createInvitation({
    actor,
    familyId: input.familyId,
    role: input.role,
    expiresInHours: input.expiresInHours,
    email: input.email,
    requestOrigin: await requestOrigin(),
    locale: isLocale(locale) ? locale : "ja",
  });
  revalidatePath(`/families/${created.familyId}/members`);
  return { url: created.url, expiresAt: created.expiresAt.toISOString(), role: created.role, mail: created.mail, email: input.email ?? null };
});
export type CreateInvitationState = FormState<CreatedInvitation>;

const ZRevokeInvitation = z.object({ familyId: ZId, invitationId: ZId });

export const revokeInvitationAction = authedFormAction(ZRevokeInvitation, async (input, actor) => {
  const { familyId } = await revokeInvitation({ actor, familyId: input.familyId, invitationId: input.invitationId });
  revalidatePath(`/families/${familyId}/members`);
  return { revoked: true };
});

const ZChangeRole = z.object({ familyId: ZId, membershipId: ZId, role: z.enum(ROLES, "choose") });

export const changeMemberRoleAction = authedFormAction(ZChangeRole, async (input, actor) => {
  const { familyId } = await changeMemberRole({ actor, familyId: input.familyId, membershipId: input.membershipId, role: input.role });
  revalidatePath(`/families/${familyId}`, "layout");
  return { role: input.role };
});

const ZRemoveMember = z.object({ familyId: ZId, membershipId: ZId });

export const removeMemberAction = authedFormAction(ZRemoveMember, async (input, actor) => {
  const { familyId } = await removeMember({ actor, familyId: input.familyId, membershipId: input.membershipId });
  revalidatePath(`/families/${familyId}`, "layout");
  return { removed: true };
});

/**
 * This site's origin as the owner's browser sees it, for the link shown on screen when APP_URL
 * is not configured (never for e-mail: see createInvitation). Next has already checked the
 * Origin header against Host for this action; Host is the fallback.
 */
async function requestOrigin(): Promise<string> {
  const h = await headers();
  const origin = h.get("origin");
  if (origin && /^https?:\/\/[^/\s]+$/.test(origin)) return origin;
  return `http://${h.get("host") ?? "localhost"}`;
}
