/**
 * A family with N cases of realistic shape, written through the app's own use cases (logMessage,
 * markDone, dismissAsScam, assignCase, addNote), so every verdict is judged by lib/rules and every
 * row is what the app itself would have stored. Used by the benchmark (bench/seed-200.ts) and by
 * the query-count test (tests/integration/query-count.test.ts), so both measure the same shapes.
 *
 * Deterministic for a given `now` and `cases`: case i always gets the same template, statuses,
 * notes and screenshots. Mix per 200 cases: the 7 templates of bench/messages.mjs (about 2/7
 * likely genuine, 2/7 caution, 3/7 likely phishing), overdue / due soon / later / no deadline,
 * ~40% closed (done on time, done late, dismissed as scam), 1 in 5 with a second message,
 * 1 in 4 with notes, 1 in 3 assigned, a few screenshots.
 */
import crypto from "node:crypto";
import sharp from "sharp";
import type { Actor } from "../lib/auth/actor";
import { hashPassword } from "../lib/auth/password";
import { assignCase } from "../lib/cases/assign-case";
import { dismissAsScam } from "../lib/cases/dismiss-as-scam";
import { logMessage } from "../lib/cases/log-message";
import { markDone } from "../lib/cases/mark-done";
import { addNote } from "../lib/cases/notes";
import { db } from "../lib/db/client";
import { japanDate } from "../lib/dates/japan-date";
import { TEMPLATES } from "./messages.mjs";

const DAY = 86_400_000;

/** A small PNG of a phone screen; `seed` varies the colour so files differ. */
async function screenshot(seed: number): Promise<File> {
  const png = await sharp({ create: { width: 360, height: 640, channels: 3, background: { r: (seed * 37) % 256, g: (seed * 91) % 256, b: 200 } } })
    .png()
    .toBuffer();
  return new File([new Uint8Array(png)], `screenshot-${seed}.png`, { type: "image/png" });
}

async function makeUser(email: string, name: string, password: string | undefined): Promise<Actor> {
  const user = await db.user.create({
    data: { email, name, ...(password ? { passwordHash: await hashPassword(password) } : {}) },
    select: { id: true, email: true, name: true },
  });
  return { userId: user.id, email: user.email, name: user.name };
}

const currentVersion = async (caseId: string) => (await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { version: true } })).version;

export type SeededFamily = {
  familyId: string;
  owner: Actor;
  member: Actor;
  /** The richest open case (two messages, notes, a screenshot, assigned): the case page to measure. */
  richCaseId: string;
  caseIds: string[];
  verdicts: Record<string, number>;
  statuses: Record<string, number>;
  screenshots: number;
};

