"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormError, SubmitButton } from "@/app/_components/form-parts";
import { Done, TextField } from "../members/form-fields";
import { leaveFamilyAction, renameFamilyAction } from "./actions";

export function RenameFamilyForm({ familyId, currentName }: { familyId: string; currentName: string }) {
  const t = useTranslations("familySettings");
  const tFamilies = useTranslations("families");
  const [state, action] = useActionState(renameFamilyAction, null);
  const fe = state && !state.ok ? state.fieldErrors : undefined;
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="familyId" value={familyId} />
      <FormError state={state} />
      {state?.ok ? <Done message={t("renamed")} /> : null}
      <TextField idPrefix="rename" name="name" label={tFamilies("familyName")} hint={tFamilies("familyNameHint")} required maxLength={60} defaultValue={values?.name ?? currentName} errors={fe?.name} />
      <SubmitButton label={t("renameButton")} />
    </form>
  );
}

/** Leaving takes two taps (open, then confirm); the last owner is refused with LAST_OWNER. */
export function LeaveFamilyForm({ familyId, familyName }: { familyId: string; familyName: string }) {
  const t = useTranslations("familySettings");
  const [state, action] = useActionState(leaveFamilyAction, null);
  return (
    <details className="rounded-lg border-2 border-danger/40 p-3" open={state?.ok === false ? true : undefined}>
      <summary className="flex min-h-11 cursor-pointer items-center font-bold text-danger">{t("leaveOpen")}</summary>
      <form action={action} className="mt-2 space-y-3">
        <input type="hidden" name="familyId" value={familyId} />
        <p>{t("leaveConfirm", { family: familyName })}</p>
        <FormError state={state} />
        <SubmitButton className="btn-danger w-full sm:w-auto" label={t("leaveButton")} />
      </form>
    </details>
  );
}
