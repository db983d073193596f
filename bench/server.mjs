// The benchmark's server: one production build in its own folder (.next-bench), a fresh temporary
// database and data folder seeded with a 200-case family, `next start` on a free loopback port,
// and ONE real sign-in through the sign-in form (the limit is 10 per account / 50 per IP per
// 15 minutes) whose cookies every part reuses.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";

export const ROOT = path.resolve(import.meta.dirname, "..");
export const DIST_DIR = ".next-bench";
export const RESULTS_DIR = path.join(ROOT, "bench", "results");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"];
const bin = (name) => path.join(ROOT, "node_modules", ".bin", name);

export const log = (...args) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...args);

/** Where and when figures were taken: without this a number means little. */
export function machineInfo() {
  let cpu = "unknown";
  try {
    cpu = /model name\s*:\s*(.+)/.exec(fs.readFileSync("/proc/cpuinfo", "utf8"))?.[1]?.trim() ?? cpu;
  } catch {
    cpu = os.cpus()[0]?.model ?? cpu;
  }
  let chromiumVersion = "";
  try {
    chromiumVersion = spawnSync(CHROMIUM, ["--version"], { encoding: "utf8", timeout: 10_000 }).stdout.trim();
  } catch {
    chromiumVersion = "(not found)";
  }
  const next = JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules/next/package.json"), "utf8")).version;
  return {
    date: new Date().toISOString(),
    nproc: os.availableParallelism(),
    cpu,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    next,
    chromium: chromiumVersion,
    loadavg: os.loadavg().map((l) => Number(l.toFixed(2))),
  };
}

/** 1-minute load average: other work on the machine skews every figure; it is printed beside them. */
export const load1 = () => Number(os.loadavg()[0].toFixed(2));

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function run(cmd, args, env, label) {
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, env, encoding: "utf8", maxBuffer: 64 * 2 ** 20 });
  if (r.status !== 0) {
    throw new Error(`${label} failed (exit ${r.status}):\n${(r.stdout ?? "").slice(-4000)}\n${(r.stderr ?? "").slice(-4000)}`);
  }
  return { ...r, seconds: (Date.now() - started) / 1000 };
}

/**
 * `next build` into .next-bench. Next adds its dist folder's type globs to tsconfig.json on every
 * build into a new folder; that edit is undone afterwards when it is the only change, so a
 * benchmark never leaves the work tree modified.
 */
export function build({ dataDir }) {
  const tsconfigPath = path.join(ROOT, "tsconfig.json");
  const before = fs.readFileSync(tsconfigPath, "utf8");
  log(`building into ${DIST_DIR} (next build, about a minute)...`);
  try {
    const r = run(bin("next"), ["build"], benchEnv({ dataDir }), "next build");
    log(`build done in ${r.seconds.toFixed(0)}s`);
    return r.seconds;
  } finally {
    restoreTsconfig(tsconfigPath, before);
  }
}

function restoreTsconfig(file, before) {
  const after = fs.readFileSync(file, "utf8");
  if (after === before) return;
  try {
    const a = JSON.parse(before);
    const b = JSON.parse(after);
    const ours = (p) => typeof p === "string" && p.startsWith(`${DIST_DIR}/`);
    b.include = (b.include ?? []).filter((p) => !ours(p));
    a.include = (a.include ?? []).filter((p) => !ours(p));
    if (JSON.stringify(a) === JSON.stringify(b)) fs.writeFileSync(file, before);
    else log("tsconfig.json changed during the build by something else: left as it is");
  } catch {
    log("tsconfig.json is not plain JSON: left as next build wrote it");
  }
}

function benchEnv({ dataDir, port }) {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: DIST_DIR,
    DATA_DIR: dataDir,
    DATABASE_URL: `file:${path.join(dataDir, "tashika.db")}`,
    TASHIKA_BENCH: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    ...(port ? { PORT: String(port) } : {}),
  };
}

export const hasBuild = () => fs.existsSync(path.join(ROOT, DIST_DIR, "BUILD_ID"));

async function waitForHealth(base, child, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`next start did not answer ${base}/api/health within ${timeoutMs / 1000}s`);
}

