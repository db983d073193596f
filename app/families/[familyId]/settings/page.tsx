import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/families/permissions";
import { requireFamilyPage } from "@/lib/families/require-family-page";
import { LeaveFamilyForm, RenameFamilyForm } from "./settings-forms";

export async function generateMetadata() {
  return { title: (await getTranslations("familySettings"))("title") };
}

/** Rename (owners), leave (anyone but the last owner), and the way back to the list of families. */
export default async function FamilySettingsPage({ params }: { params: Promise<{ familyId: string }> }) {
  const { familyId: unverifiedFamilyId } = await params;
  const { access } = await requireFamilyPage(unverifiedFamilyId, `/families/${unverifiedFamilyId}/settings`);
  const t = await getTranslations("familySettings");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>

      <section aria-labelledby="rename-title" className="card space-y-4">
        <h2 id="rename-title" className="text-2xl font-bold">
          {t("renameTitle")}
        </h2>
        {can(access.role, "family.rename") ? (
          <RenameFamilyForm familyId={access.familyId} currentName={access.familyName} />
        ) : (
          <p role="note" className="rounded-lg bg-warn-bg p-3 font-bold text-warn">
            {t("renameOwnersOnly")}
          </p>
        )}
      </section>

      <section aria-labelledby="switch-title" className="card space-y-3">
        <h2 id="switch-title" className="text-2xl font-bold">
          {t("switchTitle")}
        </h2>
        <p>{t("switchHelp")}</p>
        <Link href="/" className="btn-secondary">
          {t("switchLink")}
        </Link>
      </section>

      <section aria-labelledby="leave-title" className="card space-y-3">
        <h2 id="leave-title" className="text-2xl font-bold">
          {t("leaveTitle")}
        </h2>
        <p>{t("leaveHelp")}</p>
        <LeaveFamilyForm familyId={access.familyId} familyName={access.familyName} />
      </section>
    </div>
  );
}
