// HTTP throughput and latency on loopback with autocannon: the dashboard, a case page and the
// mark-done server action, each against the floor (app/bench-floor: a dynamic page that renders a
// constant) in the same build and the same server. For reading the figures, not budgets: the floor
// signed in (what auth adds), the dashboard of a 10-case family (what each case row adds), and
// mark-done on one connection (its own latency, without 9 other requests queued ahead of it).
//
// Pages: each target runs in short slices interleaved with the others (floor, dashboard, case,
// floor, dashboard, case, …), so load from anything else on the machine falls on all of them alike;
// latencies are every response's own time, pooled over the slices.
//
// Mark-done: the real server action, replayed as the browser sends it (captured once from the real
// form). Every measured request is a SUCCESSFUL mark-done (an OPEN case at its current version:
// the conditional write, the history line, revalidatePath and the re-rendered page in the action's
// answer). A CONFLICT would skip the write and the re-render, so it is not what is measured: between
// rounds every bench case is set back to OPEN directly in SQLite (the server is idle then), and
// each round marks each case once. Success is checked in the database after each round (the
// answers are compressed, as a browser asks for them): every request must have left its case DONE
// with a "case.done" history line; each one that did not counts as an error.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { argFlag, exitOnSignals, DIST_DIR, isMain, launchChromium, load1, log, machineInfo, ROOT, startBenchServer, writeResult } from "./server.mjs";

