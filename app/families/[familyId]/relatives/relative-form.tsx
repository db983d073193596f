"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormError, SubmitButton } from "@/app/_components/form-parts";
import { RECEIVES_VIA, RELATIVE_NAME_MAX, RELATIVE_NOTE_MAX, type ReceivesVia } from "@/lib/relatives/relative-fields";
import { ChoiceField, Done, TextField } from "../members/form-fields";
import { addRelativeAction, updateRelativeAction } from "./actions";

type Existing = { id: string; displayName: string; receivesVia: ReceivesVia; note: string | null };

/** Adds a relative (no `relative`) or edits one. */
export function RelativeForm({ familyId, relative }: { familyId: string; relative?: Existing }) {
  const t = useTranslations("relatives");
  const [state, action] = useActionState(relative ? updateRelativeAction : addRelativeAction, null);
  const fe = state && !state.ok ? state.fieldErrors : undefined;
  // After an error, show what was typed; after adding, start empty; after saving, the saved values.
  const values = state && !state.ok ? state.values : undefined;
  const idPrefix = relative ? `rel-${relative.id}` : "rel-new";
  return (
    <form action={action} className="space-y-4" noValidate>
      {relative ? <input type="hidden" name="relativeId" value={relative.id} /> : <input type="hidden" name="familyId" value={familyId} />}
      <FormError state={state} />
      {state?.ok ? <Done message={relative ? t("saved") : t("added")} /> : null}
      <TextField idPrefix={idPrefix} name="displayName" label={t("displayName")} hint={t("displayNameHint")} required maxLength={RELATIVE_NAME_MAX} defaultValue={values?.displayName ?? relative?.displayName} errors={fe?.displayName} />
      <ChoiceField
        idPrefix={idPrefix}
        name="receivesVia"
        legend={t("receivesVia")}
        hint={t("receivesViaHint")}
        options={RECEIVES_VIA.map((via) => ({ value: via, label: t(`viaOption.${via}`) }))}
        defaultValue={values?.receivesVia ?? relative?.receivesVia ?? "UNKNOWN"}
        errors={fe?.receivesVia}
      />
      <TextField idPrefix={idPrefix} name="note" label={t("note")} hint={t("noteHint")} multiline maxLength={RELATIVE_NOTE_MAX} defaultValue={values?.note ?? relative?.note} errors={fe?.note} />
      <SubmitButton label={relative ? t("saveButton") : t("addButton")} />
    </form>
  );
}
