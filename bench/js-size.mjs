// Shipped JavaScript: every script response a browser loads for a page (Debian Chromium through
// playwright-core, a fresh context per page so nothing comes from cache), each body gzip-compressed
// here with zlib (level 9) so the figure does not depend on how the server compressed it. The floor is
// the same build's constant page (app/bench-floor): what Next.js, React and the root layout cost.
// Inline <script> text (React Server Components payload, including the translations handed to
// the client) is reported beside it, outside the budget.
import zlib from "node:zlib";
import { argFlag, exitOnSignals, isMain, launchChromium, log, machineInfo, startBenchServer, writeResult } from "./server.mjs";

export const BUDGET_KIB_OVER_FLOOR = 40;

const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const kib = (n) => Number((n / 1024).toFixed(1));

async function measure(browser, ctx, target) {
  const context = await browser.newContext({ locale: "ja-JP", timezoneId: "Asia/Tokyo" });
  if (target.signedIn) await context.addCookies(ctx.cookies);
  const page = await context.newPage();
  const scripts = new Map();
  page.on("response", (res) => {
    if (res.request().resourceType() === "script" && res.status() === 200 && !scripts.has(res.url())) {
      scripts.set(res.url(), res.body().catch(() => null));
    }
  });
  const response = await page.goto(ctx.base + target.path, { waitUntil: "networkidle" });
  if (response?.status() !== 200 || new URL(page.url()).pathname !== target.path) {
    throw new Error(`${target.name}: ${target.path} ended at ${page.url()} with ${response?.status()}`);
  }
  const inline = await page.evaluate(() => [...document.querySelectorAll("script:not([src])")].map((s) => s.textContent ?? "").join("\n"));
  const files = [];
  for (const [url, body] of scripts) {
    const b = await body;
    if (b) files.push({ file: new URL(url).pathname, rawKiB: kib(b.length), gzipKiB: kib(gz(b)), bytes: b.length, gzipBytes: gz(b) });
  }
  await context.close();
  const raw = files.reduce((s, f) => s + f.bytes, 0);
  const gzip = files.reduce((s, f) => s + f.gzipBytes, 0);
  return {
    name: target.name,
    path: target.path,
    files: files.length,
    rawKiB: kib(raw),
    gzipKiB: kib(gzip),
    inlineGzipKiB: kib(gz(Buffer.from(inline))),
    kind: target.kind,
    scripts: files.sort((a, b) => b.gzipBytes - a.gzipBytes).map(({ file, rawKiB, gzipKiB }) => ({ file, rawKiB, gzipKiB })),
  };
}

export async function run(ctx) {
  const { familyId, richCaseId } = ctx.seeded;
  const targets = [
    { name: "floor", path: "/bench-floor", kind: "floor" },
    { name: "home (signed out)", path: "/", kind: "page" },
    { name: "home (signed in)", path: "/", signedIn: true, kind: "page" },
    { name: "dashboard (200 cases)", path: `/families/${familyId}`, signedIn: true, kind: "page" },
    { name: "case page", path: `/families/${familyId}/cases/${richCaseId}`, signedIn: true, kind: "page" },
  ];
  const browser = await launchChromium();
  const rows = [];
  try {
    for (const t of targets) rows.push(await measure(browser, ctx, t));
  } finally {
    await browser.close();
  }
  const floor = rows.find((r) => r.kind === "floor");
  for (const r of rows) r.overFloorKiB = Number((r.gzipKiB - floor.gzipKiB).toFixed(1));
  const budgets = rows
    .filter((r) => r.kind === "page")
    .map((r) => ({ budget: `${r.name}: JS ≤ floor + ${BUDGET_KIB_OVER_FLOOR} KiB gzip`, actual: `+${r.overFloorKiB} KiB (${r.gzipKiB} KiB)`, ok: r.overFloorKiB <= BUDGET_KIB_OVER_FLOOR }));
  for (const r of rows) r.path = r.path.replace(familyId, ":familyId").replace(richCaseId, ":caseId");
  log(`js: measured ${rows.length} pages`);
  return { rows, budgets };
}

export function printJs(result) {
  console.log("\nShipped JavaScript (script responses, each gzip -9 here; fresh browser cache per page)");
  console.table(
    result.rows.map((r) => ({
      page: r.name,
      files: r.files,
      "JS KiB": r.rawKiB,
      "JS gzip KiB": r.gzipKiB,
      "over floor KiB": r.overFloorKiB,
      "inline script gzip KiB": r.inlineGzipKiB,
    })),
  );
}

if (isMain(import.meta.url)) {
  exitOnSignals();
  const ctx = await startBenchServer({ rebuild: argFlag("build") });
  try {
    const result = { machine: machineInfo(), js: await run(ctx) };
    printJs(result.js);
    console.table(result.js.budgets);
    log(`written ${writeResult("js", result)}`);
    process.exitCode = result.js.budgets.every((b) => b.ok) ? 0 : 1;
  } finally {
    await ctx.stop();
  }
}
