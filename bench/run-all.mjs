// `npm run bench`: every performance figure and budget in one go (docs/performance.md).
// Builds once into .next-bench, seeds a 200-case family into a temporary database, serves it with
// `next start` on loopback, signs in once, then: HTTP (autocannon), shipped JavaScript, web vitals,
// and the 100,000-message re-judge (no server needed). Prints every figure with its ratio to the
// floor, writes bench/results/latest.json, exits 1 when a budget does not hold.
//   --no-build   reuse an existing .next-bench build
//   --vitals=cdp|lighthouse   force one way of measuring web vitals
import { httpBudgets, printHttp, run as runHttp } from "./http.mjs";
import { printJs, run as runJs } from "./js-size.mjs";
import { printRejudge, run as runRejudge } from "./rejudge-100k.mjs";
import { argFlag, exitOnSignals, log, machineInfo, startBenchServer, writeResult } from "./server.mjs";
import { printVitals, run as runVitals } from "./web-vitals.mjs";

exitOnSignals();
const started = Date.now();
const machine = machineInfo();
console.log(
  `Tashika benchmarks · ${machine.date} · ${machine.nproc} CPU (${machine.cpu}), ${machine.memoryGiB} GiB · Node ${machine.node} · Next ${machine.next} · ${machine.chromium} · load ${machine.loadavg.join(" ")}`,
);

const results = { machine, errors: {} };
const part = async (name, fn) => {
  try {
    results[name] = await fn();
  } catch (error) {
    results.errors[name] = String(error?.stack ?? error);
    console.error(`\n[bench] ${name} FAILED: ${error?.message ?? error}`);
  }
};

const force = process.argv.find((a) => a.startsWith("--vitals="))?.slice("--vitals=".length);
let ctx;
try {
  ctx = await startBenchServer({ rebuild: !argFlag("no-build") });
  results.timings = ctx.timings;
  results.seed = { verdicts: ctx.seeded.verdicts, statuses: ctx.seeded.statuses, screenshots: ctx.seeded.screenshots, rows: ctx.seeded.rows };
  await part("http", () => runHttp(ctx));
  if (results.http) printHttp(results.http);
  await part("js", () => runJs(ctx));
  if (results.js) printJs(results.js);
  await part("vitals", () => runVitals(ctx, { force }));
  if (results.vitals) printVitals(results.vitals);
} catch (error) {
  results.errors.server = String(error?.stack ?? error);
  console.error(`\n[bench] server FAILED: ${error?.message ?? error}`);
} finally {
  await ctx?.stop();
}
await part("rejudge", () => runRejudge());
if (results.rejudge) printRejudge(results.rejudge);

const budgets = [...(results.http ? httpBudgets(results.http.rows) : []), ...(results.js?.budgets ?? []), ...(results.vitals?.budgets ?? []), ...(results.rejudge?.budgets ?? [])];
for (const name of Object.keys(results.errors)) budgets.push({ budget: `${name}: ran to the end`, actual: "failed (see above)", ok: false });
results.budgets = budgets;
results.seconds = Math.round((Date.now() - started) / 1000);

console.log(`\nBudgets (${budgets.filter((b) => b.ok).length}/${budgets.length} hold)`);
console.table(budgets.map((b) => ({ budget: b.budget, actual: b.actual, "": b.ok ? "ok" : "OVER" })));
log(`finished in ${results.seconds}s; figures in ${writeResult("latest", results)}`);
process.exitCode = budgets.every((b) => b.ok) ? 0 : 1;
