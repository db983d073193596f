"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormError, SubmitButton } from "@/app/_components/form-parts";
import type { Role } from "@/lib/families/permissions";
import { changeMemberRoleAction, removeMemberAction } from "./actions";
import { Done } from "./form-fields";

/** One button that states what it does: "make owner" or "make member". */
export function ChangeRoleForm({ familyId, membershipId, toRole, isMe }: { familyId: string; membershipId: string; toRole: Role; isMe: boolean }) {
  const t = useTranslations("members");
  const [state, action] = useActionState(changeMemberRoleAction, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="familyId" value={familyId} />
      <input type="hidden" name="membershipId" value={membershipId} />
      <input type="hidden" name="role" value={toRole} />
      <FormError state={state} />
      {state?.ok ? <Done message={t("roleChanged")} /> : null}
      <SubmitButton className="btn-secondary w-full sm:w-auto" label={toRole === "OWNER" ? t("makeOwner") : isMe ? t("makeMeMember") : t("makeMember")} />
    </form>
  );
}

/** Removing someone takes two taps: open, then confirm. Works without JavaScript (<details>). */
export function RemoveMemberForm({ familyId, membershipId, name }: { familyId: string; membershipId: string; name: string }) {
  const t = useTranslations("members");
  const [state, action] = useActionState(removeMemberAction, null);
  return (
    <details className="rounded-lg border-2 border-danger/40 p-3" open={state?.ok === false ? true : undefined}>
      <summary className="flex min-h-11 cursor-pointer items-center font-bold text-danger">{t("removeOpen")}</summary>
      <form action={action} className="mt-2 space-y-3">
        <input type="hidden" name="familyId" value={familyId} />
        <input type="hidden" name="membershipId" value={membershipId} />
        <p>{t("removeConfirm", { name })}</p>
        <FormError state={state} />
        <SubmitButton className="btn-danger w-full sm:w-auto" label={t("removeButton")} />
      </form>
    </details>
  );
}
