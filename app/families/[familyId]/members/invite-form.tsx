"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormError, SubmitButton } from "@/app/_components/form-parts";
import { DEFAULT_INVITATION_EXPIRY_HOURS, INVITATION_EXPIRY_HOURS } from "@/lib/families/invitation-rules";
import { createInvitationAction } from "./actions";
import { ChoiceField, TextField } from "./form-fields";
import { InviteLinkPanel } from "./invite-link-panel";

/** Owners only (the page does not render it for members; the action refuses them anyway). */
export function InviteForm({ familyId, familyName, mailEnabled }: { familyId: string; familyName: string; mailEnabled: boolean }) {
  const t = useTranslations("invite");
  const [state, action] = useActionState(createInvitationAction, null);
  const fe = state && !state.ok ? state.fieldErrors : undefined;
  const values = state && !state.ok ? state.values : undefined;
  return (
    <div className="space-y-4">
      {state?.ok ? <InviteLinkPanel familyName={familyName} created={state.data} /> : null}
      <form action={action} className="space-y-4" noValidate>
        <input type="hidden" name="familyId" value={familyId} />
        <FormError state={state} />
        <ChoiceField
          idPrefix="invite"
          name="role"
          legend={t("roleLegend")}
          options={(["MEMBER", "OWNER"] as const).map((role) => ({ value: role, label: t(`roleOption.${role}`) }))}
          defaultValue={values?.role ?? "MEMBER"}
          errors={fe?.role}
        />
        <ChoiceField
          idPrefix="invite"
          name="expiresInHours"
          legend={t("expiryLegend")}
          options={INVITATION_EXPIRY_HOURS.map((h) => ({ value: String(h), label: t(`expiryOption.${h}`) }))}
          defaultValue={values?.expiresInHours ?? String(DEFAULT_INVITATION_EXPIRY_HOURS)}
          errors={fe?.expiresInHours}
        />
        {mailEnabled ? (
          <TextField idPrefix="invite" name="email" type="email" autoComplete="off" label={t("emailLabel")} hint={t("emailHint")} defaultValue={values?.email} errors={fe?.email} maxLength={254} />
        ) : (
          <p className="text-muted">{t("emailOff")}</p>
        )}
        <SubmitButton label={t("createButton")} pendingLabel={t("creating")} />
      </form>
    </div>
  );
}
