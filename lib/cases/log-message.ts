import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { AppError } from "../errors";
import { getFamilyAccess } from "../families/access";
import { getCampaign, type Verdict } from "../rules";
import { storeScreenshot, type StoredScreenshot } from "../attachments/store-screenshot";
import { caseWhereForMember } from "./case-where";
import { judgeForCase, verdictColumns } from "./judge-for-case";
import type { MessageChannel } from "./types";

export type LogMessageInput = {
  familyId: string;
  /** Add to an existing case, or create one for `relativeId`. */
  caseId?: string | undefined;
  relativeId?: string | undefined;
  /** A person not registered yet: created with the case, so a first message needs no detour. */
  newRelativeName?: string | undefined;
  channel: MessageChannel;
  sender?: string | undefined;
  subject?: string | undefined;
  body: string;
  /** Calendar date the message arrived ("YYYY-MM-DD", Japan). */
  receivedOn?: string | undefined;
  /** A deadline the family typed; otherwise the one the rules found in the text. */
  deadline?: string | undefined;
};

/** Noon JST of the day the message arrived: a stable instant inside that Japanese date. */
const receivedInstant = (day: string | undefined) => (day ? new Date(`${day}T03:00:00Z`) : null);

function titleFor(input: LogMessageInput, verdict: Verdict, campaignName: string | null): string {
  // The first sentence of the text: "【dカード】ご利用を一部制限…。" rather than the whole message.
  const firstLine = input.body.split(/\r?\n|(?<=。)/).map((l) => l.trim()).find(Boolean) ?? "";
  const raw = input.subject?.trim() || campaignName || firstLine || "—";
  return raw.length > 60 ? `${raw.slice(0, 59)}…` : raw;
}

/**
 * Logs a received message: judged on the server by lib/rules (the browser never decides),
 * stored with its verdict and ruleset version, in a new case or an existing one.
 *
 * Order matters: authorize, judge (pure), clean and store screenshots, then ONE batch transaction
 * writes case, message, attachments, verdict and history together. Nothing that is not a DB
 * call runs inside the transaction (DESIGN.md: shared-connection hazard).
 */
export async function logMessage({ actor, input, files = [], now }: { actor: Actor; input: LogMessageInput; files?: File[]; now: Date }) {
  const access = await getFamilyAccess(actor, input.familyId, "case.write");

  let existingCase: { id: string; relativeId: string; deadline: string | null; campaign: string | null; relative: { receivesVia: string } } | null = null;
  let relative: { id: string; receivesVia: string } | null = null;
  if (input.caseId) {
    existingCase = await db.case.findFirst({
      where: { ...caseWhereForMember(actor, input.caseId), familyId: access.familyId },
      select: { id: true, relativeId: true, deadline: true, campaign: true, relative: { select: { receivesVia: true } } },
    });
    if (!existingCase) throw new AppError("NOT_FOUND");
  } else if (input.relativeId) {
    // The relative must belong to this family: loaded with the family id in the same query.
    relative = await db.relative.findFirst({ where: { id: input.relativeId, familyId: access.familyId }, select: { id: true, receivesVia: true } });
    if (!relative) throw new AppError("INVALID_INPUT", undefined, { fieldErrors: { relativeId: ["choose"] } });
  } else if (input.newRelativeName) {
    relative = { id: crypto.randomUUID(), receivesVia: "UNKNOWN" };
  } else {
    throw new AppError("INVALID_INPUT", undefined, { fieldErrors: { relativeId: ["choose"] } });
  }
  const createRelative = !existingCase && !input.relativeId && input.newRelativeName ? { id: relative!.id, name: input.newRelativeName } : null;

  const receivesVia = existingCase?.relative.receivesVia ?? relative?.receivesVia ?? "UNKNOWN";
  const receivedAt = receivedInstant(input.receivedOn);
  const verdict = judgeForCase(
    { channel: input.channel, sender: input.sender ?? null, subject: input.subject ?? null, body: input.body, receivedAt: receivedAt ?? now, receivesVia },
    now,
  );

  const stored: StoredScreenshot[] = [];
  for (const file of files) stored.push(await storeScreenshot(file));

  const caseId = existingCase?.id ?? crypto.randomUUID();
  const messageId = crypto.randomUUID();
  const deadline = input.deadline ?? verdict.deadline ?? null;
  const campaignName = verdict.campaign ? (getCampaign(verdict.campaign)?.names.ja ?? null) : null;

  const writes = [];
  if (createRelative) {
    writes.push(db.relative.create({ data: { id: createRelative.id, familyId: access.familyId, displayName: createRelative.name }, select: { id: true } }));
  }
  if (!existingCase) {
    writes.push(
      db.case.create({
        data: {
          id: caseId,
          familyId: access.familyId,
          relativeId: relative!.id,
          title: titleFor(input, verdict, campaignName),
          issuer: verdict.issuer,
          campaign: verdict.campaign,
          deadline,
          createdById: actor.userId,
        },
        select: { id: true },
      }),
    );
  } else {
    // A later message may bring a deadline or a campaign the case did not have yet; it never
    // overwrites what the family already set.
    writes.push(
      db.case.update({
        where: { id: caseId },
        data: {
          ...(existingCase.deadline === null && deadline ? { deadline } : {}),
          ...(existingCase.campaign === null && verdict.campaign ? { campaign: verdict.campaign } : {}),
          version: { increment: 1 },
        },
        select: { id: true },
      }),
    );
  }
  writes.push(
    db.message.create({
      data: {
        id: messageId,
        caseId,
        channel: input.channel,
        sender: input.sender ?? null,
        subject: input.subject ?? null,
        body: input.body,
        receivedAt,
        attachments: { create: stored.map((s) => ({ mime: s.mime, size: s.size, sha256: s.sha256, storageKey: s.storageKey, width: s.width, height: s.height })) },
        verdict: { create: verdictColumns(verdict, now) },
      },
      select: { id: true },
    }),
    db.activity.create({
      data: {
        familyId: access.familyId,
        caseId,
        actorId: actor.userId,
        type: existingCase ? "message.added" : "case.created",
        data: JSON.stringify({ channel: input.channel, verdict: verdict.verdict, screenshots: stored.length }),
        at: now,
      },
    }),
  );
  if (deadline && !existingCase?.deadline) {
    writes.push(
      db.activity.create({
        data: { familyId: access.familyId, caseId, actorId: actor.userId, type: "deadline.set", data: JSON.stringify({ deadline, from: input.deadline ? "family" : "message" }), at: now },
      }),
    );
  }
  await db.$transaction(writes);
  return { familyId: access.familyId, caseId, messageId, verdict: verdict.verdict };
}
