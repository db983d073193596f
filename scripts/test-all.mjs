// `npm test`: every layer in order (unit, integration, lint + types, build, e2e), each runner's own
// output, then one summary line. Exits non-zero if any layer fails; later layers still run so
// one report shows everything.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(label, cmd, args) {
  console.log(`\n===== ${label} =====`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  const secs = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`----- ${label}: ${r.status === 0 ? "ok" : "FAILED"} (${secs}s)`);
  if (r.status !== 0) failures.push(label);
  return r.status === 0;
}

function countVitest(file) {
  if (!fs.existsSync(file)) return;
  const report = JSON.parse(fs.readFileSync(file, "utf8"));
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

function countPlaywright(file) {
  if (!fs.existsSync(file)) return;
  const { stats } = JSON.parse(fs.readFileSync(file, "utf8"));
  totals.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  totals.failed += stats.unexpected ?? 0;
  totals.skipped += stats.skipped ?? 0;
}

fs.mkdirSync("test-results", { recursive: true });
for (const f of ["unit", "integration"]) fs.rmSync(`test-results/${f}.json`, { force: true });
fs.rmSync("test-results/e2e-results.json", { force: true });

const vitest = "node_modules/.bin/vitest";
run("unit tests", vitest, ["run", "--project", "unit", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/unit.json"]);
countVitest("test-results/unit.json");
run("integration tests", vitest, ["run", "--project", "integration", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/integration.json"]);
countVitest("test-results/integration.json");
run("lint", "node_modules/.bin/eslint", ["."]);
run("typecheck", "node_modules/.bin/tsc", ["--noEmit"]);
if (run("build", "npm", ["run", "--silent", "build"])) {
  run("e2e tests (Playwright, Chromium)", "node_modules/.bin/playwright", ["test"]);
  countPlaywright("test-results/e2e-results.json");
} else {
  failures.push("e2e tests (skipped: build failed)");
}

console.log("\n===== summary =====");
if (failures.length) console.log(`failed layers: ${failures.join(", ")}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failures.length ? 1 : 0);
