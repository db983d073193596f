"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { CaseActionForm } from "@/app/_components/case-action-form";
import { SubmitButton } from "@/app/_components/form-parts";
import { addNoteAction, deleteNoteAction, editNoteAction } from "../actions";

type NoteView = { id: string; body: string; author: string; mine: boolean; at: string; edited: boolean };

/** The family's notes on a case: add; edit and delete your own. Notes are shown as plain text. */
export function Notes({ familyId, caseId, notes }: { familyId: string; caseId: string; notes: NoteView[] }) {
  const t = useTranslations("case");
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <section aria-labelledby="notes-h" className="card space-y-3">
      <h2 id="notes-h" className="text-xl font-bold">
        {t("notesTitle")}
      </h2>
      {notes.length === 0 ? <p className="text-muted">{t("noNotes")}</p> : null}
      <ul className="space-y-3" data-testid="notes">
        {notes.map((n) => (
          <li key={n.id} className="rounded-lg border border-gray-300 p-3">
            <p className="text-sm text-muted">
              {n.author} · {n.at}
              {n.edited ? ` · ${t("edited")}` : ""}
            </p>
            {editing === n.id ? (
              <CaseActionForm action={editNoteAction} hidden={{ noteId: n.id }}>
                <label htmlFor={`edit-${n.id}`} className="sr-only">
                  {t("editNote")}
                </label>
                <textarea id={`edit-${n.id}`} name="body" defaultValue={n.body} rows={3} maxLength={2000} className="field-input" />
                <div className="flex gap-2">
                  <SubmitButton label={t("saveNote")} className="btn-primary" />
                  <button type="button" className="btn-secondary" onClick={() => setEditing(null)}>
                    {t("cancel")}
                  </button>
                </div>
              </CaseActionForm>
            ) : (
              <p className="break-words whitespace-pre-wrap">{n.body}</p>
            )}
            {n.mine && editing !== n.id ? (
              <div className="mt-2 flex gap-2">
                <button type="button" className="btn-secondary min-h-11 px-3 py-1" onClick={() => setEditing(n.id)}>
                  {t("editNote")}
                </button>
                <CaseActionForm action={deleteNoteAction} hidden={{ noteId: n.id }}>
                  <SubmitButton label={t("deleteNote")} className="btn-secondary min-h-11 px-3 py-1" />
                </CaseActionForm>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      <CaseActionForm action={addNoteAction} hidden={{ familyId, caseId }} key={notes.length}>
        <label htmlFor="new-note" className="field-label">
          {t("addNote")}
        </label>
        <textarea id="new-note" name="body" rows={3} maxLength={2000} className="field-input" placeholder={t("notePlaceholder")} />
        <SubmitButton label={t("addNoteButton")} className="btn-primary" />
      </CaseActionForm>
    </section>
  );
}
