import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { listMyFamilies } from "@/lib/families/list-my-families";
import { CreateFamilyForm } from "./create-family-form";

export async function MyFamilies({ actor }: { actor: Actor }) {
  const t = await getTranslations("families");
  const tHome = await getTranslations("home");
  const families = await listMyFamilies({ actor });
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{tHome("myFamilies")}</h1>
      {families.length === 0 ? <p className="card">{tHome("noFamilies")}</p> : null}
      <ul className="grid gap-3">
        {families.map((f) => (
          <li key={f.id}>
            <Link href={`/families/${f.id}`} className="card block no-underline hover:border-brand">
              <span className="block text-xl font-bold text-brand">{f.name}</span>
              <span className="text-muted">
                {t("summary", { open: f.openCases, members: f.memberCount })} · {t(`role.${f.role}`)}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <CreateFamilyForm />
    </div>
  );
}
