"use client";

import { useTranslations } from "next-intl";

/** Unexpected errors only; expected ones (AppError) are shown where they happen. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <div className="card space-y-3">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("body")}</p>
      <button type="button" className="btn-primary" onClick={() => reset()}>
        {t("retry")}
      </button>
    </div>
  );
}
