import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DeadlineText } from "@/app/_components/deadline-text";
import { InertMessage } from "@/app/_components/inert-message";
import { VerdictBadge } from "@/app/_components/verdict-badge";
import { requireActor } from "@/lib/auth/actor";
import { getCase } from "@/lib/cases/get-case";
import { daysUntil } from "@/lib/dates/japan-date";
import { isAppError } from "@/lib/errors";
import { getCampaign, getIssuer, RULESET_VERSION, SCAM_REPORT_CHECKLIST, SCAM_URGENT_CHECKLIST } from "@/lib/rules";
import { CaseControls } from "./case-controls";
import { Checklist } from "./checklist";
import { Notes } from "./notes";

export async function generateMetadata() {
  return { title: (await getTranslations("case"))("metaTitle") };
}

export default async function CasePage({ params }: { params: Promise<{ familyId: string; caseId: string }> }) {
  const { familyId, caseId } = await params;
  const actor = await requireActor(`/families/${familyId}/cases/${caseId}`);
  const c = await getCase({ actor, caseId }).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  if (c.familyId !== familyId) notFound();
  const t = await getTranslations("case");
  const tc = await getTranslations("channels");
  const tStatus = await getTranslations("caseStatus");
  const ta = await getTranslations("activity");
  const locale = (await getLocale()) as "ja" | "en";
  const now = new Date();
  const latest = c.messages.at(-1);
  const verdict = latest?.verdict ?? null;
  const campaign = c.campaign ? getCampaign(c.campaign) : null;
  const issuer = c.issuer ? getIssuer(c.issuer) : null;
  const daysLeft = c.deadline ? daysUntil(c.deadline, now) : null;
  const overdue = c.status === "OPEN" && daysLeft !== null && daysLeft < 0;
  const phishing = verdict?.verdict === "likely_phishing";
  const hidden = { familyId: c.familyId, caseId: c.id, version: c.version };
  // Advice the page already shows in its own section (steps checklist, deadline box, done box).
  const shownElsewhere = new Set(campaign && !phishing ? ["campaign-steps", "deadline", "may-keep-showing"] : []);
  const advice = (verdict?.advice ?? []).filter((a) => !shownElsewhere.has(a.id));
  const fmt = (d: Date) => new Intl.DateTimeFormat(locale === "ja" ? "ja-JP" : "en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Tokyo" }).format(d);

  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <p className="text-muted">
          <Link className="link" href={`/families/${c.familyId}`}>
            {t("backToList")}
          </Link>
        </p>
        <h1 className="text-2xl leading-snug font-bold">{c.title}</h1>
        <p className="text-muted">
          {t("forRelative", { name: c.relative.displayName })}
          {issuer ? ` · ${issuer.names[locale]}` : ""} · <span data-testid="case-status">{tStatus(c.status)}</span>
        </p>
      </header>

      {/* 1. The verdict and the safe way to answer come first. */}
      <section aria-labelledby="verdict-h" className={`card space-y-3 border-2 ${phishing ? "border-danger" : verdict?.verdict === "likely_genuine" ? "border-ok" : "border-warn"}`}>
        <h2 id="verdict-h" className="text-xl font-bold">
          {t("verdictTitle")}
        </h2>
        <div data-testid="verdict">
          <VerdictBadge verdict={verdict?.verdict ?? null} size="lg" />
        </div>
        {verdict ? <p className="text-lg">{t(`verdictLead.${verdict.verdict}`)}</p> : null}
        {verdict && verdict.rulesetVersion !== RULESET_VERSION ? (
          <p className="rounded bg-warn-bg p-2 text-warn" data-testid="old-ruleset">
            {t("oldRuleset", { version: verdict.rulesetVersion })}
          </p>
        ) : null}
        {campaign && !phishing ? (
          <div className="space-y-2 rounded-lg bg-blue-50 p-4">
            <p className="text-lg font-bold">{t("campaignMatched", { name: campaign.names[locale] })}</p>
            <p className="text-lg font-bold">{t("safeWay")}</p>
          </div>
        ) : null}
        {advice.length > 0 ? (
          <div>
            <h3 className="font-bold">{t("adviceTitle")}</h3>
            <ul className="list-disc space-y-1 pl-6">
              {advice.map((a) => (
                <li key={a.id}>{a[locale]}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {verdict && verdict.findings.length > 0 ? (
          <details open={phishing}>
            <summary className="cursor-pointer font-bold">{t("reasonsTitle", { count: verdict.findings.length })}</summary>
            <ul className="mt-2 space-y-2">
              {verdict.findings.map((f, i) => (
                <li key={i} className="border-l-4 pl-3" style={{ borderColor: f.severity === "positive" ? "#1b5e20" : f.severity === "critical" || f.severity === "high" ? "#b00020" : "#7a4b00" }}>
                  <span className="sr-only">{t(`severity.${f.severity}`)}: </span>
                  {f.explanation[locale]}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
        <p className="text-sm text-muted">{t("neverSure")}</p>
      </section>

      {/* 2. Deadline state, plainly. */}
      <section aria-labelledby="deadline-h" className="card space-y-2">
        <h2 id="deadline-h" className="text-xl font-bold">
          {t("deadlineTitle")}
        </h2>
        <p className="text-lg" data-testid="deadline">
          <DeadlineText deadline={c.deadline} daysLeft={daysLeft} status={c.status} />
        </p>
        {overdue ? (
          <p className="rounded-lg bg-warn-bg p-3 font-bold text-warn" data-testid="late-accepted">
            {campaign?.lateAnswersAccepted ? t("lateStillAccepted") : t("lateCheckOfficial")}
          </p>
        ) : null}
      </section>

      {/* 3. Guided answer steps for a known campaign (from the catalog, never from the message). */}
      {campaign && !phishing && c.status === "OPEN" ? (
        <section aria-labelledby="steps-h" className="card space-y-3">
          <h2 id="steps-h" className="text-xl font-bold">
            {t("stepsTitle")}
          </h2>
          <p>{t("stepsLead")}</p>
          <Checklist familyId={c.familyId} caseId={c.id} items={campaign.answerSteps.map((s) => ({ id: `step:${s.id}`, text: s[locale], source: s.source }))} checked={c.checkedSteps} />
          {campaign.answerSteps.every((s) => c.checkedSteps.includes(`step:${s.id}`)) ? <p className="font-bold text-ok">{t("stepsAllDone")}</p> : null}
        </section>
      ) : null}

      {/* 4. Who helps, mark done, dismiss as scam, reopen. */}
      <CaseControls
        hidden={hidden}
        status={c.status}
        phishing={phishing}
        deadline={c.deadline}
        assigneeId={c.assignee?.id ?? null}
        members={c.members.map((m) => ({ id: m.id, name: m.name ?? "—" }))}
        done={
          c.status === "DONE"
            ? { by: c.doneBy?.name ?? "—", at: c.doneAt ? fmt(c.doneAt) : "", onTime: c.doneOnTime, note: c.doneNote, mayKeepShowing: campaign?.mayKeepShowingAfterAnswer ?? false }
            : null
        }
      />

      {c.status === "DISMISSED" ? (
        <section aria-labelledby="scam-h" className="card space-y-4 border-2 border-danger">
          <h2 id="scam-h" className="text-xl font-bold">
            {t("scamTitle")}
          </h2>
          {c.scamExposure && c.scamExposure !== "none" ? (
            <div className="space-y-2 rounded-lg bg-danger-bg p-3">
              <h3 className="text-lg font-bold text-danger">{t("urgentTitle")}</h3>
              <Checklist familyId={c.familyId} caseId={c.id} items={SCAM_URGENT_CHECKLIST.map((s) => ({ id: `urgent:${s.id}`, text: s[locale], source: s.source }))} checked={c.checkedSteps} />
            </div>
          ) : null}
          <h3 className="text-lg font-bold">{t("reportTitle")}</h3>
          <Checklist familyId={c.familyId} caseId={c.id} items={SCAM_REPORT_CHECKLIST.map((s) => ({ id: `report:${s.id}`, text: s[locale], source: s.source }))} checked={c.checkedSteps} />
        </section>
      ) : null}

      {/* 5. The message(s) as received, inert. */}
      <section aria-labelledby="messages-h" className="space-y-3">
        <h2 id="messages-h" className="text-xl font-bold">
          {t("messagesTitle")}
        </h2>
        {c.messages.map((m) => (
          <div key={m.id} className="card space-y-2">
            <p className="text-muted">
              {tc(m.channel)}
              {m.sender ? ` · ${t("from", { sender: m.sender })}` : ""}
              {m.receivedAt ? ` · ${t("received", { date: m.receivedAt })}` : ""}
            </p>
            {m.subject ? <p className="font-bold break-words">{m.subject}</p> : null}
            <InertMessage text={m.body} />
            {m.attachments.length > 0 ? (
              <div className="flex flex-wrap gap-2">
                {m.attachments.map((a, i) => (
                  // eslint-disable-next-line @next/next/no-img-element -- authorized route, not a static asset
                  <img key={a.id} src={`/api/attachments/${a.id}`} alt={t("screenshotAlt", { n: i + 1 })} width={a.width ?? undefined} height={a.height ?? undefined} className="h-auto max-h-96 w-auto max-w-full rounded border" loading="lazy" />
                ))}
              </div>
            ) : null}
            {m.verdict && c.messages.length > 1 ? <VerdictBadge verdict={m.verdict.verdict} /> : null}
          </div>
        ))}
        <Link href={`/families/${c.familyId}/cases/new?case=${c.id}`} className="btn-secondary">
          {t("addMessage")}
        </Link>
      </section>

      <Notes familyId={c.familyId} caseId={c.id} notes={c.notes.map((n) => ({ id: n.id, body: n.body, author: n.author.name ?? "—", mine: n.author.id === actor.userId, at: fmt(n.createdAt), edited: n.updatedAt.getTime() - n.createdAt.getTime() > 1000 }))} />

      <section aria-labelledby="history-h" className="card space-y-2">
        <h2 id="history-h" className="text-xl font-bold">
          {t("historyTitle")}
        </h2>
        <ol className="space-y-1" data-testid="history">
          {c.activities.map((a) => (
            <li key={a.id}>
              <span className="text-muted">{fmt(a.at)}</span> {ta.has(activityKey(a.type)) ? ta(activityKey(a.type), { name: a.actor?.name ?? "—", ...stringValues(a.data) }) : a.type}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}

/** "case.done" → "case_done": next-intl reads dots in keys as nesting. */
const activityKey = (type: string) => type.replace(/\./g, "_");

/** Activity data as ICU arguments; only strings and numbers, everything else as text. */
function stringValues(data: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(data)) out[k] = v === null || v === undefined ? "" : String(v);
  return out;
}
