import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { assignCase } from "@/lib/cases/assign-case";
import { dismissAsScam } from "@/lib/cases/dismiss-as-scam";
import { getCase } from "@/lib/cases/get-case";
import { listCases } from "@/lib/cases/list-cases";
import { logMessage } from "@/lib/cases/log-message";
import { markDone } from "@/lib/cases/mark-done";
import { addNote, deleteNote, editNote } from "@/lib/cases/notes";
import { reopenCase } from "@/lib/cases/reopen-case";
import { setDeadline } from "@/lib/cases/set-deadline";
import { setStep } from "@/lib/cases/set-step";
import { GENUINE_DCARD_SMS, makeWorld, PHISHING_DCARD_SMS } from "../support/fixtures";

const NOW = new Date("2024-10-28T01:00:00Z"); // 10:00 JST, six days before the genuine deadline

async function logGenuine(w: Awaited<ReturnType<typeof makeWorld>>, now = NOW) {
  return logMessage({
    actor: w.member,
    input: { familyId: w.familyId, relativeId: w.relativeId, channel: "MESSAGE_R", sender: "dカード", body: GENUINE_DCARD_SMS, receivedOn: "2024-10-27" },
    now,
  });
}

describe("logging a message", () => {
  it("judges on the server, stores the verdict with its ruleset version, pre-fills the deadline", async () => {
    const w = await makeWorld();
    const { caseId, verdict } = await logGenuine(w);
    expect(verdict).toBe("likely_genuine");
    const c = await getCase({ actor: w.owner, caseId });
    expect(c.deadline).toBe("2024-11-03");
    expect(c.campaign).toBe("dcard-aml-customer-info");
    expect(c.messages[0]!.verdict!.rulesetVersion).toMatch(/\S/);
    expect(c.activities.map((a) => a.type)).toEqual(expect.arrayContaining(["case.created", "deadline.set"]));
  });

  it("a deadline typed by the family wins over the one in the text", async () => {
    const w = await makeWorld();
    const { caseId } = await logMessage({
      actor: w.owner,
      input: { familyId: w.familyId, relativeId: w.relativeId, channel: "SMS", body: GENUINE_DCARD_SMS, deadline: "2024-11-10" },
      now: NOW,
    });
    expect((await getCase({ actor: w.owner, caseId })).deadline).toBe("2024-11-10");
  });

  it("refuses a relative of another family and writes nothing", async () => {
    const w = await makeWorld();
    const before = await db.case.count();
    await expect(
      logMessage({ actor: w.owner, input: { familyId: w.familyId, relativeId: w.strangersFamily.relativeId, channel: "SMS", body: "x" }, now: NOW }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await db.case.count()).toBe(before);
  });
});

describe("marking done", () => {
  it("records who, when and on time on the deadline day until 23:59:59 JST", async () => {
    const w = await makeWorld();
    const { caseId } = await logGenuine(w);
    const c = await getCase({ actor: w.owner, caseId });
    await markDone({ actor: w.owner, caseId, version: c.version, now: new Date("2024-11-03T14:59:59Z"), note: "アプリから" });
    const done = await getCase({ actor: w.member, caseId });
    expect(done).toMatchObject({ status: "DONE", doneOnTime: true, doneNote: "アプリから", doneBy: { id: w.owner.userId } });
  });

  it("a case done after its deadline is late, and can be reopened with history", async () => {
    const w = await makeWorld();
    const { caseId } = await logGenuine(w);
    let c = await getCase({ actor: w.owner, caseId });
    await markDone({ actor: w.owner, caseId, version: c.version, now: new Date("2024-11-03T15:00:00Z") });
    c = await getCase({ actor: w.owner, caseId });
    expect(c.doneOnTime).toBe(false);
    await reopenCase({ actor: w.member, caseId, version: c.version });
    c = await getCase({ actor: w.owner, caseId });
    expect(c).toMatchObject({ status: "OPEN", doneOnTime: null, doneAt: null });
    expect(c.activities.map((a) => a.type).slice(0, 2)).toEqual(["case.reopened", "case.done"]);
  });

  it("two members marking done at once: exactly one wins, the other gets CONFLICT with the current state", async () => {
    const w = await makeWorld();
    const { caseId } = await logGenuine(w);
    const { version } = await getCase({ actor: w.owner, caseId });
    const results = await Promise.allSettled([
      markDone({ actor: w.owner, caseId, version, now: NOW }),
      markDone({ actor: w.member, caseId, version, now: NOW }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "CONFLICT", details: { current: { status: "DONE" } } });
    expect(await db.activity.count({ where: { caseId, type: "case.done" } })).toBe(1);
  });

  it("a stale form (older version) cannot overwrite a newer change", async () => {
    const w = await makeWorld();
    const { caseId } = await logGenuine(w);
    const { version } = await getCase({ actor: w.owner, caseId });
    await setDeadline({ actor: w.member, caseId, version, deadline: "2024-12-01" });
    await expect(assignCase({ actor: w.owner, caseId, version, assigneeId: w.owner.userId })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await getCase({ actor: w.owner, caseId })).assignee).toBeNull();
  });

  it("ticks from two helpers at once are both kept", async () => {
    const w = await makeWorld();
    const { caseId } = await logGenuine(w);
    await Promise.all([
      setStep({ actor: w.owner, caseId, stepId: "step:a", checked: true }),
      setStep({ actor: w.member, caseId, stepId: "step:b", checked: true }),
    ]);
    expect((await getCase({ actor: w.owner, caseId })).checkedSteps.sort()).toEqual(["step:a", "step:b"]);
  });
});

describe("access: a foreign id behaves like a missing one", () => {
  it("stranger and removed member get NOT_FOUND on every case function, and nothing changes", async () => {
    const w = await makeWorld();
    const { caseId } = await logGenuine(w);
    const { noteId } = await addNote({ actor: w.member, caseId, body: "わたしのメモ" });
    const snapshot = async () => ({
      c: await db.case.findUniqueOrThrow({ where: { id: caseId } }),
      notes: await db.note.findMany({ where: { caseId }, orderBy: { id: "asc" } }),
      activities: await db.activity.count({ where: { caseId } }),
    });
    const before = await snapshot();
    for (const outsider of [w.stranger, w.removed]) {
      const calls: Array<() => Promise<unknown>> = [
        () => getCase({ actor: outsider, caseId }),
        () => listCases({ actor: outsider, familyId: w.familyId, now: NOW }),
        () => markDone({ actor: outsider, caseId, version: before.c.version, now: NOW }),
        () => reopenCase({ actor: outsider, caseId, version: before.c.version }),
        () => dismissAsScam({ actor: outsider, caseId, version: before.c.version, exposure: "none", now: NOW }),
        () => assignCase({ actor: outsider, caseId, version: before.c.version, assigneeId: null }),
        () => setDeadline({ actor: outsider, caseId, version: before.c.version, deadline: null }),
        () => setStep({ actor: outsider, caseId, stepId: "step:x", checked: true }),
        () => addNote({ actor: outsider, caseId, body: "x" }),
        () => editNote({ actor: outsider, noteId, body: "x" }),
        () => deleteNote({ actor: outsider, noteId }),
        () => logMessage({ actor: outsider, input: { familyId: w.familyId, caseId, channel: "SMS", body: "x" }, now: NOW }),
        () => logMessage({ actor: outsider, input: { familyId: w.familyId, relativeId: w.relativeId, channel: "SMS", body: "x" }, now: NOW }),
      ];
      for (const call of calls) await expect(call()).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("a member may not edit or delete another member's note", async () => {
    const w = await makeWorld();
    const { caseId } = await logGenuine(w);
    const { noteId } = await addNote({ actor: w.member, caseId, body: "わたしのメモ" });
    await expect(editNote({ actor: w.owner, noteId, body: "書き換え" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteNote({ actor: w.owner, noteId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.note.findUniqueOrThrow({ where: { id: noteId } })).body).toBe("わたしのメモ");
    await editNote({ actor: w.member, noteId, body: "直したメモ" });
    expect((await db.note.findUniqueOrThrow({ where: { id: noteId } })).body).toBe("直したメモ");
  });

  it("the assignee must be a member of the case's family", async () => {
    const w = await makeWorld();
    const { caseId } = await logGenuine(w);
    const { version } = await getCase({ actor: w.owner, caseId });
    await expect(assignCase({ actor: w.owner, caseId, version, assigneeId: w.stranger.userId })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});

describe("dashboard order", () => {
  it("overdue first, then due within 3 days, then other open, then closed", async () => {
    const w = await makeWorld();
    const make = async (deadline: string | undefined) =>
      (await logMessage({ actor: w.owner, input: { familyId: w.familyId, relativeId: w.relativeId, channel: "SMS", body: "ご確認ください", ...(deadline ? { deadline } : {}) }, now: NOW })).caseId;
    const later = await make("2024-12-20");
    const none = await make(undefined);
    const soon = await make("2024-10-30");
    const overdue = await make("2024-10-20");
    const closed = await make("2024-10-29");
    const { version } = await getCase({ actor: w.owner, caseId: closed });
    await markDone({ actor: w.owner, caseId: closed, version, now: NOW });
    const rows = await listCases({ actor: w.member, familyId: w.familyId, now: NOW });
    expect(rows.map((r) => r.id)).toEqual([overdue, soon, later, none, closed]);
    expect(rows[0]!.daysLeft).toBe(-8);
  });

  it("filters by status and by relative", async () => {
    const w = await makeWorld();
    const { caseId } = await logMessage({ actor: w.owner, input: { familyId: w.familyId, relativeId: w.relativeId, channel: "SMS", body: PHISHING_DCARD_SMS }, now: NOW });
    const { version } = await getCase({ actor: w.owner, caseId });
    await dismissAsScam({ actor: w.owner, caseId, version, exposure: "tapped", now: NOW });
    expect((await listCases({ actor: w.owner, familyId: w.familyId, filters: { status: "DISMISSED" }, now: NOW })).map((r) => r.id)).toEqual([caseId]);
    expect(await listCases({ actor: w.owner, familyId: w.familyId, filters: { status: "OPEN" }, now: NOW })).toEqual([]);
    expect(await listCases({ actor: w.owner, familyId: w.familyId, filters: { relativeId: "someone-else" }, now: NOW })).toEqual([]);
  });
});
