import { getTranslations } from "next-intl/server";
import { japanDate } from "@/lib/dates/japan-date";
import { requireFamilyPage } from "@/lib/families/require-family-page";
import { listRelatives } from "@/lib/relatives/list-relatives";
import { LogMessageForm } from "./log-message-form";

export async function generateMetadata() {
  return { title: (await getTranslations("caseLog"))("title") };
}

/** Log a received message: a new case, or (with ?case=) one more message in an existing case. */
export default async function NewCasePage({ params, searchParams }: { params: Promise<{ familyId: string }>; searchParams: Promise<{ case?: string; relative?: string }> }) {
  const { familyId } = await params;
  const search = await searchParams;
  const { actor, access } = await requireFamilyPage(familyId, `/families/${familyId}/cases/new`, "case.write");
  const t = await getTranslations("caseLog");
  const relatives = await listRelatives({ actor, familyId: access.familyId });
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("lead")}</p>
      <LogMessageForm
        familyId={access.familyId}
        caseId={search.case}
        relatives={relatives.map((r) => ({ id: r.id, displayName: r.displayName }))}
        defaultRelativeId={search.relative ?? (relatives.length === 1 ? relatives[0]!.id : undefined)}
        today={japanDate(new Date())}
      />
    </div>
  );
}
