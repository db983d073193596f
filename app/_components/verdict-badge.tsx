import { useTranslations } from "next-intl";

const STYLE: Record<string, string> = {
  likely_genuine: "bg-ok-bg text-ok border-ok",
  caution: "bg-warn-bg text-warn border-warn",
  likely_phishing: "bg-danger-bg text-danger border-danger",
};
const ICON: Record<string, string> = { likely_genuine: "✓", caution: "!", likely_phishing: "✕" };

/** The verdict in words plus an icon, never by colour alone. */
export function VerdictBadge({ verdict, size = "md" }: { verdict: string | null; size?: "md" | "lg" }) {
  const t = useTranslations("verdict");
  if (!verdict) return <span className="inline-block rounded border border-gray-400 px-2 text-muted">{t("none")}</span>;
  const big = size === "lg" ? "px-4 py-2 text-2xl" : "px-2 py-0.5";
  return (
    <span className={`inline-flex items-center gap-1 rounded-lg border-2 font-bold ${big} ${STYLE[verdict] ?? ""}`}>
      <span aria-hidden="true">{ICON[verdict] ?? "?"}</span>
      {t.has(`label.${verdict}`) ? t(`label.${verdict}`) : verdict}
    </span>
  );
}
