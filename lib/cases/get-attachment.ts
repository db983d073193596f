import "server-only";
import type { Actor } from "../auth/actor";
import { readScreenshot } from "../attachments/store-screenshot";
import { db } from "../db/client";
import { AppError } from "../errors";

/** A screenshot for a member of the family whose case holds it; anyone else gets NOT_FOUND. */
export async function getAttachment({ actor, attachmentId }: { actor: Actor; attachmentId: string }) {
  const row = await db.attachment.findFirst({
    where: { id: attachmentId, message: { case: { family: { members: { some: { userId: actor.userId } } } } } },
    select: { mime: true, storageKey: true, size: true, sha256: true },
  });
  if (!row) throw new AppError("NOT_FOUND");
  return { ...row, bytes: await readScreenshot(row.storageKey) };
}
