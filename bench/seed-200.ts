/**
 * Seeds the benchmark database (DATABASE_URL, DATA_DIR) with one family of `--cases=200` cases (and
 * a second family of 10 with the same owner) and writes what the benchmark needs as JSON to
 * `--out=<file>` (ids, the owner's e-mail, the mix).
 * Run with `tsx --conditions=react-server` like `npm run db:seed` (lib modules are server-only).
 */
import fs from "node:fs";
import { db } from "../lib/db/client";
import { seedFamily } from "./seed-family";

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const cases = Number(arg("cases") ?? 200);
const out = arg("out");
const password = arg("password") ?? "bench-password-2026";

const started = performance.now();
const seeded = await seedFamily({ cases, password });
// A small family of the same owner: the dashboard at 10 cases shows what each case row costs.
const small = await seedFamily({ cases: 10, password, owner: seeded.owner });
const result = {
  familyId: seeded.familyId,
  smallFamilyId: small.familyId,
  email: seeded.owner.email,
  password,
  richCaseId: seeded.richCaseId,
  caseIds: seeded.caseIds,
  verdicts: seeded.verdicts,
  statuses: seeded.statuses,
  screenshots: seeded.screenshots,
  rows: {
    messages: await db.message.count({ where: { case: { familyId: seeded.familyId } } }),
    notes: await db.note.count({ where: { case: { familyId: seeded.familyId } } }),
    activities: await db.activity.count({ where: { familyId: seeded.familyId } }),
  },
};
await db.$disconnect();
if (out) fs.writeFileSync(out, JSON.stringify(result, null, 2));
console.log(
  `[seed] ${cases} cases in ${((performance.now() - started) / 1000).toFixed(1)}s · verdicts ${JSON.stringify(result.verdicts)} · status ${JSON.stringify(result.statuses)} · ` +
    `${result.rows.messages} messages, ${result.rows.notes} notes, ${result.screenshots} screenshots, ${result.rows.activities} history lines`,
);
