import { useTranslations } from "next-intl";

/** "あと3日" / "今日まで" / "期限を3日過ぎています", from whole days left in Japan time. */
export function DeadlineText({ deadline, daysLeft, status }: { deadline: string | null; daysLeft: number | null; status: string }) {
  const t = useTranslations("deadline");
  if (!deadline || daysLeft === null) return <span className="text-muted">{t("none")}</span>;
  const date = t("date", { date: new Date(`${deadline}T00:00:00+09:00`) });
  if (status !== "OPEN") return <span>{date}</span>;
  const cls = daysLeft < 0 ? "font-bold text-danger" : daysLeft <= 3 ? "font-bold text-warn" : "";
  const text = daysLeft < 0 ? t("overdue", { days: -daysLeft }) : daysLeft === 0 ? t("today") : t("left", { days: daysLeft });
  return (
    <span className={cls}>
      {text}（{date}）
    </span>
  );
}
