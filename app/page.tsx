import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { MyFamilies } from "./_components/my-families";

export default async function HomePage() {
  const actor = await getActor();
  if (actor) return <MyFamilies actor={actor} />;
  const t = await getTranslations("home");
  return (
    <div className="space-y-6">
      <section className="space-y-3 pt-2">
        <h1 className="text-3xl leading-snug font-bold">{t("title")}</h1>
        <p className="text-lg">{t("lead")}</p>
      </section>
      <p role="note" className="rounded-lg border-2 border-danger bg-danger-bg p-4 font-bold text-danger">
        {t("safety")}
      </p>
      <ul className="grid gap-3">
        {(["1", "2", "3"] as const).map((n) => (
          <li key={n} className="card">
            <h2 className="text-xl font-bold">{t(`point${n}Title`)}</h2>
            <p>{t(`point${n}`)}</p>
          </li>
        ))}
      </ul>
      <div className="flex flex-col gap-3 sm:flex-row">
        <Link href="/signup" className="btn-primary">
          {t("getStarted")}
        </Link>
        <Link href="/signin" className="btn-secondary">
          {t("haveAccount")}
        </Link>
      </div>
    </div>
  );
}
