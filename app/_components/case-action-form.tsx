"use client";

import { useActionState, useEffect } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult, FormState } from "@/lib/auth/action";
import { FormError } from "./form-parts";

type Props<T> = {
  action: (prev: FormState<T>, formData: FormData) => Promise<ActionResult<T>>;
  hidden: Record<string, string | number>;
  children: React.ReactNode;
  className?: string;
  successMessage?: string;
};

/**
 * A small form for one case action. Carries the case version it was rendered with; when someone
 * else changed the case meanwhile (CONFLICT), it says so and reloads the page's data so the
 * current state is shown. Nothing the user typed is lost: the page re-renders around the form.
 */
export function CaseActionForm<T>({ action, hidden, children, className, successMessage }: Props<T>) {
  const [state, formAction] = useActionState(action, null);
  const router = useRouter();
  const t = useTranslations("case");
  useEffect(() => {
    if (state && !state.ok && state.code === "CONFLICT") router.refresh();
  }, [state, router]);
  return (
    <form action={formAction} className={className ?? "space-y-3"}>
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={String(v)} />
      ))}
      <FormError state={state} />
      {state?.ok && successMessage ? (
        <p role="status" className="font-bold text-ok">
          {successMessage}
        </p>
      ) : null}
      {state && !state.ok && state.fieldErrors ? (
        <p role="alert" className="field-error">
          {t("checkInput")}
        </p>
      ) : null}
      {children}
    </form>
  );
}
