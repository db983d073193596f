import { getTranslations } from "next-intl/server";
import { signIn } from "@/lib/auth/config";
import { safeNextPath } from "@/lib/auth/next-path";

/** Buttons for the sign-in providers that are configured (Google, LINE, e-mail link). */
export async function OAuthButtons({ providers, next }: { providers: { id: string; name: string }[]; next: string }) {
  const t = await getTranslations("auth");
  if (providers.length === 0) return null;
  return (
    <div className="space-y-2">
      <p className="font-bold">{t("otherWays")}</p>
      {providers
        .filter((p) => p.id !== "nodemailer")
        .map((p) => (
          <form
            key={p.id}
            action={async () => {
              "use server";
              await signIn(p.id, { redirectTo: safeNextPath(next) });
            }}
          >
            <button type="submit" className="btn-secondary w-full">
              {t("continueWith", { name: p.name })}
            </button>
          </form>
        ))}
      {providers.some((p) => p.id === "nodemailer") ? (
        <form
          className="space-y-2"
          action={async (formData: FormData) => {
            "use server";
            const email = String(formData.get("email") ?? "").trim().toLowerCase();
            if (!/^[^\s@]+@[^\s@]+$/.test(email) || email.length > 254) return;
            await signIn("nodemailer", { email, redirectTo: safeNextPath(next) });
          }}
        >
          <label htmlFor="magic-email" className="field-label">
            {t("magicLinkLabel")}
          </label>
          <input id="magic-email" name="email" type="email" autoComplete="email" className="field-input" required />
          <button type="submit" className="btn-secondary w-full">
            {t("magicLinkButton")}
          </button>
        </form>
      ) : null}
    </div>
  );
}