/** Signs in once through the real form in Chromium; returns the browser context's cookies. */
async function signInOnce(base, email, password) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ locale: "ja-JP", timezoneId: "Asia/Tokyo" });
    const page = await context.newPage();
    await page.goto(`${base}/signin`);
    await page.getByLabel("メールアドレス").fill(email);
    await page.getByLabel("パスワード").fill(password);
    await page.getByRole("button", { name: "ログインする" }).click();
    await page.getByRole("link", { name: "アカウント" }).waitFor({ timeout: 20_000 });
    const cookies = await context.cookies(base);
    if (!cookies.some((c) => /session-token/.test(c.name))) throw new Error(`sign-in set no session cookie (got ${cookies.map((c) => c.name).join(", ")})`);
    return cookies;
  } finally {
    await browser.close();
  }
}

/**
 * Builds (unless a build exists and `rebuild` is false), seeds, starts, signs in; returns the
 * context every part takes. `stop()` ends the server and removes the temporary data.
 */
export async function startBenchServer({ rebuild = true, cases = 200 } = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tashika-bench-"));
  const timings = {};
  let child;
  // Even if the benchmark dies (an unhandled rejection skips every finally), the server and its
  // temporary data go with it.
  const onExit = () => {
    if (child && child.exitCode === null) child.kill("SIGKILL");
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  process.once("exit", onExit);
  const stop = async () => {
    if (child && child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((r) => {
        const t = setTimeout(() => {
          child.kill("SIGKILL");
          r();
        }, 5000);
        child.once("exit", () => {
          clearTimeout(t);
          r();
        });
      });
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
    process.off("exit", onExit);
  };
  try {
    if (rebuild || !hasBuild()) timings.buildSeconds = build({ dataDir });
    else log(`reusing the existing ${DIST_DIR} build (built ${fs.statSync(path.join(ROOT, DIST_DIR, "BUILD_ID")).mtime.toISOString()}); pass --build to rebuild`);
    const env = benchEnv({ dataDir });
    run(bin("tsx"), ["scripts/prepare.ts"], env, "database prepare");
    const seedFile = path.join(dataDir, "seed.json");
    const seed = run(bin("tsx"), ["--conditions=react-server", "bench/seed-200.ts", `--cases=${cases}`, `--out=${seedFile}`], env, "seed");
    log(seed.stdout.trim());
    timings.seedSeconds = seed.seconds;
    const seeded = JSON.parse(fs.readFileSync(seedFile, "utf8"));

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    child = spawn(bin("next"), ["start", "-p", String(port), "-H", "127.0.0.1"], { cwd: ROOT, env: benchEnv({ dataDir, port }), stdio: ["ignore", "pipe", "pipe"] });
    let serverLog = "";
    child.stdout.on("data", (d) => (serverLog = (serverLog + d).slice(-20_000)));
    child.stderr.on("data", (d) => (serverLog = (serverLog + d).slice(-20_000)));
    await waitForHealth(base, child);
    log(`next start on ${base} (pid ${child.pid}), data in ${dataDir}`);
    const cookies = await signInOnce(base, seeded.email, seeded.password);
    log(`signed in once as ${seeded.email}`);
    return {
      base,
      pid: child.pid,
      dataDir,
      databaseFile: path.join(dataDir, "tashika.db"),
      seeded,
      cookies,
      cookieHeader: cookies.map((c) => `${c.name}=${c.value}`).join("; "),
      timings,
      serverLog: () => serverLog,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Launches Chromium (Debian's) for the browser parts. */
export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export function writeResult(name, data) {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.json`);
  fs.writeFileSync(file, JSON.stringify(data, null, 2));
  return file;
}

/** Runs `main` when the file is executed directly (not imported by run-all). */
export const isMain = (url) => process.argv[1] && path.resolve(process.argv[1]) === new URL(url).pathname;

export const argFlag = (name) => process.argv.includes(`--${name}`);

/** Ctrl-C and SIGTERM end the process through its "exit" handlers, which stop what it started. */
export function exitOnSignals() {
  for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => process.exit(130));
}

// `node bench/server.mjs [--build]`: the seeded bench server, kept up until Ctrl-C (for poking at it
// by hand, or running Lighthouse against it). Prints the URL and the signed-in cookie header.
if (isMain(import.meta.url)) {
  const ctx = await startBenchServer({ rebuild: argFlag("build") });
  const { familyId, richCaseId } = ctx.seeded;
  console.log(JSON.stringify({ base: ctx.base, dashboard: `${ctx.base}/families/${familyId}`, casePage: `${ctx.base}/families/${familyId}/cases/${richCaseId}`, cookie: ctx.cookieHeader }, null, 2));
  const bye = async () => {
    await ctx.stop();
    process.exit(0);
  };
  process.once("SIGINT", bye);
  process.once("SIGTERM", bye);
}
