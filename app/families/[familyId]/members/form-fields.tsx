"use client";

import { FieldErrors } from "@/app/_components/form-parts";

/*
 * Form fields for pages that show several forms of the same kind at once (one per member, one
 * per relative): every id carries the form's own prefix, so labels and error descriptions stay
 * tied to the right input.
 */

/** A text field with a per-form id prefix: the shared Field (app/_components/form-parts.tsx). */
export { Field as TextField } from "@/app/_components/form-parts";

/** A group of large radio buttons: easier to hit and to read than a drop-down. */
export function ChoiceField({
  idPrefix,
  name,
  legend,
  hint,
  options,
  defaultValue,
  errors,
}: {
  idPrefix: string;
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
  defaultValue?: string | null | undefined;
  errors?: string[] | undefined;
}) {
  const id = `${idPrefix}-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-err` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset aria-describedby={describedBy}>
      <legend className="field-label">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="mb-1 text-muted">
          {hint}
        </p>
      ) : null}
      <div className="grid gap-2">
        {options.map((option) => (
          <label
            key={option.value}
            className="flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border-2 border-gray-400 bg-white px-3 py-2 has-[:checked]:border-brand has-[:checked]:bg-blue-50"
          >
            <input type="radio" name={name} value={option.value} defaultChecked={option.value === defaultValue} className="size-6 shrink-0 accent-brand" />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <FieldErrors id={`${id}-err`} errors={errors} />
    </fieldset>
  );
}

/** The quiet confirmation after a form succeeded. */
export function Done({ message }: { message: string }) {
  return (
    <p role="status" className="rounded-lg bg-ok-bg p-3 font-bold text-ok">
      {message}
    </p>
  );
}
