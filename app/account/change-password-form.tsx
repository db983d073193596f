"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, FormError, SubmitButton } from "@/app/_components/form-parts";
import { changePasswordAction } from "./actions";

export function ChangePasswordForm() {
  const t = useTranslations("account");
  const [state, action] = useActionState(changePasswordAction, null);
  const fe = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="card space-y-4" noValidate>
      <h2 className="text-xl font-bold">{t("changePassword")}</h2>
      <FormError state={state} />
      <Field name="currentPassword" type="password" label={t("currentPassword")} autoComplete="current-password" required errors={fe?.currentPassword} />
      <Field name="newPassword" type="password" label={t("newPassword")} autoComplete="new-password" required errors={fe?.newPassword} />
      <SubmitButton label={t("changePasswordButton")} />
    </form>
  );
}
