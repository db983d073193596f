import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { safeNextPath } from "@/lib/auth/next-path";
import { SignUpForm } from "./sign-up-form";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("signUpTitle") };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  const nextPath = safeNextPath(next);
  if (await getActor()) redirect(nextPath);
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-md space-y-5">
      <h1 className="text-3xl font-bold">{t("signUpTitle")}</h1>
      <p>{t("signUpLead")}</p>
      <SignUpForm next={nextPath} />
      <p>
        {t("haveAccount")}{" "}
        <Link className="link" href={`/signin?next=${encodeURIComponent(nextPath)}`}>
          {t("signInLink")}
        </Link>
      </p>
    </div>
  );
}
