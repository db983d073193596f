import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireFamilyPage } from "@/lib/families/require-family-page";

/**
 * Family frame: name and section links. Each page below checks access itself as well: a layout
 * is not re-rendered on every navigation, so it is never the only guard.
 */
export default async function FamilyLayout({ children, params }: { children: React.ReactNode; params: Promise<{ familyId: string }> }) {
  const { familyId } = await params;
  const { access } = await requireFamilyPage(familyId, `/families/${familyId}`);
  const t = await getTranslations("families");
  const base = `/families/${access.familyId}`;
  return (
    <div className="space-y-4">
      <div>
        <p className="text-2xl font-bold">{access.familyName}</p>
        <nav aria-label={access.familyName} className="mt-2 flex flex-wrap gap-2">
          <Link href={base} className="btn-secondary min-h-11 px-3 py-1">
            {t("nav.cases")}
          </Link>
          <Link href={`${base}/relatives`} className="btn-secondary min-h-11 px-3 py-1">
            {t("nav.relatives")}
          </Link>
          <Link href={`${base}/members`} className="btn-secondary min-h-11 px-3 py-1">
            {t("nav.members")}
          </Link>
          <Link href={`${base}/settings`} className="btn-secondary min-h-11 px-3 py-1">
            {t("nav.settings")}
          </Link>
        </nav>
      </div>
      {children}
    </div>
  );
}