export const CONNECTIONS = 10;
const SLICE_SECONDS = Number(process.env.BENCH_SLICE_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const WARMUP_SECONDS = 2;
const MARK_DONE_ROUNDS = Number(process.env.BENCH_MARK_DONE_ROUNDS ?? 4);

export const BUDGETS = { pageThroughputRatio: 0.5, markDoneP99Ms: 50 };

const BROWSER_HEADERS = { accept: "text/html,application/xhtml+xml", "accept-encoding": "gzip, deflate, br", "accept-language": "ja,en;q=0.5" };

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** One autocannon run; resolves with its result and every response's latency (ms). */
function cannon(opts) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    const instance = autocannon({ connections: CONNECTIONS, timeout: 10, ...opts }, (error, result) => (error ? reject(error) : resolve({ result, latencies })));
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

function summarise(name, runs, extra = {}) {
  const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const seconds = runs.reduce((s, r) => s + r.result.duration, 0);
  const ok = runs.reduce((s, r) => s + r.result["2xx"], 0);
  const errors = runs.reduce((s, r) => s + r.result.errors + r.result.timeouts + r.result.non2xx, 0) + (extra.badBodies ?? 0);
  return {
    name,
    requests: latencies.length,
    seconds: Number(seconds.toFixed(2)),
    reqPerSec: Number((ok / seconds).toFixed(1)),
    p50: Number(percentile(latencies, 50).toFixed(1)),
    p99: Number(percentile(latencies, 99).toFixed(1)),
    errors,
    ...extra,
  };
}

/** Fetches a target once: it must answer 200 with its marker (a redirect to sign-in is a failure). */
async function check(base, target) {
  const res = await fetch(base + target.path, { headers: { ...BROWSER_HEADERS, ...target.headers }, redirect: "manual" });
  const html = await res.text();
  if (res.status !== 200) throw new Error(`${target.name}: GET ${target.path} answered ${res.status} ${res.headers.get("location") ?? ""}`);
  const count = html.split(target.marker).length - 1;
  if (count < (target.minMarkers ?? 1)) throw new Error(`${target.name}: expected ${target.minMarkers ?? 1}× ${target.marker} in the page, found ${count}`);
  return { htmlKiB: Number((Buffer.byteLength(html) / 1024).toFixed(1)), htmlGzipKiB: Number((zlib.gzipSync(html).length / 1024).toFixed(1)) };
}

export async function pages(ctx) {
  const { base, seeded, cookieHeader } = ctx;
  const auth = { cookie: cookieHeader };
  const targets = [
    { name: "floor", path: "/bench-floor", headers: {}, marker: "<p>floor</p>", floor: true },
    { name: "floor, signed in", path: "/bench-floor", headers: auth, marker: "<p>floor</p>", info: true },
    // The dashboard shows the 30 most urgent rows first (all rows are still loaded and sorted).
    { name: "dashboard (200 cases)", path: `/families/${seeded.familyId}`, headers: auth, marker: 'data-testid="case-row"', minMarkers: 30, page: true },
    { name: "dashboard, all 200 rows (info)", path: `/families/${seeded.familyId}?all=1`, headers: auth, marker: 'data-testid="case-row"', minMarkers: seeded.caseIds.length, info: true },
    ...(seeded.smallFamilyId ? [{ name: "dashboard (10 cases)", path: `/families/${seeded.smallFamilyId}`, headers: auth, marker: 'data-testid="case-row"', minMarkers: 10, info: true }] : []),
    { name: "case page", path: `/families/${seeded.familyId}/cases/${seeded.richCaseId}`, headers: auth, marker: 'data-testid="verdict"', page: true },
  ];
  for (const t of targets) Object.assign(t, await check(base, t));
  log(`warming up ${targets.length} targets (${WARMUP_SECONDS}s each)`);
  for (const t of targets) await cannon({ url: base + t.path, headers: { ...BROWSER_HEADERS, ...t.headers }, duration: WARMUP_SECONDS });
  const runs = new Map(targets.map((t) => [t, []]));
  const loads = [];
  for (let round = 1; round <= ROUNDS; round++) {
    for (const t of targets) {
      loads.push(load1());
      runs.get(t).push(await cannon({ url: base + t.path, headers: { ...BROWSER_HEADERS, ...t.headers }, duration: SLICE_SECONDS }));
    }
    log(`pages: round ${round}/${ROUNDS} done (${SLICE_SECONDS}s per target, ${CONNECTIONS} connections)`);
  }
  const rows = targets.map((t) => ({ ...summarise(t.name, runs.get(t)), path: t.path.replace(seeded.familyId, ":familyId").replace(seeded.smallFamilyId, ":smallFamilyId").replace(seeded.richCaseId, ":caseId"), htmlKiB: t.htmlKiB, htmlGzipKiB: t.htmlGzipKiB, kind: t.floor ? "floor" : t.info ? "info" : "page" }));
  const floor = rows.find((r) => r.kind === "floor");
  for (const r of rows) {
    r.throughputRatio = Number((r.reqPerSec / floor.reqPerSec).toFixed(2));
    r.p99Ratio = Number((r.p99 / floor.p99).toFixed(2));
  }
  return { rows, loadavg1: loads };
}

/** Captures the real mark-done request from the case page's form (headers and multipart body). */
async function captureMarkDone(ctx, caseId) {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ locale: "ja-JP", timezoneId: "Asia/Tokyo" });
    await context.addCookies(ctx.cookies);
    const page = await context.newPage();
    const url = `${ctx.base}/families/${ctx.seeded.familyId}/cases/${caseId}`;
    // Hydrated (all chunks loaded), so the form posts through React with the Next-Action header
    // rather than as a plain HTML form.
    await page.goto(url, { waitUntil: "networkidle" });
    const isAction = (r) => r.method() === "POST" && !!r.headers()["next-action"];
    const [request, response] = await Promise.all([
      page.waitForRequest(isAction, { timeout: 20_000 }),
      page.waitForResponse((r) => isAction(r.request()), { timeout: 20_000 }),
      page.locator('section[aria-labelledby="markdone-h"] button[type="submit"]').click({ timeout: 20_000 }),
    ]);
    const body = request.postDataBuffer()?.toString("utf8") ?? "";
    const headers = await request.allHeaders();
    if (response.status() !== 200) throw new Error(`the real mark-done answered ${response.status()}`);
    await page.getByTestId("done-box").waitFor({ timeout: 20_000 });
    return { url, path: new URL(url).pathname, headers, body };
  } finally {
    await browser.close();
  }
}

/** The markDoneAction id from the build's server reference manifest, to cross-check the capture. */
function manifestActionId() {
  const file = path.join(ROOT, DIST_DIR, "server", "server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8"));
  const hit = Object.entries(manifest.node).find(([, v]) => v.exportedName === "markDoneAction" && /cases\/actions\.ts$/.test(v.filename ?? ""));
  return hit?.[0] ?? null;
}

