// Re-judge at scale: `npm run rules:rejudge` over 100,000 stored messages on SQLite must finish in
// ≤ 60 s here, with bounded memory (the script prints its peak RSS).
//
// A fresh database is migrated (scripts/prepare.ts), then filled directly with better-sqlite3 in
// one transaction: 100 families, 10,000 cases, 100,000 messages with verdicts from an old
// ruleset (1% with none). The real script then runs as a child process and is timed. Afterwards
// every message must carry the current ruleset's verdict. To say where the time goes, judging
// alone is timed on a sample of the same messages (bench/judge-sample.ts) and set against the total.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { exitOnSignals, isMain, load1, log, machineInfo, ROOT, writeResult } from "./server.mjs";
import { TEMPLATES } from "./messages.mjs";

export const BUDGET_SECONDS = 60;
const MESSAGES = Number(process.env.BENCH_REJUDGE_MESSAGES ?? 100_000);
const FAMILIES = 100;
const CASES_PER_FAMILY = Math.max(1, Math.round(MESSAGES / FAMILIES / 10));
const OLD_RULESET = "2000.1.0";
/** A run still going 10 s past the budget has missed it: it is stopped and its total projected. */
const CAP_SECONDS = Number(process.env.BENCH_REJUDGE_TIMEOUT ?? BUDGET_SECONDS + 10);
const RECEIVES = ["DOCOMO_MESSAGE_R", "SMS_ONLY", "UNKNOWN"];

const iso = (ms) => new Date(ms).toISOString().replace("Z", "+00:00");
const id = () => crypto.randomUUID();

/** Old findings as an older ruleset would have stored them (a few hundred bytes each). */
const OLD_FINDINGS = JSON.stringify([
  { rule: "link.unknown_domain", severity: "high", evidence: "example", explanation: { ja: "公式ではないドメインのリンクがあります。", en: "A link points to a domain that is not official." } },
  { rule: "content.urgency", severity: "low", evidence: "本日中", explanation: { ja: "急がせる言葉があります。", en: "The message pushes you to hurry." } },
]);
const OLD_ADVICE = JSON.stringify([{ id: "open-official", ja: "メッセージのリンクは使わず、公式アプリを開いてください。", en: "Do not use the link; open the official app yourself." }]);

