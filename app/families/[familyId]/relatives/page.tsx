import { getTranslations } from "next-intl/server";
import { requireFamilyPage } from "@/lib/families/require-family-page";
import { listRelatives } from "@/lib/relatives/list-relatives";
import { RECEIVES_VIA, type ReceivesVia } from "@/lib/relatives/relative-fields";
import { RelativeForm } from "./relative-form";

export async function generateMetadata() {
  return { title: (await getTranslations("relatives"))("title") };
}

const asReceivesVia = (value: string): ReceivesVia => ((RECEIVES_VIA as readonly string[]).includes(value) ? (value as ReceivesVia) : "UNKNOWN");

/** Every member may add and edit relatives (relative.manage); the actions check it again. */
export default async function RelativesPage({ params }: { params: Promise<{ familyId: string }> }) {
  const { familyId: unverifiedFamilyId } = await params;
  const { actor, access } = await requireFamilyPage(unverifiedFamilyId, `/families/${unverifiedFamilyId}/relatives`, "relative.manage");
  const relatives = await listRelatives({ actor, familyId: access.familyId });
  const t = await getTranslations("relatives");
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p>{t("lead")}</p>
      </div>
      {relatives.length === 0 ? <p className="card">{t("none")}</p> : null}
      <ul className="grid gap-3" aria-label={t("title")}>
        {relatives.map((r) => {
          const via = asReceivesVia(r.receivesVia);
          return (
            <li key={r.id} className="card space-y-2" data-testid="relative">
              <p className="text-xl font-bold">{r.displayName}</p>
              <p>{t("via", { via: t(`viaOption.${via}`) })}</p>
              {r.note ? <p className="whitespace-pre-line text-muted">{r.note}</p> : null}
              <details>
                <summary className="btn-secondary w-full cursor-pointer list-none sm:w-auto">{t("edit")}</summary>
                <div className="mt-3">
                  <RelativeForm familyId={access.familyId} relative={{ id: r.id, displayName: r.displayName, receivesVia: via, note: r.note }} />
                </div>
              </details>
            </li>
          );
        })}
      </ul>
      <section aria-labelledby="add-relative-title" className="card space-y-4">
        <h2 id="add-relative-title" className="text-2xl font-bold">
          {t("addTitle")}
        </h2>
        <RelativeForm familyId={access.familyId} />
      </section>
    </div>
  );
}
