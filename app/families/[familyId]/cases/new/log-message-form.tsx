"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Field, FieldErrors, FormError, SubmitButton } from "@/app/_components/form-parts";
import { MAX_BODY_BYTES, MAX_SCREENSHOTS, MESSAGE_CHANNELS } from "@/lib/cases/types";
import { logMessageAction } from "../actions";

const MAX_FILE_BYTES = 10 * 1024 * 1024;
const ACCEPT = "image/png,image/jpeg,image/webp";

type Props = { familyId: string; caseId?: string | undefined; relatives: { id: string; displayName: string }[]; defaultRelativeId?: string | undefined; today: string };

/**
 * The message form. Everything typed comes back after a validation error (the server echoes the
 * values); chosen screenshots cannot be restored by a browser, so the form says so. Sizes and the
 * count of screenshots are checked here first for a quick answer, and again on the server.
 */
export function LogMessageForm({ familyId, caseId, relatives, defaultRelativeId, today }: Props) {
  const t = useTranslations("caseLog");
  const tc = useTranslations("channels");
  const [state, action] = useActionState(logMessageAction, null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [bytes, setBytes] = useState(0);
  const v = state && !state.ok ? state.values : undefined;
  const [relativeChoice, setRelativeChoice] = useState(v?.relativeId ?? defaultRelativeId ?? (relatives.length === 0 ? "__new" : ""));
  const fe = state && !state.ok ? state.fieldErrors : undefined;

  function checkFiles(event: React.ChangeEvent<HTMLInputElement>) {
    const files = Array.from(event.target.files ?? []);
    let message: string | null = null;
    if (files.length > MAX_SCREENSHOTS) message = t("tooManyFiles", { max: MAX_SCREENSHOTS });
    else if (files.some((f) => f.size > MAX_FILE_BYTES)) message = t("fileTooLarge");
    setFileError(message);
    if (message) event.target.value = "";
  }

  return (
    <form action={action} className="card space-y-5" noValidate>
      <FormError state={state} />
      {state && !state.ok && state.code === "INVALID_INPUT" ? (
        <p role="alert" className="rounded-lg border-2 border-danger bg-danger-bg p-3 font-bold text-danger">
          {t("fixErrors")}
        </p>
      ) : null}
      <input type="hidden" name="familyId" value={familyId} />
      {caseId ? <input type="hidden" name="caseId" value={caseId} /> : null}
      {!caseId ? (
        <div>
          <label htmlFor="f-relativeId" className="field-label">
            {t("relative")}
          </label>
          <select id="f-relativeId" name="relativeId" className="field-input" value={relativeChoice} onChange={(e) => setRelativeChoice(e.target.value)} aria-invalid={fe?.relativeId ? true : undefined} aria-describedby={fe?.relativeId ? "f-relativeId-err" : undefined}>
            <option value="">{t("chooseRelative")}</option>
            {relatives.map((r) => (
              <option key={r.id} value={r.id}>
                {r.displayName}
              </option>
            ))}
            <option value="__new">{t("newRelativeOption")}</option>
          </select>
          <FieldErrors id="f-relativeId-err" errors={fe?.relativeId} />
          {relativeChoice === "__new" ? (
            <div className="mt-3">
              <Field name="newRelativeName" label={t("newRelativeName")} hint={t("newRelativeHint")} defaultValue={v?.newRelativeName} errors={fe?.newRelativeName} maxLength={40} />
              <p className="mt-1 text-muted">
                <Link className="link" href={`/families/${familyId}/relatives`}>
                  {t("addRelative")}
                </Link>
              </p>
            </div>
          ) : null}
        </div>
      ) : null}
      <fieldset>
        <legend className="field-label">{t("channel")}</legend>
        <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
          {MESSAGE_CHANNELS.map((c) => (
            <label key={c} className="flex min-h-12 items-center gap-3 rounded-lg border-2 border-gray-400 bg-white px-3 has-[:checked]:border-brand has-[:checked]:bg-blue-50">
              <input type="radio" name="channel" value={c} defaultChecked={(v?.channel ?? "SMS") === c} className="h-5 w-5 shrink-0" />
              {tc(c)}
            </label>
          ))}
        </div>
        <FieldErrors id="f-channel-err" errors={fe?.channel} />
      </fieldset>
      <Field name="sender" label={t("sender")} hint={t("senderHint")} defaultValue={v?.sender} errors={fe?.sender} maxLength={200} />
      <Field name="subject" label={t("subject")} hint={t("subjectHint")} defaultValue={v?.subject} errors={fe?.subject} maxLength={300} />
      <div>
        <label htmlFor="f-body" className="field-label">
          {t("body")}
          <span className="ml-2 text-sm font-normal text-danger">{t("required")}</span>
        </label>
        <p id="f-body-hint" className="mb-1 text-muted">
          {t("bodyHint")}
        </p>
        <textarea
          id="f-body"
          name="body"
          rows={8}
          defaultValue={v?.body}
          className="field-input font-mono"
          aria-invalid={fe?.body ? true : undefined}
          aria-describedby={`f-body-hint${fe?.body ? " f-body-err" : ""}`}
          onChange={(e) => setBytes(new TextEncoder().encode(e.target.value).length)}
        />
        {bytes > MAX_BODY_BYTES ? (
          <p className="field-error" role="alert">
            {t("bodyTooLongNow")}
          </p>
        ) : null}
        <FieldErrors id="f-body-err" errors={fe?.body} />
      </div>
      <div>
        <label htmlFor="f-screenshots" className="field-label">
          {t("screenshots")}
        </label>
        <p id="f-screenshots-hint" className="mb-1 text-muted">
          {t("screenshotsHint", { max: MAX_SCREENSHOTS })}
        </p>
        <input id="f-screenshots" name="screenshots" type="file" accept={ACCEPT} multiple onChange={checkFiles} className="field-input" aria-describedby="f-screenshots-hint" />
        {fileError ? (
          <p className="field-error" role="alert">
            {fileError}
          </p>
        ) : null}
        <FieldErrors id="f-screenshots-err" errors={fe?.screenshots} />
        {state && !state.ok ? <p className="mt-1 text-muted">{t("reselectFiles")}</p> : null}
      </div>
      <Field name="receivedOn" type="date" label={t("receivedOn")} defaultValue={v?.receivedOn ?? today} errors={fe?.receivedOn} />
      <Field name="deadline" type="date" label={t("deadline")} hint={t("deadlineHint")} defaultValue={v?.deadline} errors={fe?.deadline} />
      <SubmitButton label={t("submit")} pendingLabel={t("judging")} className="btn-primary w-full" />
    </form>
  );
}
