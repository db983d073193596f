// Lighthouse-style checks on the home page (signed out) and a case page (signed in), mobile.
//
// Two ways, the same budgets:
// 1. Lighthouse itself (mobile preset, Debian Chromium) when the `lighthouse` CLI is installed
//    (node_modules/.bin/lighthouse, or LIGHTHOUSE_BIN): performance ≥ 90, accessibility ≥ 95,
//    best practices ≥ 95, median of BENCH_VITALS_RUNS runs.
// 2. Otherwise, the same metrics through playwright-core and the Chrome DevTools Protocol, with
//    Lighthouse's mobile settings applied by hand: 390×844 at 3× (Moto G Power class), CPU slowed 4×
//    (Emulation.setCPUThrottlingRate), Lighthouse's "slow 4G" as DevTools applies it (562.5 ms
//    round trip, 1.47 Mbit/s down, 675 kbit/s up: Network.emulateNetworkConditions), empty cache.
//    FCP, LCP and CLS come from PerformanceObserver, TBT from long tasks after FCP (each task's time
//    over 50 ms). The performance figure is Lighthouse's own scoring curves (v10+, mobile) applied to
//    those metrics, without Speed Index (weights renormalised). Accessibility is axe-core
//    (@axe-core/playwright, WCAG 2.x A/AA): zero violations stands in for "≥ 95". Best practices
//    has no equivalent; console errors and failed requests are listed instead.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { argFlag, exitOnSignals, CHROMIUM, isMain, launchChromium, log, machineInfo, ROOT, startBenchServer, writeResult } from "./server.mjs";

export const BUDGETS = { performance: 90, accessibility: 95, bestPractices: 95 };
const RUNS = Number(process.env.BENCH_VITALS_RUNS ?? 3);

/** Lighthouse's slow-4G as DevTools applies it (throttling.mobileSlow4G, devtools method). */
const NETWORK = { offline: false, latency: 150 * 3.75, downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8 };
const CPU_SLOWDOWN = 4;
const MOBILE_UA = "Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/136.0.0.0 Mobile Safari/537.36";

// Lighthouse 10+ mobile scoring curves and weights (core/audits/metrics/*.js, default-config.js).
const CURVES = {
  fcp: { p10: 1800, median: 3000, weight: 10 },
  lcp: { p10: 2500, median: 4000, weight: 25 },
  tbt: { p10: 200, median: 600, weight: 30 },
  cls: { p10: 0.1, median: 0.25, weight: 25 },
};

/** Complementary error function (Numerical Recipes erfc, |error| < 1.2e-7). */
function erfc(x) {
  const z = Math.abs(x);
  const t = 1 / (1 + z / 2);
  const r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
  return x >= 0 ? r : 2 - r;
}

/** Lighthouse's log-normal metric score (lib/statistics.js getLogNormalScore). */
export function logNormalScore({ p10, median }, value) {
  if (value <= 0) return 1;
  const standardizedX = (Math.log(value / median) * 0.9061938024368232) / -Math.log(p10 / median);
  const score = erfc(standardizedX) / 2;
  if (value <= p10) return Math.max(0.9, Math.min(1, score));
  if (value <= median) return Math.max(0.5, Math.min(0.8999999999999999, score));
  return Math.max(0, Math.min(0.49999999999999994, score));
}

export function estimatedPerformance(m) {
  let sum = 0;
  let weights = 0;
  for (const [k, curve] of Object.entries(CURVES)) {
    sum += logNormalScore(curve, m[k]) * curve.weight;
    weights += curve.weight;
  }
  return Math.round((sum / weights) * 100);
}

function lighthouseBin() {
  const candidates = [process.env.LIGHTHOUSE_BIN, path.join(ROOT, "node_modules", ".bin", "lighthouse")].filter(Boolean);
  return candidates.find((c) => fs.existsSync(c)) ?? null;
}

// ---------------------------------------------------------------------------- 1. Lighthouse

