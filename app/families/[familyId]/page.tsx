import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DeadlineText } from "@/app/_components/deadline-text";
import { VerdictBadge } from "@/app/_components/verdict-badge";
import { listCases, type CaseFilters } from "@/lib/cases/list-cases";
import { CASE_STATUSES } from "@/lib/cases/types";
import { requireFamilyPage } from "@/lib/families/require-family-page";
import { listRelatives } from "@/lib/relatives/list-relatives";
import { getIssuer } from "@/lib/rules";

type Search = { relative?: string; status?: string; all?: string };

/** Rows shown before "show all": the urgent ones come first, so they are always in view. */
const FIRST_ROWS = 30;

/** The family's cases, most urgent first: overdue, due within 3 days, open, then closed. */
export default async function FamilyDashboardPage({ params, searchParams }: { params: Promise<{ familyId: string }>; searchParams: Promise<Search> }) {
  const { familyId } = await params;
  const search = await searchParams;
  const { actor, access } = await requireFamilyPage(familyId, `/families/${familyId}`);
  const t = await getTranslations("dashboard");
  const tStatus = await getTranslations("caseStatus");
  const locale = await getLocale();
  const status = (CASE_STATUSES as readonly string[]).includes(search.status ?? "") ? (search.status as CaseFilters["status"]) : undefined;
  const [relatives, cases] = await Promise.all([
    listRelatives({ actor, familyId: access.familyId }),
    listCases({ actor, familyId: access.familyId, filters: { relativeId: search.relative || undefined, status }, now: new Date() }),
  ]);
  const base = `/families/${access.familyId}`;
  const shown = search.all === "1" ? cases : cases.slice(0, FIRST_ROWS);
  const showAllHref = `${base}?${new URLSearchParams({ ...(search.relative ? { relative: search.relative } : {}), ...(status ? { status } : {}), all: "1" }).toString()}`;
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <Link href={`${base}/cases/new`} className="btn-primary">
          {t("logMessage")}
        </Link>
      </div>
      {relatives.length === 0 ? (
        <p className="card">
          {t("noRelatives")}{" "}
          <Link className="link" href={`${base}/relatives`}>
            {t("addRelative")}
          </Link>
        </p>
      ) : null}
      <form method="get" className="card flex flex-wrap items-end gap-3" aria-label={t("filters")}>
        <div>
          <label htmlFor="filter-relative" className="field-label">
            {t("filterRelative")}
          </label>
          <select id="filter-relative" name="relative" defaultValue={search.relative ?? ""} className="field-input">
            <option value="">{t("all")}</option>
            {relatives.map((r) => (
              <option key={r.id} value={r.id}>
                {r.displayName}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-status" className="field-label">
            {t("filterStatus")}
          </label>
          <select id="filter-status" name="status" defaultValue={status ?? ""} className="field-input">
            <option value="">{t("all")}</option>
            {CASE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {tStatus(s)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-secondary">
          {t("apply")}
        </button>
      </form>
      {cases.length === 0 ? <p className="card">{t("empty")}</p> : null}
      <ul className="grid gap-3" aria-label={t("listLabel")}>
        {shown.map((c) => (
          <li key={c.id}>
            <Link
              href={`${base}/cases/${c.id}`}
              className={`card block space-y-1 no-underline hover:border-brand ${c.group === 0 ? "border-2 border-danger" : c.group === 1 ? "border-2 border-warn" : ""}`}
              data-testid="case-row"
            >
              <span className="flex flex-wrap items-center gap-2">
                <VerdictBadge verdict={c.verdict} />
                <span className="rounded bg-gray-100 px-2 text-muted">{tStatus(c.status)}</span>
                {c.status === "DONE" && c.doneOnTime === false ? <span className="font-bold text-warn">{t("late")}</span> : null}
              </span>
              <span className="block text-lg font-bold text-ink">{c.title}</span>
              <span className="block text-muted">
                {c.relative.displayName}
                {c.issuer ? ` · ${issuerName(c.issuer, locale)}` : ""}
              </span>
              <span className="block">
                <DeadlineText deadline={c.deadline} daysLeft={c.daysLeft} status={c.status} />
              </span>
              <span className="block text-muted">{c.assignee ? t("assignee", { name: c.assignee.name ?? "—" }) : t("noAssignee")}</span>
            </Link>
          </li>
        ))}
      </ul>
      {shown.length < cases.length ? (
        <Link href={showAllHref} className="btn-secondary w-full">
          {t("showAll", { count: cases.length })}
        </Link>
      ) : null}
    </div>
  );
}

function issuerName(id: string, locale: string) {
  const issuer = getIssuer(id);
  if (!issuer) return id;
  return locale === "en" ? issuer.names.en : issuer.names.ja;
}