export function fill(file) {
  const started = performance.now();
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  const ins = {
    user: db.prepare(`INSERT INTO "User" (id, name, email, sessionVersion, createdAt, updatedAt) VALUES (?, ?, ?, 0, ?, ?)`),
    family: db.prepare(`INSERT INTO "Family" (id, name, createdAt, updatedAt) VALUES (?, ?, ?, ?)`),
    membership: db.prepare(`INSERT INTO "Membership" (id, userId, familyId, role, createdAt) VALUES (?, ?, ?, 'OWNER', ?)`),
    relative: db.prepare(`INSERT INTO "Relative" (id, familyId, displayName, receivesVia, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?)`),
    kase: db.prepare(
      `INSERT INTO "Case" (id, familyId, relativeId, title, issuer, campaign, status, deadline, createdById, checkedSteps, version, createdAt, updatedAt) VALUES (?, ?, ?, ?, NULL, NULL, 'OPEN', ?, ?, '[]', 0, ?, ?)`,
    ),
    message: db.prepare(`INSERT INTO "Message" (id, caseId, channel, sender, subject, body, receivedAt, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
    verdict: db.prepare(
      `INSERT INTO "Verdict" (id, messageId, verdict, risk, campaign, deadline, findings, advice, rulesetVersion, judgedAt) VALUES (?, ?, ?, ?, NULL, NULL, ?, ?, ?, ?)`,
    ),
  };
  const base = Date.parse("2026-01-05T03:00:00Z");
  let messages = 0;
  let withVerdict = 0;
  db.transaction(() => {
    for (let f = 0; f < FAMILIES; f++) {
      const now = iso(base);
      const userId = id();
      const familyId = id();
      ins.user.run(userId, `owner ${f}`, `rejudge-${f}@example.jp`, now, now);
      ins.family.run(familyId, `家族 ${f}`, now, now);
      ins.membership.run(id(), userId, familyId, now);
      const relatives = RECEIVES.map((via, r) => {
        const rid = id();
        ins.relative.run(rid, familyId, `親 ${r}`, via, now, now);
        return rid;
      });
      for (let c = 0; c < CASES_PER_FAMILY && messages < MESSAGES; c++) {
        const caseId = id();
        const t = TEMPLATES[(f + c) % TEMPLATES.length];
        const at = base + (f * CASES_PER_FAMILY + c) * 60_000;
        const deadline = new Date(at + ((c % 40) - 10) * 86_400_000).toISOString().slice(0, 10);
        ins.kase.run(caseId, familyId, relatives[t.relative], `case ${c}`, deadline, userId, iso(at), iso(at));
        for (let m = 0; m < 10 && messages < MESSAGES; m++, messages++) {
          const tm = TEMPLATES[(f + c + m) % TEMPLATES.length];
          const messageId = id();
          // A reference number makes every text distinct, as real messages are.
          const body = `${tm.body(deadline)}\n（受付番号 ${f}-${c}-${m}）`;
          ins.message.run(messageId, caseId, tm.channel, tm.sender ?? null, tm.subject ?? null, body, iso(at), iso(at + m * 3_600_000));
          if (messages % 100 !== 99) {
            // Old verdicts: mostly "caution", so some change level when re-judged (a history line each).
            ins.verdict.run(id(), messageId, m % 3 === 0 ? "likely_genuine" : "caution", 40, OLD_FINDINGS, OLD_ADVICE, OLD_RULESET, iso(at));
            withVerdict++;
          }
        }
      }
    }
  })();
  db.close();
  return { messages, withVerdict, cases: FAMILIES * CASES_PER_FAMILY, families: FAMILIES, seconds: (performance.now() - started) / 1000 };
}

/** Peak resident memory (VmHWM) over a process and its descendants, read from /proc. */
function treeHighWaterMiB(rootPid) {
  const children = new Map();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  let max = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop();
    try {
      const kb = Number(/VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
      max = Math.max(max, kb);
    } catch {
      // gone meanwhile
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return Math.round(max / 1024);
}

/**
 * `npm run -s rules:rejudge` as a child process, in its own process group so that at the cap it
 * and everything it started can be stopped together.
 */
function timedRejudge(env) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn("npm", ["run", "-s", "rules:rejudge"], { cwd: ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let peakRssMiB = 0;
    let timedOut = false;
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr = (stderr + d).slice(-20_000)));
    const poll = setInterval(() => (peakRssMiB = Math.max(peakRssMiB, treeHighWaterMiB(child.pid))), 500);
    const onExit = () => {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    };
    process.once("exit", onExit);
    const cap = setTimeout(() => {
      timedOut = true;
      process.kill(-child.pid, "SIGTERM");
    }, CAP_SECONDS * 1000);
    child.on("exit", (status) => {
      process.off("exit", onExit);
      clearInterval(poll);
      clearTimeout(cap);
      resolve({ status, stdout, stderr, timedOut, peakRssMiB, seconds: (performance.now() - started) / 1000 });
    });
  });
}

export async function run() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tashika-rejudge-"));
  const file = path.join(dir, "rejudge.db");
  const env = { ...process.env, DATABASE_URL: `file:${file}`, DATA_DIR: dir, NODE_ENV: "production", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
  try {
    const prep = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/prepare.ts"], { cwd: ROOT, env, encoding: "utf8" });
    if (prep.status !== 0) throw new Error(`prepare failed: ${prep.stdout}\n${prep.stderr}`);
    const filled = fill(file);
    log(`rejudge: ${filled.messages} messages in ${filled.cases} cases of ${filled.families} families written in ${filled.seconds.toFixed(1)}s`);

    const loadBefore = load1();
    const r = await timedRejudge(env);
    const finished = r.stdout.split("\n").find((l) => l.includes("finished")) ?? "";
    const changed = Number(/; (\d+) verdict\(s\) changed/.exec(finished)?.[1] ?? NaN);
    const progress = r.stdout.split("\n").filter((l) => l.startsWith("[rejudge]"));
    // The script's own figure when it finished; otherwise the highest RSS seen from outside.
    const peakRssMiB = Number(/Peak RSS (\d+) MiB/.exec(finished)?.[1] ?? r.peakRssMiB);
    let seconds = r.seconds;
    let projected = false;
    let processed = filled.messages;
    if (r.timedOut) {
      // Stopped at the cap: the rate so far says how long the whole run would take.
      const last = [...progress].reverse().map((l) => /\] (\d+)\/(\d+)/.exec(l)).find(Boolean);
      processed = Number(last?.[1] ?? 0);
      seconds = processed > 0 ? (r.seconds * filled.messages) / processed : Infinity;
      projected = true;
      log(`rejudge: stopped at the ${r.seconds.toFixed(0)}s cap after ${processed}/${filled.messages} messages; projected total ${seconds.toFixed(0)}s (BENCH_REJUDGE_TIMEOUT=600 to run it to the end)`);
    } else if (r.status !== 0) {
      throw new Error(`rules:rejudge failed (${r.status}):\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
    }

    const db = new Database(file, { readonly: true });
    const stale = db.prepare(`SELECT count(*) AS n FROM "Message" m LEFT JOIN "Verdict" v ON v.messageId = m.id WHERE v.id IS NULL OR v.rulesetVersion = ?`).get(OLD_RULESET).n;
    const history = db.prepare(`SELECT count(*) AS n FROM "Activity" WHERE type = 'case.rejudged'`).get().n;
    db.close();
    if (!r.timedOut && stale !== 0) throw new Error(`after rules:rejudge ${stale} message(s) are still stale`);

    // Where the time goes: judging alone, on a sample of the same messages, in one process.
    const sample = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["bench/judge-sample.ts", "--n=5000"], { cwd: ROOT, env, encoding: "utf8" });
    const judgeMsPerMessage = Number(/ms\/message=([\d.]+)/.exec(sample.stdout)?.[1] ?? NaN);
    const judgingSeconds = (judgeMsPerMessage * filled.messages) / 1000;

    return {
      messages: filled.messages,
      processed,
      finished: !r.timedOut,
      capSeconds: CAP_SECONDS,
      measuredSeconds: Number(r.seconds.toFixed(1)),
      cases: filled.cases,
      families: filled.families,
      fillSeconds: Number(filled.seconds.toFixed(1)),
      seconds: Number(seconds.toFixed(1)),
      projected,
      messagesPerSecond: Math.round(processed / r.seconds),
      peakRssMiB,
      changed,
      historyLines: history,
      judgeMsPerMessage,
      judgingSecondsEstimate: Number(judgingSeconds.toFixed(1)),
      restSeconds: Number((seconds - judgingSeconds).toFixed(1)),
      loadavg1: [loadBefore, load1()],
      lastProgress: progress.at(-2) ?? "",
      budgets: [
        {
          budget: `rules:rejudge over ${filled.messages} messages ≤ ${BUDGET_SECONDS} s`,
          actual: `${projected ? "~" : ""}${seconds.toFixed(1)} s${projected ? ` (projected: ${processed} done at the ${r.seconds.toFixed(0)} s cap)` : ""}, peak RSS ${peakRssMiB} MiB`,
          ok: !projected && seconds <= BUDGET_SECONDS,
        },
      ],
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function printRejudge(r) {
  console.log(`\nRe-judge at scale: npm run rules:rejudge, ${r.messages} messages (${r.cases} cases, ${r.families} families), fresh SQLite file`);
  console.table([
    {
      "total s": r.projected ? `~${r.seconds} (projected; ${r.processed} in ${r.measuredSeconds})` : r.seconds,
      "msg/s": r.messagesPerSecond,
      "peak RSS MiB": r.peakRssMiB,
      "verdicts changed": Number.isNaN(r.changed) ? "—" : r.changed,
      "judging alone s (est.)": r.judgingSecondsEstimate,
      "DB + rest s": r.restSeconds,
      "judge ms/msg": r.judgeMsPerMessage,
    },
  ]);
}

if (isMain(import.meta.url)) {
  exitOnSignals();
  const result = { machine: machineInfo(), rejudge: await run() };
  printRejudge(result.rejudge);
  console.table(result.rejudge.budgets);
  log(`written ${writeResult("rejudge", result)}`);
  process.exitCode = result.rejudge.budgets.every((b) => b.ok) ? 0 : 1;
}