export async function seedFamily({
  cases,
  now = new Date(),
  password,
  screenshots = true,
  owner: existingOwner,
}: {
  cases: number;
  now?: Date;
  password?: string;
  screenshots?: boolean;
  /** An owner from another seeded family, so one sign-in reaches both. */
  owner?: Actor;
}): Promise<SeededFamily> {
  const tag = crypto.randomUUID().slice(0, 8);
  const owner = existingOwner ?? (await makeUser(`bench-owner-${tag}@example.jp`, "はなこ（長女）", password));
  const member = await makeUser(`bench-member-${tag}@example.jp`, "たろう（長男）", password);
  const other = await makeUser(`bench-other-${tag}@example.jp`, "じろう（次男）", password);
  const family = await db.family.create({
    data: {
      name: `山田家 ${tag}`,
      members: { create: [{ userId: owner.userId, role: "OWNER" }, { userId: member.userId, role: "MEMBER" }, { userId: other.userId, role: "MEMBER" }] },
      relatives: {
        create: [
          { displayName: "母（ふみ）", receivesVia: "DOCOMO_MESSAGE_R" },
          { displayName: "父（いさむ）", receivesVia: "SMS_ONLY" },
          { displayName: "叔母（よしこ）", receivesVia: "UNKNOWN" },
        ],
      },
    },
    select: { id: true, relatives: { orderBy: { displayName: "asc" }, select: { id: true, receivesVia: true } } },
  });
  const relativeFor = (i: number) => family.relatives.find((r) => r.receivesVia === ["DOCOMO_MESSAGE_R", "SMS_ONLY", "UNKNOWN"][i])!.id;
  const familyId = family.id;
  // Deadlines spread over overdue, due within 3 days, later, and (for some templates) none.
  const offsets = [-12, -1, 0, 2, 3, 9, 20, 45];

  const caseIds: string[] = [];
  const verdicts: Record<string, number> = {};
  const statuses: Record<string, number> = {};
  let shots = 0;
  for (let i = 0; i < cases; i++) {
    const template = TEMPLATES[i % TEMPLATES.length]!;
    const deadline = japanDate(new Date(now.getTime() + offsets[i % offsets.length]! * DAY));
    const loggedAt = new Date(now.getTime() - ((i * 7) % 40) * DAY - i * 60_000);
    const author = i % 2 === 0 ? owner : member;
    const rich = i === 0;
    const files = screenshots && (rich || i % 50 === 7) ? [await screenshot(i)] : [];
    shots += files.length;
    const logged = await logMessage({
      actor: author,
      input: {
        familyId,
        relativeId: relativeFor(template.relative),
        channel: template.channel,
        sender: template.sender,
        subject: template.subject,
        body: template.body(deadline),
        receivedOn: japanDate(loggedAt),
        // A deadline the family typed, for a kind of message that carries none in its text.
        deadline: template.channel === "PHONE" && i % 3 === 0 ? deadline : undefined,
      },
      files,
      now: loggedAt,
    });
    const caseId = logged.caseId;
    caseIds.push(caseId);
    verdicts[logged.verdict] = (verdicts[logged.verdict] ?? 0) + 1;
    if (rich || i % 5 === 2) {
      // The rich case gets the same genuine notice again (a reminder), so it stays a case to answer.
      const followUp = rich ? template : TEMPLATES[(i + 1) % TEMPLATES.length]!;
      await logMessage({
        actor: member,
        input: { familyId, caseId, channel: followUp.channel, sender: followUp.sender, subject: followUp.subject, body: followUp.body(deadline) },
        now: new Date(loggedAt.getTime() + 3600_000),
      });
    }
    if (rich || i % 4 === 1) {
      for (let n = 0; n < (rich ? 3 : 1 + (i % 3)); n++) {
        await addNote({ actor: n % 2 ? member : owner, caseId, body: `メモ ${n + 1}: 母に電話で確認。${n % 2 ? "公式アプリから一緒に回答する予定。" : "リンクは押していないとのこと。"}` });
      }
    }
    if (rich || i % 3 === 0) {
      await assignCase({ actor: owner, caseId, version: await currentVersion(caseId), assigneeId: i % 2 ? other.userId : member.userId });
    }
    let status = "OPEN";
    if (!rich && logged.verdict === "likely_phishing" && i % 2 === 1) {
      await dismissAsScam({ actor: owner, caseId, version: await currentVersion(caseId), exposure: i % 4 === 1 ? "tapped" : "none", now });
      status = "DISMISSED";
    } else if (!rich && logged.verdict !== "likely_phishing" && i % 3 === 1) {
      // Some answered the next day, some only now (after their deadline: a late answer).
      const doneAt = i % 2 ? now : new Date(Math.min(now.getTime(), loggedAt.getTime() + DAY));
      await markDone({ actor: member, caseId, version: await currentVersion(caseId), note: i % 2 ? undefined : "公式アプリから回答済み", now: doneAt });
      status = "DONE";
    }
    statuses[status] = (statuses[status] ?? 0) + 1;
  }
  return { familyId, owner, member, richCaseId: caseIds[0]!, caseIds, verdicts, statuses, screenshots: shots };
}
