import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { setLocaleAction } from "../_actions/locale";

/** Top bar: app name, and a language switch that works without JavaScript (a plain form post). */
export async function SiteHeader() {
  const actor = await getActor();
  const t = await getTranslations("common");
  const locale = await getLocale();
  const other = locale === "ja" ? "en" : "ja";
  return (
    <header className="border-b border-gray-300 bg-white">
      <div className="mx-auto flex w-full max-w-3xl flex-wrap items-center justify-between gap-2 px-4 py-2">
        <Link href="/" className="text-2xl font-bold text-brand no-underline">
          {t("appName")}
        </Link>
        <div className="flex items-center gap-2">
          {actor ? (
            <Link href="/account" className="btn-secondary min-h-11 px-3 py-1">
              {t("account")}
            </Link>
          ) : (
            <Link href="/signin" className="btn-secondary min-h-11 px-3 py-1">
              {t("signIn")}
            </Link>
          )}
          <form action={setLocaleAction}>
            <input type="hidden" name="locale" value={other} />
            <button type="submit" className="btn-secondary min-h-11 px-3 py-1" lang={other} aria-label={t("switchToLabel")}>
              {t("switchTo")}
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
