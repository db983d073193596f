"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, FormError, SubmitButton } from "@/app/_components/form-parts";
import { signInAction } from "../actions";

export function SignInForm({ next }: { next: string }) {
  const t = useTranslations("auth");
  const [state, action] = useActionState(signInAction, null);
  const fe = state && !state.ok ? state.fieldErrors : undefined;
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={action} className="card space-y-4" noValidate>
      <FormError state={state} />
      <input type="hidden" name="next" value={next} />
      <Field name="email" type="email" label={t("email")} autoComplete="email" required defaultValue={values?.email} errors={fe?.email} inputMode="email" />
      <Field name="password" type="password" label={t("password")} autoComplete="current-password" required errors={fe?.password} />
      <SubmitButton label={t("signInButton")} pendingLabel={t("signingIn")} />
    </form>
  );
}