export async function markDone(ctx) {
  const { base, seeded, databaseFile } = ctx;
  const sqlite = new Database(databaseFile, { timeout: 5000 });
  const reset = sqlite.prepare(
    `UPDATE "Case" SET status = 'OPEN', doneAt = NULL, doneById = NULL, doneOnTime = NULL, doneNote = NULL, scamExposure = NULL, version = version + 1 WHERE familyId = ?`,
  );
  const versions = sqlite.prepare(`SELECT id, version FROM "Case" WHERE familyId = ?`);
  const doneCount = sqlite.prepare(`SELECT count(*) AS n FROM "Case" WHERE familyId = ? AND status = 'DONE'`);
  const historyCount = sqlite.prepare(`SELECT count(*) AS n FROM "Activity" WHERE familyId = ? AND type = 'case.done'`);
  const resetAll = () => {
    reset.run(seeded.familyId);
    return versions.all(seeded.familyId);
  };
  try {
    resetAll();
    const captureCase = seeded.richCaseId;
    const captured = await captureMarkDone(ctx, captureCase);
    const actionId = captured.headers["next-action"];
    const fromManifest = manifestActionId();
    if (fromManifest && fromManifest !== actionId) throw new Error(`captured action ${actionId} is not markDoneAction (${fromManifest}) in the manifest`);
    const versionField = /(name="[^"]*version"\r\n\r\n)(\d+)(\r\n)/;
    if (!versionField.test(captured.body) || !captured.body.includes(captureCase)) throw new Error(`unexpected mark-done body:\n${captured.body.slice(0, 600)}`);
    const headers = Object.fromEntries(
      Object.entries(captured.headers).filter(([k]) => ["accept", "next-action", "next-router-state-tree", "content-type", "origin", "cookie", "accept-language", "user-agent"].includes(k)),
    );
    headers["accept-encoding"] = "gzip, deflate, br";
    if (!headers.cookie) headers.cookie = ctx.cookieHeader;
    const requestFor = (c) => ({
      method: "POST",
      path: captured.path.replace(captureCase, c.id),
      headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, v.split(captureCase).join(c.id)])),
      body: captured.body.split(captureCase).join(c.id).replace(versionField, `$1${c.version}$3`),
    });

    // One replay by hand first, so a wrong replay fails here with the server's answer. Its size
    // shows what the action sends back: the result and, after revalidatePath, the page re-rendered.
    let answerKiB;
    {
      const c = resetAll().find((x) => x.id !== captureCase);
      const req = requestFor(c);
      const res = await fetch(base + req.path, { method: "POST", headers: req.headers, body: req.body });
      const answer = await res.text();
      if (res.status !== 200 || !answer.includes('"done":true')) throw new Error(`replayed mark-done failed: ${res.status} ${answer.slice(0, 400)}`);
      answerKiB = Number((Buffer.byteLength(answer) / 1024).toFixed(1));
    }

    const loads = [];
    const measureRounds = async ({ connections, rounds, warmup }) => {
      const runs = [];
      let failed = 0;
      let sample = "";
      for (let round = warmup ? 0 : 1; round <= rounds; round++) {
        const cases = resetAll();
        // Requests are built just before they are sent; one spare per connection keeps every
        // built request on its own case even if a connection builds one it never sends.
        const amount = cases.length - connections;
        let next = 0;
        const historyBefore = historyCount.get(seeded.familyId).n;
        loads.push(load1());
        const run = await cannon({ url: base, connections, amount, requests: [{ setupRequest: (req) => ({ ...req, ...requestFor(cases[next++ % cases.length]) }) }] });
        const done = doneCount.get(seeded.familyId).n;
        const history = historyCount.get(seeded.familyId).n - historyBefore;
        const bad = Math.max(0, amount - done) + Math.max(0, amount - history);
        if (bad) sample ||= `round ${round}: ${amount} requests, ${done} cases DONE, ${history} new history lines`;
        if (round === 0) continue; // warm-up round
        failed += bad;
        runs.push(run);
      }
      if (failed) log(`mark-done at ${connections} connection(s): ${failed} failed, e.g. ${sample}`);
      return { runs, failed };
    };
    const loaded = await measureRounds({ connections: CONNECTIONS, rounds: MARK_DONE_ROUNDS, warmup: true });
    const row = summarise("mark-done (server action)", loaded.runs, { badBodies: loaded.failed, kind: "action", answerKiB, path: "POST /families/:familyId/cases/:caseId (Next-Action)" });
    const single = await measureRounds({ connections: 1, rounds: 1, warmup: false });
    const singleRow = summarise("mark-done, 1 connection", single.runs, { badBodies: single.failed, kind: "info", answerKiB, path: row.path });
    log(`mark-done: ${MARK_DONE_ROUNDS} rounds of ${seeded.caseIds.length - CONNECTIONS} successful writes at ${CONNECTIONS} connections, 1 round at 1 connection`);
    return { rows: [row, singleRow], actionId, actionIdMatchesManifest: fromManifest === actionId, loadavg1: loads };
  } finally {
    sqlite.close();
  }
}