function lighthouseOnce(bin, url, headers) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tashika-lh-"));
  const out = path.join(dir, "report.json");
  const headerFile = path.join(dir, "headers.json");
  fs.writeFileSync(headerFile, JSON.stringify(headers));
  try {
    const r = spawnSync(
      bin,
      [url, "--form-factor=mobile", "--only-categories=performance,accessibility,best-practices", "--output=json", `--output-path=${out}`, `--extra-headers=${headerFile}`, "--quiet", `--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run`],
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, encoding: "utf8", timeout: 180_000 },
    );
    if (r.status !== 0 || !fs.existsSync(out)) throw new Error(`lighthouse failed (${r.status}): ${(r.stderr ?? "").slice(-1500)}`);
    const report = JSON.parse(fs.readFileSync(out, "utf8"));
    if (report.runtimeError) throw new Error(`lighthouse: ${report.runtimeError.message}`);
    const a = report.audits;
    const failing = Object.values(report.categories)
      .flatMap((c) => c.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ({ cat: c.id, audit: a[ref.id] })))
      .filter(({ audit }) => audit.score !== null && audit.score < 1)
      .map(({ cat, audit }) => `${cat}: ${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ""}`);
    return {
      performance: Math.round(report.categories.performance.score * 100),
      accessibility: Math.round(report.categories.accessibility.score * 100),
      bestPractices: Math.round(report.categories["best-practices"].score * 100),
      fcp: a["first-contentful-paint"].numericValue,
      lcp: a["largest-contentful-paint"].numericValue,
      tbt: a["total-blocking-time"].numericValue,
      cls: a["cumulative-layout-shift"].numericValue,
      si: a["speed-index"].numericValue,
      version: report.lighthouseVersion,
      notes: failing,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function withLighthouse(bin, ctx, targets) {
  const rows = [];
  for (const t of targets) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(lighthouseOnce(bin, ctx.base + t.path, { "Accept-Language": "ja", ...(t.signedIn ? { Cookie: ctx.cookieHeader } : {}) }));
    // The run with the median performance score, as Lighthouse's own docs advise.
    const chosen = [...runs].sort((a, b) => a.performance - b.performance)[Math.floor(runs.length / 2)];
    rows.push({ page: t.name, path: t.pathLabel, runs: runs.length, ...chosen, performanceRuns: runs.map((r) => r.performance) });
  }
  return { method: `Lighthouse ${rows[0]?.version} (mobile preset, simulated throttling), median of ${RUNS}`, rows };
}

// ---------------------------------------------------------------------------- 2. CDP fallback

const OBSERVE = () => {
  const m = { fcp: null, lcp: 0, cls: 0, longTasks: [] };
  window.__vitals = m;
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) if (e.name === "first-contentful-paint") m.fcp = e.startTime;
  }).observe({ type: "paint", buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) m.lcp = Math.max(m.lcp, e.startTime);
  }).observe({ type: "largest-contentful-paint", buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) if (!e.hadRecentInput) m.cls += e.value;
  }).observe({ type: "layout-shift", buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) m.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
};

