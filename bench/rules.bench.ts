/**
 * `npm run bench:rules`: throughput and latency of judgeMessage on a realistic, deterministic
 * corpus, against a floor (NFKC + a URL regex scan of the same texts), plus hostile 1 MB inputs.
 * Prints a table and PASS/FAIL per target; always exits 0 (the report is the result).
 *
 * Targets (2-core machine, one core): median ≤ 50 µs/message, p99 ≤ 1 ms, ≥ 20,000 messages/s,
 * cost ≤ 10× the floor, a hostile 1 MB message in < 100 ms.
 */
import { judgeMessage, type MessageInput } from "../lib/rules";
import { buildCorpus, hostileInputs } from "./rules-corpus";

const N = Number(process.env.BENCH_N ?? 20_000);
const ROUNDS = 7;
/** A Date, as the app and the CLI pass it (the CLI reads the clock once at start). */
const NOW = { now: new Date("2025-06-10T03:00:00Z") } as const;
const URL_RE = /(?:https?:\/\/|www\.)[^\s<>"'「」（）()]+/gi;

function floorWork(m: MessageInput): number {
  const text = `${m.sender ?? ""}\n${m.subject ?? ""}\n${m.body}`.normalize("NFKC");
  URL_RE.lastIndex = 0;
  let n = 0;
  while (URL_RE.exec(text)) n++;
  return n;
}

function percentile(sorted: Float64Array, p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? 0;
}

/** Runs `fn` over the corpus ROUNDS times; keeps the fastest round (least disturbed by other load). */
function measure(corpus: readonly MessageInput[], fn: (m: MessageInput) => unknown): { perMsg: Float64Array; totalNs: number } {
  let best: { perMsg: Float64Array; totalNs: number } | null = null;
  for (let round = 0; round < ROUNDS; round++) {
    const perMsg = new Float64Array(corpus.length);
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < corpus.length; i++) {
      const s = process.hrtime.bigint();
      fn(corpus[i] as MessageInput);
      perMsg[i] = Number(process.hrtime.bigint() - s);
    }
    const totalNs = Number(process.hrtime.bigint() - t0);
    if (!best || totalNs < best.totalNs) best = { perMsg, totalNs };
  }
  return best as { perMsg: Float64Array; totalNs: number };
}

function fmtUs(ns: number): string {
  return `${(ns / 1000).toFixed(1)} µs`;
}

const corpus = buildCorpus(N);
const chars = corpus.reduce((s, m) => s + m.body.length + (m.subject?.length ?? 0) + (m.sender?.length ?? 0), 0);

// Warm-up: let V8 optimise both paths before measuring.
for (let i = 0; i < 3; i++) for (const m of corpus) judgeMessage(m, NOW);
for (let i = 0; i < 3; i++) for (const m of corpus) floorWork(m);

const judged = measure(corpus, (m) => judgeMessage(m, NOW));
const floor = measure(corpus, floorWork);
const sorted = Float64Array.from(judged.perMsg).sort();
const floorSorted = Float64Array.from(floor.perMsg).sort();
const p50 = percentile(sorted, 50);
const p99 = percentile(sorted, 99);
const max = sorted[sorted.length - 1] ?? 0;
const perSec = corpus.length / (judged.totalNs / 1e9);
const floorPerSec = corpus.length / (floor.totalNs / 1e9);
const ratio = judged.totalNs / floor.totalNs;

const verdicts = { likely_genuine: 0, caution: 0, likely_phishing: 0 };
for (const m of corpus) verdicts[judgeMessage(m, NOW).verdict]++;

const hostile = hostileInputs().map(({ name, message }) => {
  judgeMessage(message, NOW);
  let bestMs = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = process.hrtime.bigint();
    judgeMessage(message, NOW);
    bestMs = Math.min(bestMs, Number(process.hrtime.bigint() - t) / 1e6);
  }
  return { name, ms: bestMs };
});
const worstHostile = hostile.reduce((a, b) => (b.ms > a.ms ? b : a));

console.log(`\nTashika rules benchmark — ${corpus.length} messages (${Math.round(chars / corpus.length)} chars avg), best of ${ROUNDS} rounds, node ${process.version}`);
console.log(`verdicts in corpus: genuine ${verdicts.likely_genuine}, caution ${verdicts.caution}, phishing ${verdicts.likely_phishing}\n`);
const rows: [string, string, string][] = [
  ["", "judgeMessage", "floor (NFKC + URL regex)"],
  ["median / message", fmtUs(p50), fmtUs(percentile(floorSorted, 50))],
  ["p99 / message", fmtUs(p99), fmtUs(percentile(floorSorted, 99))],
  ["max / message", fmtUs(max), fmtUs(floorSorted[floorSorted.length - 1] ?? 0)],
  ["mean / message", fmtUs(judged.totalNs / corpus.length), fmtUs(floor.totalNs / corpus.length)],
  ["messages / s", Math.round(perSec).toLocaleString("en-US"), Math.round(floorPerSec).toLocaleString("en-US")],
  ["cost vs floor", `${ratio.toFixed(1)}×`, "1.0×"],
];
const w0 = Math.max(...rows.map((r) => r[0].length));
const w1 = Math.max(...rows.map((r) => r[1].length));
for (const [a, b, c] of rows) console.log(`  ${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`);
console.log("\n  hostile 1 MB inputs:");
for (const h of hostile) console.log(`    ${h.name.padEnd(26)} ${h.ms.toFixed(1).padStart(7)} ms`);

const targets: [string, boolean, string][] = [
  ["median ≤ 50 µs/message", p50 <= 50_000, fmtUs(p50)],
  ["p99 ≤ 1 ms", p99 <= 1_000_000, fmtUs(p99)],
  ["≥ 20,000 messages/s (one core)", perSec >= 20_000, `${Math.round(perSec).toLocaleString("en-US")}/s`],
  ["cost ≤ 10× floor", ratio <= 10, `${ratio.toFixed(1)}×`],
  ["hostile 1 MB < 100 ms", worstHostile.ms < 100, `${worstHostile.ms.toFixed(1)} ms (${worstHostile.name})`],
];
console.log("\n  targets:");
for (const [name, ok, got] of targets) console.log(`    ${ok ? "PASS" : "FAIL"}  ${name.padEnd(32)} ${got}`);
console.log(targets.every((t) => t[1]) ? "\nALL TARGETS PASS\n" : "\nSOME TARGETS FAIL (see above)\n");
