"use client";

import { useTranslations } from "next-intl";
import { CaseActionForm } from "@/app/_components/case-action-form";
import { SubmitButton } from "@/app/_components/form-parts";
import { assignCaseAction, dismissAsScamAction, markDoneAction, reopenCaseAction, setDeadlineAction } from "../actions";

type Props = {
  hidden: { familyId: string; caseId: string; version: number };
  status: string;
  phishing: boolean;
  deadline: string | null;
  assigneeId: string | null;
  members: { id: string; name: string }[];
  done: { by: string; at: string; onTime: boolean | null; note: string | null; mayKeepShowing: boolean } | null;
};

/** Who helps, the deadline, and the case's outcome: done, scam, or reopen. */
export function CaseControls({ hidden, status, phishing, deadline, assigneeId, members, done }: Props) {
  const t = useTranslations("case");
  return (
    <>
      {done ? (
        <section aria-labelledby="done-h" className="card space-y-2 border-2 border-ok" data-testid="done-box">
          <h2 id="done-h" className="text-xl font-bold text-ok">
            ✓ {t("doneTitle")}
          </h2>
          <p>{t("doneBy", { name: done.by, at: done.at })}</p>
          {done.onTime === true ? <p className="font-bold text-ok">{t("onTime")}</p> : null}
          {done.onTime === false ? <p className="font-bold text-warn">{t("late")}</p> : null}
          {done.note ? <p className="whitespace-pre-wrap">{t("doneNote", { note: done.note })}</p> : null}
          {done.mayKeepShowing ? <p className="rounded bg-blue-50 p-2">{t("mayKeepShowing")}</p> : null}
        </section>
      ) : null}

      {status === "OPEN" ? (
        <section aria-labelledby="who-h" className="card space-y-4">
          <h2 id="who-h" className="text-xl font-bold">
            {t("whoHelps")}
          </h2>
          <CaseActionForm action={assignCaseAction} hidden={hidden} className="flex flex-wrap items-end gap-3" successMessage={t("saved")}>
            <div className="grow">
              <label htmlFor="assigneeId" className="field-label">
                {t("assignee")}
              </label>
              <select id="assigneeId" name="assigneeId" defaultValue={assigneeId ?? ""} className="field-input">
                <option value="">{t("nobody")}</option>
                {members.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </select>
            </div>
            <SubmitButton label={t("assignButton")} className="btn-secondary" />
          </CaseActionForm>
          <CaseActionForm action={setDeadlineAction} hidden={hidden} className="flex flex-wrap items-end gap-3" successMessage={t("saved")}>
            <div className="grow">
              <label htmlFor="deadline-input" className="field-label">
                {t("deadlineEdit")}
              </label>
              <input id="deadline-input" name="deadline" type="date" defaultValue={deadline ?? ""} className="field-input" />
            </div>
            <SubmitButton label={t("deadlineSave")} className="btn-secondary" />
          </CaseActionForm>
        </section>
      ) : null}

      {status === "OPEN" && !phishing ? (
        <section aria-labelledby="markdone-h" className="card space-y-3">
          <h2 id="markdone-h" className="text-xl font-bold">
            {t("markDoneTitle")}
          </h2>
          <p>{t("markDoneLead")}</p>
          <CaseActionForm action={markDoneAction} hidden={hidden}>
            <label htmlFor="done-note" className="field-label">
              {t("doneNoteLabel")}
            </label>
            <textarea id="done-note" name="note" rows={2} maxLength={500} className="field-input" placeholder={t("doneNotePlaceholder")} />
            <SubmitButton label={t("markDoneButton")} className="btn-primary w-full" />
          </CaseActionForm>
        </section>
      ) : null}

      {status === "OPEN" ? (
        <section aria-labelledby="scam-form-h" className={`card space-y-3 ${phishing ? "border-2 border-danger" : ""}`}>
          <h2 id="scam-form-h" className="text-xl font-bold">
            {t("dismissTitle")}
          </h2>
          <p>{phishing ? t("dismissLeadPhishing") : t("dismissLead")}</p>
          <CaseActionForm action={dismissAsScamAction} hidden={hidden}>
            <fieldset className="space-y-2">
              <legend className="field-label">{t("exposureQuestion")}</legend>
              {(["none", "tapped", "entered"] as const).map((e) => (
                <label key={e} className="flex min-h-12 items-center gap-3 rounded-lg border-2 border-gray-400 px-3 has-[:checked]:border-danger">
                  <input type="radio" name="exposure" value={e} defaultChecked={e === "none"} className="h-5 w-5 shrink-0" />
                  {t(`exposure.${e}`)}
                </label>
              ))}
            </fieldset>
            <SubmitButton label={t("dismissButton")} className={phishing ? "btn-danger w-full" : "btn-secondary w-full"} />
          </CaseActionForm>
        </section>
      ) : (
        <section className="card">
          <CaseActionForm action={reopenCaseAction} hidden={hidden}>
            <p>{t("reopenLead")}</p>
            <SubmitButton label={t("reopenButton")} className="btn-secondary" />
          </CaseActionForm>
        </section>
      )}
    </>
  );
}