async function cdpOnce(browser, ctx, t) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    userAgent: MOBILE_UA,
    locale: "ja-JP",
    timezoneId: "Asia/Tokyo",
  });
  if (t.signedIn) await context.addCookies(ctx.cookies);
  const page = await context.newPage();
  const consoleErrors = [];
  page.on("console", (msg) => msg.type() === "error" && consoleErrors.push(msg.text()));
  page.on("requestfailed", (req) => consoleErrors.push(`request failed: ${new URL(req.url()).pathname} ${req.failure()?.errorText ?? ""}`));
  page.on("response", (res) => res.status() >= 400 && consoleErrors.push(`${res.status()} ${new URL(res.url()).pathname}`));
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", NETWORK);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  await page.addInitScript(OBSERVE);
  await page.goto(ctx.base + t.path, { waitUntil: "load", timeout: 60_000 });
  // Quiet for a while after load: late long tasks (hydration) and layout shifts are counted.
  await page.waitForLoadState("networkidle", { timeout: 30_000 }).catch(() => {});
  await page.waitForTimeout(2000);
  const m = await page.evaluate(() => window.__vitals);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  await context.close();
  const tbt = m.longTasks.filter((x) => x.start + x.duration > (m.fcp ?? 0)).reduce((s, x) => s + Math.max(0, x.duration - 50), 0);
  const metrics = { fcp: m.fcp ?? NaN, lcp: m.lcp || m.fcp || NaN, tbt, cls: m.cls };
  return {
    ...metrics,
    performance: estimatedPerformance(metrics),
    axeViolations: axe.violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`),
    consoleErrors,
  };
}

async function withCdp(ctx, targets) {
  const browser = await launchChromium();
  const rows = [];
  try {
    for (const t of targets) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await cdpOnce(browser, ctx, t));
      const chosen = [...runs].sort((a, b) => a.performance - b.performance)[Math.floor(runs.length / 2)];
      rows.push({
        page: t.name,
        path: t.pathLabel,
        runs: runs.length,
        ...chosen,
        accessibility: chosen.axeViolations.length === 0 ? "0 axe violations" : `${chosen.axeViolations.length} axe violations`,
        bestPractices: chosen.consoleErrors.length === 0 ? "no console errors" : chosen.consoleErrors.join("; "),
        performanceRuns: runs.map((r) => r.performance),
      });
    }
  } finally {
    await browser.close();
  }
  return {
    method: `playwright-core + CDP (no Lighthouse installed): mobile 390×844@3x, CPU ${CPU_SLOWDOWN}× slower, slow 4G applied (562.5 ms RTT, 1.47 Mbit/s); performance = Lighthouse v10 mobile curves over FCP/LCP/TBT/CLS (no Speed Index); accessibility = axe-core WCAG 2 A/AA; median of ${RUNS}`,
    rows,
  };
}

// ----------------------------------------------------------------------------

export async function run(ctx, { force } = {}) {
  const { familyId, richCaseId } = ctx.seeded;
  const targets = [
    { name: "home (signed out)", path: "/", pathLabel: "/" },
    { name: "case page", path: `/families/${familyId}/cases/${richCaseId}`, pathLabel: "/families/:familyId/cases/:caseId", signedIn: true },
  ];
  const bin = force === "cdp" ? null : lighthouseBin();
  if (force === "lighthouse" && !bin) throw new Error("--vitals=lighthouse: no lighthouse CLI (npm i -D lighthouse@12.8.2, or set LIGHTHOUSE_BIN)");
  const result = bin ? await withLighthouse(bin, ctx, targets) : await withCdp(ctx, targets);
  const budgets = [];
  for (const r of result.rows) {
    budgets.push({ budget: `${r.page}: performance ≥ ${BUDGETS.performance}`, actual: String(r.performance), ok: r.performance >= BUDGETS.performance });
    if (bin) {
      budgets.push({ budget: `${r.page}: accessibility ≥ ${BUDGETS.accessibility}`, actual: String(r.accessibility), ok: r.accessibility >= BUDGETS.accessibility });
      budgets.push({ budget: `${r.page}: best practices ≥ ${BUDGETS.bestPractices}`, actual: String(r.bestPractices), ok: r.bestPractices >= BUDGETS.bestPractices });
    } else {
      budgets.push({ budget: `${r.page}: accessibility (axe: no violations)`, actual: r.accessibility, ok: r.axeViolations.length === 0 });
    }
  }
  log(`vitals: ${result.rows.length} pages via ${bin ? "Lighthouse" : "CDP"}`);
  return { ...result, lighthouse: Boolean(bin), budgets };
}

export function printVitals(result) {
  console.log(`\nWeb vitals, mobile: ${result.method}`);
  console.table(
    result.rows.map((r) => ({
      page: r.page,
      performance: `${r.performance} (runs: ${r.performanceRuns.join(", ")})`,
      "FCP ms": Math.round(r.fcp),
      "LCP ms": Math.round(r.lcp),
      "TBT ms": Math.round(r.tbt),
      CLS: Number(r.cls.toFixed(3)),
      accessibility: r.accessibility,
      "best practices": r.bestPractices,
    })),
  );
  for (const r of result.rows) {
    const notes = r.notes ?? [...(r.axeViolations ?? []), ...(r.consoleErrors ?? [])];
    if (notes.length) console.log(`  ${r.page}: ${notes.join("; ")}`);
  }
}

if (isMain(import.meta.url)) {
  exitOnSignals();
  const force = process.argv.find((a) => a.startsWith("--vitals="))?.slice("--vitals=".length);
  const ctx = await startBenchServer({ rebuild: argFlag("build") });
  try {
    const result = { machine: machineInfo(), vitals: await run(ctx, { force }) };
    printVitals(result.vitals);
    console.table(result.vitals.budgets);
    log(`written ${writeResult("vitals", result)}`);
    process.exitCode = result.vitals.budgets.every((b) => b.ok) ? 0 : 1;
  } finally {
    await ctx.stop();
  }
}
