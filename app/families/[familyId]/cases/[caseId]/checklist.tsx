"use client";

import { useTranslations } from "next-intl";
import { CaseActionForm } from "@/app/_components/case-action-form";
import { setStepAction } from "../actions";

type Item = { id: string; text: string; source: string | null };

/** Tickable steps; each tick is saved on the server and appears in the history. */
export function Checklist({ familyId, caseId, items, checked }: { familyId: string; caseId: string; items: Item[]; checked: string[] }) {
  const t = useTranslations("case");
  return (
    <ol className="space-y-2">
      {items.map((item, index) => {
        const isChecked = checked.includes(item.id);
        return (
          <li key={item.id}>
            <CaseActionForm action={setStepAction} hidden={{ familyId, caseId, stepId: item.id, checked: String(!isChecked) }} className="flex items-start gap-3">
              <button
                type="submit"
                role="checkbox"
                aria-checked={isChecked}
                aria-label={`${index + 1}. ${item.text}`}
                className={`mt-1 flex h-11 w-11 shrink-0 items-center justify-center rounded-lg border-2 text-2xl ${isChecked ? "border-ok bg-ok-bg text-ok" : "border-gray-500 bg-white"}`}
              >
                <span aria-hidden="true">{isChecked ? "✓" : ""}</span>
              </button>
              <span className={isChecked ? "text-muted line-through decoration-1" : ""}>
                <span className="font-bold">{index + 1}. </span>
                {item.text}
                {item.source ? (
                  <span className="block text-sm text-muted">
                    {t("source")}: {item.source.replace(/^https?:\/\//, "")}
                  </span>
                ) : null}
              </span>
            </CaseActionForm>
          </li>
        );
      })}
    </ol>
  );
}
