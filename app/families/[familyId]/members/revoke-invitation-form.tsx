"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormError, SubmitButton } from "@/app/_components/form-parts";
import { revokeInvitationAction } from "./actions";

/** On success the page is revalidated and the link drops out of the pending list. */
export function RevokeInvitationForm({ familyId, invitationId }: { familyId: string; invitationId: string }) {
  const t = useTranslations("invite");
  const [state, action] = useActionState(revokeInvitationAction, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="familyId" value={familyId} />
      <input type="hidden" name="invitationId" value={invitationId} />
      <FormError state={state} />
      <SubmitButton className="btn-secondary w-full sm:w-auto" label={t("revoke")} />
    </form>
  );
}
