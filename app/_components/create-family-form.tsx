"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createFamilyAction } from "../_actions/families";
import { Field, FormError, SubmitButton } from "./form-parts";

export function CreateFamilyForm() {
  const t = useTranslations("families");
  const [state, action] = useActionState(createFamilyAction, null);
  const fe = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="card space-y-4" noValidate>
      <h2 className="text-xl font-bold">{t("createTitle")}</h2>
      <FormError state={state} />
      <Field name="name" label={t("familyName")} hint={t("familyNameHint")} required maxLength={60} defaultValue={state && !state.ok ? state.values?.name : undefined} errors={fe?.name} />
      <SubmitButton label={t("createButton")} />
    </form>
  );
}
