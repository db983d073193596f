import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import { getInvitationPreview } from "@/lib/families/get-invitation-preview";
import { clientIp, LIMITS, peekRateLimit } from "@/lib/rate-limit/rate-limit";
import { AcceptInvitationForm } from "./accept-form";

export async function generateMetadata(): Promise<Metadata> {
  // no-referrer is also sent as a header for /invite/* (next.config.js); the meta tag covers old browsers.
  return { title: (await getTranslations("invite"))("pageTitle"), referrer: "no-referrer", robots: { index: false, follow: false } };
}

/**
 * The page an invitation link opens. A GET only shows: who invites to which family, or why the
 * link no longer works. Joining is the POST of AcceptInvitationForm. Signed out, the way in is
 * sign-up or sign-in with `next` pointing back here.
 */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const actor = await getActor();
  const t = await getTranslations("invite");
  const tErrors = await getTranslations("errors");

  // Over the accept limit: say so instead of offering a button that will be refused. Peeking
  // does not count; only attempts to join do (the action).
  const limit = await peekRateLimit(LIMITS.inviteAcceptIp, clientIp(await headers()));
  if (!limit.ok) return <Notice title={t("rateLimitedTitle")} body={tErrors("RATE_LIMITED")} home={t("home")} />;

  let preview;
  try {
    preview = await getInvitationPreview({ token, actor });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }

  if (preview.status !== "PENDING") {
    const key = ({ EXPIRED: "expired", REVOKED: "revoked", USED: "used" } as const)[preview.status];
    return <Notice title={t(`${key}Title`)} body={t(`${key}Body`)} home={t("home")} />;
  }

  const format = await getFormatter();
  const tFamilies = await getTranslations("families");
  const next = encodeURIComponent(`/invite/${token}`);
  return (
    <div className="mx-auto max-w-md space-y-5">
      <h1 className="text-3xl font-bold">{t("pageTitle")}</h1>
      <section className="card space-y-3">
        <p className="text-xl font-bold">
          {preview.inviterName ? t("fromWho", { inviter: preview.inviterName, family: preview.familyName }) : t("fromUnknown", { family: preview.familyName })}
        </p>
        <p>{t("roleIs", { role: tFamilies(`role.${preview.role}`) })}</p>
        <p className="text-muted">{t("validUntil", { date: format.dateTime(preview.expiresAt, { dateStyle: "long", timeStyle: "short" }) })}</p>
      </section>
      <p>{t("about")}</p>

      {!actor ? (
        <div className="space-y-3">
          <p>{t("signedOutLead")}</p>
          <div className="flex flex-col gap-3">
            <Link href={`/signup?next=${next}`} className="btn-primary">
              {t("signUp")}
            </Link>
            <Link href={`/signin?next=${next}`} className="btn-secondary">
              {t("signIn")}
            </Link>
          </div>
        </div>
      ) : preview.alreadyMember ? (
        <div className="space-y-3">
          <p role="status" className="rounded-lg bg-ok-bg p-3 font-bold text-ok">
            {t("alreadyMember", { family: preview.familyName })}
          </p>
          <Link href={`/families/${preview.familyId}`} className="btn-primary w-full">
            {t("openFamily")}
          </Link>
        </div>
      ) : (
        <AcceptInvitationForm token={token} />
      )}
    </div>
  );
}

function Notice({ title, body, home }: { title: string; body: string; home: string }) {
  return (
    <div className="mx-auto max-w-md space-y-5">
      <div className="card space-y-3 border-2 border-warn">
        <h1 className="text-2xl font-bold">{title}</h1>
        <p>{body}</p>
      </div>
      <Link href="/" className="btn-secondary w-full">
        {home}
      </Link>
    </div>
  );
}
