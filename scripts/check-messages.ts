/**
 * `npm run --silent check:messages [-- --lang en]`: judges JSON Lines from stdin with lib/rules.
 *
 * In:  one message per line: {"id", "channel", "sender", "subject", "body", "receivedAt"?}
 *      (null or missing fields allowed except body; unknown or upper-case channels are accepted).
 * Out: one line per input line, in order:
 *      {"id", "verdict", "risk", "campaign", "deadline", "findings": [{"rule", "severity", "message"}], "rulesetVersion"}
 *      or {"id": <id or null>, "error": "<reason>"} for a line that cannot be judged. Blank lines are skipped.
 *
 * This script is the edge: it reads the real clock ONCE at start and passes it to the pure rules.
 * Memory stays bounded for any number of lines: input is paused while output waits for 'drain'.
 * Exit code is always 0; a closed stdout (EPIPE, e.g. `| head`) ends the run quietly.
 */
import readline from "node:readline";
import { CHANNELS, judgeMessage, type Channel, type MessageInput } from "../lib/rules";

const lang: "ja" | "en" = process.argv.slice(2).some((a, i, all) => a === "--lang=en" || (a === "--lang" && all[i + 1] === "en")) ? "en" : "ja";
const now = new Date();
const CHANNEL_SET = new Set<string>(CHANNELS);

/** Lines judged before yielding to the event loop (keeps latency of 'drain' handling low). */
const BATCH = 256;
/** Input lines held in memory at most before reading pauses. */
const HIGH_WATER = 1_024;

function channelOf(v: unknown): Channel {
  const c = typeof v === "string" ? v.trim().toLowerCase() : "";
  return CHANNEL_SET.has(c) ? (c as Channel) : "other";
}

function optionalString(v: unknown): string | null {
  return typeof v === "string" ? v : null;
}

function idOf(v: unknown): string | number | null {
  return typeof v === "string" || (typeof v === "number" && Number.isFinite(v)) ? v : null;
}

/** Best effort: the id of a line that is not valid JSON, so the error can still be matched up. */
const LOOSE_ID = /"id"\s*:\s*("(?:[^"\\\n]|\\.){0,200}"|-?\d{1,15}(?![\d.]))/;

function looseId(line: string): string | number | null {
  const m = LOOSE_ID.exec(line.slice(0, 2_000));
  if (!m?.[1]) return null;
  try {
    return idOf(JSON.parse(m[1]));
  } catch {
    return null;
  }
}

/** Judges one input line; returns the output line (without newline). */
function processLine(line: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return JSON.stringify({ id: looseId(line), error: "invalid JSON" });
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    return JSON.stringify({ id: null, error: "not a JSON object" });
  }
  const o = parsed as Record<string, unknown>;
  const id = idOf(o.id);
  if (typeof o.body !== "string") {
    return JSON.stringify({ id, error: o.body === undefined || o.body === null ? "missing body" : "body is not a string" });
  }
  // An unreadable date is ignored by the rules (read as "not given"), never an error.
  const receivedAt = typeof o.receivedAt === "string" ? o.receivedAt : null;
  const message: MessageInput = {
    channel: channelOf(o.channel),
    sender: optionalString(o.sender),
    subject: optionalString(o.subject),
    body: o.body,
    receivedAt,
  };
  try {
    const v = judgeMessage(message, { now });
    return JSON.stringify({
      id,
      verdict: v.verdict,
      risk: v.risk,
      campaign: v.campaign,
      deadline: v.deadline,
      findings: v.findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.explanation[lang] })),
      rulesetVersion: v.rulesetVersion,
    });
  } catch (error) {
    // judgeMessage is built never to throw; if it ever does, this line fails, the run goes on.
    return JSON.stringify({ id, error: `internal error: ${error instanceof Error ? error.message : String(error)}` });
  }
}

function main(): void {
  const out = process.stdout;
  let closed = false;
  out.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE" || err.code === "ERR_STREAM_DESTROYED") {
      closed = true;
      process.exit(0);
    }
    throw err;
  });

  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity, terminal: false });
  const queue: string[] = [];
  let head = 0;
  let inputDone = false;
  let paused = false;
  let waitingDrain = false;
  let scheduled = false;

  const pump = (): void => {
    scheduled = false;
    if (closed || waitingDrain) return;
    let n = 0;
    while (head < queue.length && n < BATCH) {
      const line = queue[head++] as string;
      n++;
      if (line.trim() === "") continue;
      if (!out.write(processLine(line) + "\n")) {
        waitingDrain = true;
        out.once("drain", () => {
          waitingDrain = false;
          schedule();
        });
        break;
      }
    }
    if (head > 4_096 || head === queue.length) {
      queue.splice(0, head);
      head = 0;
    }
    if (paused && queue.length - head < HIGH_WATER / 2 && !waitingDrain) {
      paused = false;
      rl.resume();
    }
    if (head < queue.length) schedule();
    else if (inputDone && !waitingDrain) out.end();
  };
  const schedule = (): void => {
    if (!scheduled) {
      scheduled = true;
      setImmediate(pump);
    }
  };

  rl.on("line", (line) => {
    queue.push(line);
    if (!paused && queue.length - head >= HIGH_WATER) {
      paused = true;
      rl.pause();
    }
    schedule();
  });
  rl.on("close", () => {
    inputDone = true;
    schedule();
  });
}

main();
