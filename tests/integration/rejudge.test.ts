import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { logMessage } from "@/lib/cases/log-message";
import { rejudgeMessages } from "@/lib/cases/rejudge-messages";
import { RULESET_VERSION } from "@/lib/rules";
import { makeWorld, PHISHING_DCARD_SMS } from "../support/fixtures";

describe("rules:rejudge", () => {
  it("re-judges every message from an older ruleset in batches, reports progress, and notes changed verdicts", async () => {
    const w = await makeWorld();
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const { caseId } = await logMessage({ actor: w.owner, input: { familyId: w.familyId, relativeId: w.relativeId, channel: "SMS", body: `${PHISHING_DCARD_SMS} ${i}` }, now: new Date() });
      ids.push(caseId);
    }
    // Pretend these were judged by an old ruleset that thought one of them was only "caution".
    await db.verdict.updateMany({ where: { message: { caseId: { in: ids } } }, data: { rulesetVersion: "2000.1.0" } });
    const first = await db.message.findFirstOrThrow({ where: { caseId: ids[0] }, select: { id: true } });
    await db.verdict.update({ where: { messageId: first.id }, data: { verdict: "caution" } });

    const progress: number[] = [];
    const result = await rejudgeMessages({ batchSize: 3, onProgress: (p) => progress.push(p.done) });
    expect(result.done).toBeGreaterThanOrEqual(7);
    expect(progress.length).toBeGreaterThanOrEqual(4); // start + at least 3 batches
    expect(await db.verdict.count({ where: { message: { caseId: { in: ids } }, rulesetVersion: { not: RULESET_VERSION } } })).toBe(0);
    expect(await db.verdict.findUniqueOrThrow({ where: { messageId: first.id } })).toMatchObject({ verdict: "likely_phishing", rulesetVersion: RULESET_VERSION });
    expect(await db.activity.count({ where: { caseId: ids[0], type: "case.rejudged" } })).toBe(1);
    expect(await db.activity.count({ where: { caseId: ids[1], type: "case.rejudged" } })).toBe(0);
    // Nothing left to do on a second run.
    expect((await rejudgeMessages()).done).toBe(0);
  });
});