export function httpBudgets(rows) {
  const out = [];
  for (const r of rows.filter((x) => x.kind === "page")) {
    out.push({ budget: `${r.name}: throughput ≥ ${BUDGETS.pageThroughputRatio}× floor`, actual: `${r.throughputRatio}×`, ok: r.throughputRatio >= BUDGETS.pageThroughputRatio });
  }
  const md = rows.find((x) => x.kind === "action");
  if (md) out.push({ budget: `mark-done p99 ≤ ${BUDGETS.markDoneP99Ms} ms at ${CONNECTIONS} connections`, actual: `${md.p99} ms`, ok: md.p99 <= BUDGETS.markDoneP99Ms });
  const errors = rows.reduce((s, r) => s + r.errors, 0);
  out.push({ budget: "HTTP: zero errors", actual: String(errors), ok: errors === 0 });
  return out;
}

export async function run(ctx) {
  const p = await pages(ctx);
  const m = await markDone(ctx);
  const rows = [...p.rows, ...m.rows];
  const floor = rows.find((r) => r.kind === "floor");
  for (const r of m.rows) {
    r.throughputRatio = Number((r.reqPerSec / floor.reqPerSec).toFixed(2));
    r.p99Ratio = Number((r.p99 / floor.p99).toFixed(2));
  }
  return { connections: CONNECTIONS, sliceSeconds: SLICE_SECONDS, rounds: ROUNDS, markDoneRounds: MARK_DONE_ROUNDS, rows, budgets: httpBudgets(rows), actionId: m.actionId, actionIdMatchesManifest: m.actionIdMatchesManifest, loadavg1: [...p.loadavg1, ...m.loadavg1] };
}

export function printHttp(result) {
  console.log(`\nHTTP on loopback, autocannon, ${result.connections} connections (pages: ${result.rounds}×${result.sliceSeconds}s interleaved slices; mark-done: ${result.markDoneRounds} rounds of successful writes)`);
  console.table(
    result.rows.map((r) => ({
      target: r.name,
      "req/s": r.reqPerSec,
      "p50 ms": r.p50,
      "p99 ms": r.p99,
      errors: r.errors,
      "× floor req/s": r.throughputRatio,
      "× floor p99": r.p99Ratio,
      requests: r.requests,
      "body KiB (gz)": r.htmlKiB !== undefined ? `${r.htmlKiB} (${r.htmlGzipKiB})` : r.answerKiB !== undefined ? `${r.answerKiB}` : "",
    })),
  );
  console.log(`1-min load average during the runs: ${Math.min(...result.loadavg1)}–${Math.max(...result.loadavg1)}`);
}

if (isMain(import.meta.url)) {
  exitOnSignals();
  const ctx = await startBenchServer({ rebuild: argFlag("build") });
  try {
    const result = { machine: machineInfo(), http: await run(ctx) };
    printHttp(result.http);
    console.table(result.http.budgets);
    log(`written ${writeResult("http", result)}`);
    process.exitCode = result.http.budgets.every((b) => b.ok) ? 0 : 1;
  } finally {
    await ctx.stop();
  }
}
