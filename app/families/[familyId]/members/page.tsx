import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { invitationMailEnabled } from "@/lib/families/create-invitation";
import { listMembers } from "@/lib/families/list-members";
import { listPendingInvitations } from "@/lib/families/list-pending-invitations";
import { can } from "@/lib/families/permissions";
import { requireFamilyPage } from "@/lib/families/require-family-page";
import { InviteForm } from "./invite-form";
import { ChangeRoleForm, RemoveMemberForm } from "./member-forms";
import { RevokeInvitationForm } from "./revoke-invitation-form";

export async function generateMetadata() {
  return { title: (await getTranslations("members"))("title") };
}

/** Visible to every member; inviting, role changes and removal only to owners (checked again by each action). */
export default async function MembersPage({ params }: { params: Promise<{ familyId: string }> }) {
  const { familyId: unverifiedFamilyId } = await params;
  const { actor, access } = await requireFamilyPage(unverifiedFamilyId, `/families/${unverifiedFamilyId}/members`, "member.list");
  const familyId = access.familyId;
  const isOwner = can(access.role, "member.changeRole");
  const [members, pending] = await Promise.all([
    listMembers({ actor, familyId }),
    can(access.role, "invitation.list") ? listPendingInvitations({ actor, familyId }) : Promise.resolve([]),
  ]);
  const t = await getTranslations("members");
  const tInvite = await getTranslations("invite");
  const tFamilies = await getTranslations("families");
  const format = await getFormatter();
  const when = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  const whenTime = (d: Date) => format.dateTime(d, { dateStyle: "long", timeStyle: "short" });
  // The only owner is not offered to step down: it would be refused (LAST_OWNER) anyway.
  const ownerCount = members.filter((m) => m.role === "OWNER").length;

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p>{t("lead")}</p>
      </div>

      <ul className="grid gap-3" aria-label={t("title")}>
        {members.map((m) => {
          const name = m.name ?? t("noName");
          return (
            <li key={m.membershipId} className="card space-y-3" data-testid="member">
              <div>
                <p className="text-xl font-bold">
                  {name}
                  {m.isMe ? <span className="ml-2 text-base font-normal text-muted">{t("you")}</span> : null}
                </p>
                <p>
                  <span data-testid="member-role" className={m.role === "OWNER" ? "font-bold text-brand" : "font-bold"}>
                    {tFamilies(`role.${m.role}`)}
                  </span>
                  <span className="text-muted"> · {t("joined", { date: when(m.joinedAt) })}</span>
                </p>
              </div>
              {isOwner ? (
                <div className="space-y-3">
                  {m.isMe && ownerCount < 2 ? null : (
                    <ChangeRoleForm familyId={familyId} membershipId={m.membershipId} toRole={m.role === "OWNER" ? "MEMBER" : "OWNER"} isMe={m.isMe} />
                  )}
                  {m.isMe ? null : <RemoveMemberForm familyId={familyId} membershipId={m.membershipId} name={name} />}
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      <p className="text-muted">{t("roleHelp")}</p>

      <section aria-labelledby="invite-title" className="card space-y-4">
        <h2 id="invite-title" className="text-2xl font-bold">
          {tInvite("createTitle")}
        </h2>
        {can(access.role, "invitation.create") ? (
          <>
            <p>{tInvite("createLead")}</p>
            <InviteForm familyId={familyId} familyName={access.familyName} mailEnabled={invitationMailEnabled()} />
          </>
        ) : (
          <p role="note" className="rounded-lg bg-warn-bg p-3 font-bold text-warn">
            {tInvite("ownersOnly")}
          </p>
        )}
      </section>

      {can(access.role, "invitation.list") ? (
        <section aria-labelledby="pending-title" className="card space-y-3">
          <h2 id="pending-title" className="text-2xl font-bold">
            {tInvite("pendingTitle")}
          </h2>
          {pending.length === 0 ? <p>{tInvite("pendingNone")}</p> : null}
          <ul className="grid gap-3">
            {pending.map((inv) => (
              <li key={inv.id} className="space-y-2 rounded-lg border border-gray-300 p-3" data-testid="pending-invitation">
                <p className="font-bold">{tInvite("pendingRole", { role: tFamilies(`role.${inv.role}`) })}</p>
                <p className="text-muted">
                  {tInvite("pendingUntil", { date: whenTime(inv.expiresAt) })}
                  {inv.invitedByName ? ` · ${tInvite("pendingBy", { name: inv.invitedByName })}` : null}
                  {inv.email ? ` · ${tInvite("pendingEmail", { email: inv.email })}` : null}
                </p>
                <RevokeInvitationForm familyId={familyId} invitationId={inv.id} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <div className="flex flex-col gap-3 sm:flex-row">
        <Link href={`/families/${familyId}/settings`} className="btn-secondary">
          {t("settingsLink")}
        </Link>
        <Link href="/" className="btn-secondary">
          {tFamilies("switchFamily")}
        </Link>
      </div>
    </div>
  );
}
