import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { AppError } from "../errors";
import { caseWhereForMember } from "./case-where";
import { recordActivity } from "./record-activity";

/**
 * Notes on a case. Adding needs membership of the case's family; editing and deleting need that
 * AND authorship — both checked in the where of the single statement that writes.
 */
export async function addNote({ actor, caseId, body }: { actor: Actor; caseId: string; body: string }) {
  const found = await db.case.findFirst({ where: caseWhereForMember(actor, caseId), select: { id: true, familyId: true } });
  if (!found) throw new AppError("NOT_FOUND");
  const note = await db.note.create({ data: { caseId: found.id, authorId: actor.userId, body }, select: { id: true } });
  await recordActivity({ familyId: found.familyId, caseId, actorId: actor.userId, type: "note.added" });
  return { noteId: note.id, caseId: found.id, familyId: found.familyId };
}

const ownNoteWhere = (actor: Actor, noteId: string) => ({
  id: noteId,
  authorId: actor.userId,
  case: { family: { members: { some: { userId: actor.userId } } } },
});

export async function editNote({ actor, noteId, body }: { actor: Actor; noteId: string; body: string }) {
  const { count } = await db.note.updateMany({ where: ownNoteWhere(actor, noteId), data: { body } });
  if (count === 0) throw new AppError("NOT_FOUND");
  const note = await db.note.findUniqueOrThrow({ where: { id: noteId }, select: { caseId: true, case: { select: { familyId: true } } } });
  return { caseId: note.caseId, familyId: note.case.familyId };
}

export async function deleteNote({ actor, noteId }: { actor: Actor; noteId: string }) {
  const note = await db.note.findFirst({ where: ownNoteWhere(actor, noteId), select: { caseId: true, case: { select: { familyId: true } } } });
  if (!note) throw new AppError("NOT_FOUND");
  const { count } = await db.note.deleteMany({ where: ownNoteWhere(actor, noteId) });
  if (count === 0) throw new AppError("NOT_FOUND");
  await recordActivity({ familyId: note.case.familyId, caseId: note.caseId, actorId: actor.userId, type: "note.deleted" });
  return { caseId: note.caseId, familyId: note.case.familyId };
}
