"use client";

import { useTranslations } from "next-intl";
import { useFormStatus } from "react-dom";

type FieldProps = {
  name: string;
  label: string;
  /** Pages with several forms of the same kind give each its own prefix, so ids stay unique. */
  idPrefix?: string;
  multiline?: boolean;
  type?: string;
  defaultValue?: string | null | undefined;
  errors?: string[] | undefined;
  autoComplete?: string;
  required?: boolean;
  hint?: string;
  maxLength?: number;
  inputMode?: React.HTMLAttributes<HTMLInputElement>["inputMode"];
};

/** A labelled input with its errors announced to screen readers and tied by aria-describedby. */
export function Field({ name, label, idPrefix = "f", multiline, type = "text", defaultValue, errors, autoComplete, required, hint, maxLength, inputMode }: FieldProps) {
  const t = useTranslations("fields");
  const id = `${idPrefix}-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-err` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="field-label">
        {label}
        {required ? <span className="ml-2 text-sm font-normal text-danger">{t("requiredMark")}</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mb-1 text-muted">
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea
          id={id}
          name={name}
          rows={3}
          defaultValue={defaultValue ?? undefined}
          required={required}
          maxLength={maxLength}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy}
          className="field-input"
        />
      ) : (
        <input
          id={id}
          name={name}
          type={type}
          defaultValue={defaultValue ?? undefined}
          autoComplete={autoComplete}
          required={required}
          maxLength={maxLength}
          inputMode={inputMode}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy}
          className="field-input"
        />
      )}
      <FieldErrors id={`${id}-err`} errors={errors} />
    </div>
  );
}

export function FieldErrors({ id, errors }: { id: string; errors?: string[] | undefined }) {
  const t = useTranslations("fields");
  if (!errors?.length) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {errors.map((e) => (t.has(`errors.${e}`) ? t(`errors.${e}`) : t("errors.invalid"))).join(" ")}
    </p>
  );
}

/** Shows the action's failure in the user's language. */
export function FormError({ state }: { state: { ok: boolean; code?: string; retryAfterSeconds?: number } | null }) {
  const t = useTranslations("errors");
  if (!state || state.ok || !state.code) return null;
  if (state.code === "INVALID_INPUT") return null; // shown next to each field
  return (
    <p role="alert" className="rounded-lg border-2 border-danger bg-danger-bg p-3 font-bold text-danger">
      {t.has(state.code) ? t(state.code) : t("INTERNAL")}
    </p>
  );
}

/** A submit button that says it is working while the form is being sent. */
export function SubmitButton({ label, pendingLabel, className = "btn-primary w-full sm:w-auto" }: { label: string; pendingLabel?: string; className?: string }) {
  const { pending } = useFormStatus();
  const t = useTranslations("common");
  return (
    <button type="submit" className={className} disabled={pending} aria-busy={pending || undefined}>
      {pending ? (pendingLabel ?? t("saving")) : label}
    </button>
  );
}
