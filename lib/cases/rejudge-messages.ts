import "server-only";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { RULESET_VERSION } from "../rules";
import { judgeForCase, verdictColumns } from "./judge-for-case";

export type RejudgeProgress = { done: number; total: number; changed: number };

/**
 * Re-judges every stored message whose verdict was made by another ruleset (or has none), in
 * batches: read a page by id, judge it in memory (pure), write the page in one batch
 * transaction. Memory stays bounded by the batch size whatever the table size. A case whose
 * verdict level changed gets a history line. Not tied to a request: run by `npm run rules:rejudge`.
 */
export async function rejudgeMessages({ batchSize = 500, now = new Date(), onProgress }: { batchSize?: number; now?: Date; onProgress?: (p: RejudgeProgress) => void } = {}) {
  const stale = { OR: [{ verdict: { is: null } }, { verdict: { is: { rulesetVersion: { not: RULESET_VERSION } } } }] };
  const total = await db.message.count({ where: stale });
  let done = 0;
  let changed = 0;
  let cursor: string | undefined;
  onProgress?.({ done, total, changed });
  for (;;) {
    const page = await db.message.findMany({
      // Keyset pagination: rows leave the stale set as they are written, so no offset or cursor row.
      where: cursor ? { AND: [stale, { id: { gt: cursor } }] } : stale,
      orderBy: { id: "asc" },
      take: batchSize,
      select: {
        id: true,
        channel: true,
        sender: true,
        subject: true,
        body: true,
        receivedAt: true,
        createdAt: true,
        verdict: { select: { verdict: true } },
        case: { select: { id: true, familyId: true, relative: { select: { receivesVia: true } } } },
      },
    });
    if (page.length === 0) break;
    const rows: Prisma.Sql[] = [];
    const history: Prisma.ActivityCreateManyInput[] = [];
    for (const m of page) {
      const v = judgeForCase({ ...m, receivedAt: m.receivedAt ?? m.createdAt, receivesVia: m.case.relative.receivesVia }, now);
      const c = verdictColumns(v, now);
      rows.push(Prisma.sql`(${crypto.randomUUID()}, ${m.id}, ${c.verdict}, ${c.risk}, ${c.campaign}, ${c.deadline}, ${c.findings}, ${c.advice}, ${c.rulesetVersion}, ${c.judgedAt})`);
      if (m.verdict && m.verdict.verdict !== v.verdict) {
        history.push({ familyId: m.case.familyId, caseId: m.case.id, type: "case.rejudged", data: JSON.stringify({ from: m.verdict.verdict, to: v.verdict, rulesetVersion: v.rulesetVersion }), at: now });
      }
    }
    changed += history.length;
    // One multi-row upsert per page instead of one Prisma upsert per message: Prisma compiles
    // every query it runs, and at 100,000 messages that compile dominated the run
    // (docs/performance.md). Plain SQL that SQLite and PostgreSQL both accept.
    await db.$transaction([
      db.$executeRaw`INSERT INTO "Verdict" ("id", "messageId", "verdict", "risk", "campaign", "deadline", "findings", "advice", "rulesetVersion", "judgedAt")
        VALUES ${Prisma.join(rows)}
        ON CONFLICT ("messageId") DO UPDATE SET "verdict" = excluded."verdict", "risk" = excluded."risk", "campaign" = excluded."campaign",
          "deadline" = excluded."deadline", "findings" = excluded."findings", "advice" = excluded."advice",
          "rulesetVersion" = excluded."rulesetVersion", "judgedAt" = excluded."judgedAt"`,
      db.activity.createMany({ data: history }),
    ]);
    done += page.length;
    cursor = page.at(-1)!.id;
    onProgress?.({ done, total, changed });
  }
  return { done, total, changed, rulesetVersion: RULESET_VERSION };
}
