"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { authedFormAction } from "@/lib/auth/action";
import { assignCase } from "@/lib/cases/assign-case";
import { dismissAsScam } from "@/lib/cases/dismiss-as-scam";
import { logMessage } from "@/lib/cases/log-message";
import { markDone } from "@/lib/cases/mark-done";
import { addNote, deleteNote, editNote } from "@/lib/cases/notes";
import { reopenCase } from "@/lib/cases/reopen-case";
import { setDeadline } from "@/lib/cases/set-deadline";
import { setStep } from "@/lib/cases/set-step";
import { MAX_BODY_BYTES, MAX_SCREENSHOTS, MESSAGE_CHANNELS, SCAM_EXPOSURES } from "@/lib/cases/types";
import { isIsoDate } from "@/lib/dates/japan-date";
import { AppError } from "@/lib/errors";

const id = z.string().min(1).max(64);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .optional()
    .transform((v) => (v ? v : undefined));
const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined))
  .refine((v) => v === undefined || isIsoDate(v), "date");
const version = z.coerce.number().int().min(0);

const caseUrl = (familyId: string, caseId: string) => `/families/${familyId}/cases/${caseId}`;

const ZLogMessage = z.object({
  familyId: id,
  caseId: optionalText(64),
  relativeId: optionalText(64).transform((v) => (v === "__new" ? undefined : v)),
  newRelativeName: optionalText(40),
  channel: z.enum(MESSAGE_CHANNELS, "choose"),
  sender: optionalText(200),
  subject: optionalText(300),
  body: z
    .string()
    .refine((v) => v.trim().length > 0, "required")
    .refine((v) => Buffer.byteLength(v, "utf8") <= MAX_BODY_BYTES, "bodyTooLong"),
  receivedOn: optionalDate,
  deadline: optionalDate,
});

/** Log a received message: judged on the server, then the case page shows the verdict. */
export const logMessageAction = authedFormAction(ZLogMessage, async (input, actor, formData) => {
  const files = formData.getAll("screenshots").filter((f): f is File => typeof f === "object" && f !== null && "arrayBuffer" in f && f.size > 0);
  if (files.length > MAX_SCREENSHOTS) throw new AppError("INVALID_INPUT", undefined, { fieldErrors: { screenshots: ["tooMany"] } });
  const result = await logMessage({ actor, input, files, now: new Date() });
  revalidatePath(`/families/${result.familyId}`);
  redirect(caseUrl(result.familyId, result.caseId));
});

const ZCaseWrite = z.object({ familyId: id, caseId: id, version });

export const markDoneAction = authedFormAction(ZCaseWrite.extend({ note: optionalText(500) }), async (input, actor) => {
  await markDone({ actor, caseId: input.caseId, version: input.version, note: input.note, now: new Date() });
  revalidatePath(caseUrl(input.familyId, input.caseId));
  return { done: true };
});

export const reopenCaseAction = authedFormAction(ZCaseWrite, async (input, actor) => {
  await reopenCase({ actor, caseId: input.caseId, version: input.version });
  revalidatePath(caseUrl(input.familyId, input.caseId));
  return { reopened: true };
});

export const dismissAsScamAction = authedFormAction(ZCaseWrite.extend({ exposure: z.enum(SCAM_EXPOSURES, "choose") }), async (input, actor) => {
  await dismissAsScam({ actor, caseId: input.caseId, version: input.version, exposure: input.exposure, now: new Date() });
  revalidatePath(caseUrl(input.familyId, input.caseId));
  return { dismissed: true };
});

export const assignCaseAction = authedFormAction(ZCaseWrite.extend({ assigneeId: optionalText(64) }), async (input, actor) => {
  await assignCase({ actor, caseId: input.caseId, version: input.version, assigneeId: input.assigneeId ?? null });
  revalidatePath(caseUrl(input.familyId, input.caseId));
  return { assigned: true };
});

export const setDeadlineAction = authedFormAction(ZCaseWrite.extend({ deadline: optionalDate }), async (input, actor) => {
  await setDeadline({ actor, caseId: input.caseId, version: input.version, deadline: input.deadline ?? null });
  revalidatePath(caseUrl(input.familyId, input.caseId));
  return { saved: true };
});

const ZStep = z.object({ familyId: id, caseId: id, stepId: z.string().regex(/^[a-z0-9:-]{1,80}$/), checked: z.enum(["true", "false"]) });

export const setStepAction = authedFormAction(ZStep, async (input, actor) => {
  await setStep({ actor, caseId: input.caseId, stepId: input.stepId, checked: input.checked === "true" });
  revalidatePath(caseUrl(input.familyId, input.caseId));
  return { stepId: input.stepId };
});

const noteBody = z.string().trim().min(1, "required").max(2000, "tooLong");

export const addNoteAction = authedFormAction(z.object({ familyId: id, caseId: id, body: noteBody }), async (input, actor) => {
  const note = await addNote({ actor, caseId: input.caseId, body: input.body });
  revalidatePath(caseUrl(note.familyId, note.caseId));
  return { noteId: note.noteId };
});

export const editNoteAction = authedFormAction(z.object({ noteId: id, body: noteBody }), async (input, actor) => {
  const note = await editNote({ actor, noteId: input.noteId, body: input.body });
  revalidatePath(caseUrl(note.familyId, note.caseId));
  return { saved: true };
});

export const deleteNoteAction = authedFormAction(z.object({ noteId: id }), async (input, actor) => {
  const note = await deleteNote({ actor, noteId: input.noteId });
  revalidatePath(caseUrl(note.familyId, note.caseId));
  return { deleted: true };
});
