import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { isRecordNotFound } from "../db/errors";
import { env } from "../env";
import { AppError } from "../errors";
import type { Locale } from "../i18n/config";
import { invitationMail } from "../mail/invitation-mail";
import { isMailConfigured, sendMail } from "../mail/send-mail";
import { hitRateLimit, type Limit } from "../rate-limit/rate-limit";
import { getFamilyAccess } from "./access";
import { familyWhereActorCan } from "./family-where";
import type { InvitationExpiryHours } from "./invitation-rules";
import { newInvitationToken } from "./invitation-token";
import type { Role } from "./permissions";

/** Invitation e-mails an owner may send in an hour: enough for a family, useless for spam. */
export const INVITE_MAIL_LIMIT: Limit = { name: "invite:mail", max: 20, windowSeconds: 60 * 60 };

export type InvitationMailOutcome = "sent" | "failed" | "notConfigured" | "notRequested";

/**
 * An owner creates a one-use invitation link carrying `role`.
 *
 * Invariants: the token is returned once, here, and never stored (only its SHA-256); the link
 * is created by a write that re-checks the owner's membership in its own WHERE (a nested create
 * under `family.update`), so an owner demoted a moment ago cannot create one. E-mail is sent
 * after the link exists and a mail failure never loses the link: the owner can still copy it.
 * A link in an e-mail is built from APP_URL only, never from request headers: otherwise a
 * request with a forged Host/Origin could make this server mail out a link to another site.
 */
export async function createInvitation({
  actor,
  familyId,
  role,
  expiresInHours,
  email,
  requestOrigin,
  locale,
  now = new Date(),
}: {
  actor: Actor;
  familyId: string;
  role: Role;
  expiresInHours: InvitationExpiryHours;
  email?: string | undefined;
  /** This site's origin as the request shows it; used for the link shown when APP_URL is not set. */
  requestOrigin: string;
  locale: Locale;
  now?: Date;
}) {
  const access = await getFamilyAccess(actor, familyId, "invitation.create");
  const wantsMail = Boolean(email) && invitationMailEnabled();
  if (wantsMail) {
    const limit = await hitRateLimit(INVITE_MAIL_LIMIT, actor.userId, now);
    if (!limit.ok) throw new AppError("RATE_LIMITED", undefined, { retryAfterSeconds: limit.retryAfterSeconds });
  }
  const { token, tokenHash } = newInvitationToken();
  const expiresAt = new Date(now.getTime() + expiresInHours * 60 * 60 * 1000);
  let created;
  try {
    created = await db.family.update({
      where: { id: access.familyId, ...familyWhereActorCan(actor, "invitation.create") },
      data: {
        invitations: { create: { role, tokenHash, email: email ?? null, invitedById: actor.userId, expiresAt, createdAt: now } },
        activities: { create: { actorId: actor.userId, type: "invitation.created", data: JSON.stringify({ role, expiresAt }) } },
      },
      select: { name: true, invitations: { where: { tokenHash }, select: { id: true } } },
    });
  } catch (error) {
    // The membership changed between the access check and the write: refuse as the check would now.
    if (isRecordNotFound(error)) {
      await getFamilyAccess(actor, familyId, "invitation.create");
      throw new AppError("NOT_FOUND");
    }
    throw error;
  }
  const url = invitationUrl(env.APP_URL ?? requestOrigin, token);
  let mail: InvitationMailOutcome = email ? "notConfigured" : "notRequested";
  if (email && wantsMail) {
    try {
      await sendMail(await invitationMail({ locale, to: email, familyName: created.name, inviterName: actor.name ?? actor.email ?? "", url, expiresAt }));
      mail = "sent";
    } catch (error) {
      console.error("[invitation] e-mail not sent", error);
      mail = "failed";
    }
  }
  return { invitationId: created.invitations[0]!.id, familyId: access.familyId, role, url, expiresAt, mail };
}

/** Whether invitation e-mails can be sent: SMTP_URL and APP_URL are both set. */
export const invitationMailEnabled = (): boolean => isMailConfigured() && Boolean(env.APP_URL);

/** The link the invitee opens. `baseUrl` is APP_URL, or this site's own origin when it is not set. */
export function invitationUrl(baseUrl: string, token: string): string {
  return new URL(`/invite/${token}`, baseUrl).toString();
}
