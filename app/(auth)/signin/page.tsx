import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { oauthProviders } from "@/lib/auth/config";
import { safeNextPath } from "@/lib/auth/next-path";
import { OAuthButtons } from "./oauth-buttons";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; changed?: string; check?: string }> }) {
  const { next, changed, check } = await searchParams;
  const nextPath = safeNextPath(next);
  if (await getActor()) redirect(nextPath);
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-md space-y-5">
      <h1 className="text-3xl font-bold">{t("signInTitle")}</h1>
      {check === "email" ? (
        <p role="status" className="rounded-lg bg-ok-bg p-3 font-bold text-ok">
          {t("checkEmail")}
        </p>
      ) : null}
      {changed ? (
        <p role="status" className="rounded-lg bg-ok-bg p-3 font-bold text-ok">
          {t("passwordChanged")}
        </p>
      ) : null}
      <SignInForm next={nextPath} />
      <OAuthButtons providers={oauthProviders} next={nextPath} />
      <p>
        {t("noAccount")}{" "}
        <Link className="link" href={`/signup?next=${encodeURIComponent(nextPath)}`}>
          {t("signUpLink")}
        </Link>
      </p>
    </div>
  );
}
