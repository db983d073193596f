/**
 * Queries per request must not grow with the data (issue 6, no N+1): the dashboard's data
 * (listRelatives + listCases) and the case page's (getCase) issue the same number of SQL
 * statements for a family of 10 cases and one of 200, and for a case with one message and one
 * with many messages, notes and history lines.
 *
 * Counted with Prisma's query events (one event per SQL statement the driver adapter executes),
 * switched on by TASHIKA_QUERY_EVENTS=1 before lib/db/client is first imported; that is why every
 * app module below is imported dynamically, after the variable is set.
 */
import { beforeAll, describe, expect, it } from "vitest";

process.env.TASHIKA_QUERY_EVENTS = "1";
// A client made earlier in this process (without events) would be reused from globalThis.
delete (globalThis as { tashikaDb?: unknown }).tashikaDb;

const { db } = await import("@/lib/db/client");
const { listCases } = await import("@/lib/cases/list-cases");
const { getCase } = await import("@/lib/cases/get-case");
const { logMessage } = await import("@/lib/cases/log-message");
const { addNote } = await import("@/lib/cases/notes");
const { listRelatives } = await import("@/lib/relatives/list-relatives");
const { seedFamily } = await import("../../bench/seed-family");

type QueryEvent = { query: string };
const statements: string[] = [];
(db as unknown as { $on(event: "query", cb: (e: QueryEvent) => void): void }).$on("query", (e) => statements.push(e.query));

/** The SQL statements `fn` ran, in order. */
async function sqlOf(fn: () => Promise<unknown>): Promise<string[]> {
  await new Promise((resolve) => setImmediate(resolve));
  const start = statements.length;
  await fn();
  await new Promise((resolve) => setImmediate(resolve));
  return statements.slice(start);
}

const NOW = new Date("2024-10-28T01:00:00Z");

describe("queries per request do not grow with the data", () => {
  let small: Awaited<ReturnType<typeof seedFamily>>;
  let large: Awaited<ReturnType<typeof seedFamily>>;
  beforeAll(async () => {
    small = await seedFamily({ cases: 10, now: NOW });
    large = await seedFamily({ cases: 200, now: NOW });
  }, 120_000);

  const dashboard = (f: typeof small) => async () => {
    await listRelatives({ actor: f.owner, familyId: f.familyId });
    const rows = await listCases({ actor: f.owner, familyId: f.familyId, now: NOW });
    return rows;
  };

  it("counts real SQL statements", async () => {
    const sql = await sqlOf(() => db.$queryRawUnsafe("SELECT 1"));
    expect(sql).toEqual(["SELECT 1"]);
    const rows = await listCases({ actor: small.owner, familyId: small.familyId, now: NOW });
    expect(rows).toHaveLength(10);
  });

  it("the dashboard: same number of queries for 10 and 200 cases", async () => {
    const forSmall = await sqlOf(dashboard(small));
    const forLarge = await sqlOf(dashboard(large));
    expect((await dashboard(large)()).length).toBe(200);
    expect(forSmall.length).toBeGreaterThan(0);
    expect(forLarge, `10 cases:\n${forSmall.join("\n")}\n\n200 cases:\n${forLarge.join("\n")}`).toHaveLength(forSmall.length);
  });

  it("the case page: same number of queries in a family of 10 and of 200 cases", async () => {
    const forSmall = await sqlOf(() => getCase({ actor: small.owner, caseId: small.richCaseId }));
    const forLarge = await sqlOf(() => getCase({ actor: large.owner, caseId: large.richCaseId }));
    expect(forSmall.length).toBeGreaterThan(0);
    expect(forLarge, `10 cases:\n${forSmall.join("\n")}\n\n200 cases:\n${forLarge.join("\n")}`).toHaveLength(forSmall.length);
  });

  it("the case page: same number of queries for 1 message and for 12 messages with 20 notes", async () => {
    const plain = small.caseIds.find((id) => id !== small.richCaseId)!;
    const busy = large.richCaseId;
    for (let i = 0; i < 10; i++) {
      await logMessage({ actor: large.owner, input: { familyId: large.familyId, caseId: busy, channel: "SMS", body: `追加のメッセージ ${i} https://example.com/${i}` }, now: NOW });
    }
    for (let i = 0; i < 17; i++) await addNote({ actor: large.member, caseId: busy, body: `メモ ${i}` });
    const detail = await getCase({ actor: large.owner, caseId: busy });
    expect(detail.messages.length).toBeGreaterThanOrEqual(12);
    expect(detail.notes.length).toBeGreaterThanOrEqual(20);
    const forPlain = await sqlOf(() => getCase({ actor: small.owner, caseId: plain }));
    const forBusy = await sqlOf(() => getCase({ actor: large.owner, caseId: busy }));
    expect(forBusy, `plain:\n${forPlain.join("\n")}\n\nbusy:\n${forBusy.join("\n")}`).toHaveLength(forPlain.length);
  });
});
