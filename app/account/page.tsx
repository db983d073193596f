import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { ChangePasswordForm } from "./change-password-form";
import { signOutAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const actor = await requireActor("/account");
  const t = await getTranslations("account");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("signedInAs", { email: actor.email ?? "" })}</p>
      <ChangePasswordForm />
      <section className="card space-y-3">
        <h2 className="text-xl font-bold">{t("signOutTitle")}</h2>
        <p>{t("signOutHelp")}</p>
        <form action={signOutAction}>
          <button type="submit" className="btn-secondary">
            {t("signOutButton")}
          </button>
        </form>
      </section>
    </div>
  );
}
