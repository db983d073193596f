/**
 * Judging alone, for bench/rejudge-100k.mjs: the pure rule module over `--n` messages shaped like
 * the re-judge's (same templates, same reference numbers, same relative context), no database.
 * Prints `ms/message=<x>`; multiplied by the message count it says how much of a re-judge is judging.
 */
import { judgeMessage, type Channel } from "../lib/rules";
import { TEMPLATES } from "./messages.mjs";

const n = Number(process.argv.find((a) => a.startsWith("--n="))?.slice(4) ?? 5000);
const CONTEXT = [{ hasDocomoLine: true }, { hasDocomoLine: false }, null];
const now = new Date("2026-01-05T03:00:00Z");

const inputs = Array.from({ length: n }, (_, i) => {
  const t = TEMPLATES[i % TEMPLATES.length]!;
  const deadline = new Date(now.getTime() + ((i % 40) - 10) * 86_400_000).toISOString().slice(0, 10);
  return {
    channel: t.channel.toLowerCase() as Channel,
    sender: t.sender ?? null,
    subject: t.subject ?? null,
    body: `${t.body(deadline)}\n（受付番号 ${i}）`,
    receivedAt: now,
    relativeContext: CONTEXT[t.relative] ?? null,
  };
});

for (const input of inputs.slice(0, 200)) judgeMessage(input, { now }); // warm-up (JIT)
const started = performance.now();
let sink = 0;
for (const input of inputs) sink += judgeMessage(input, { now }).risk;
const ms = performance.now() - started;
console.log(`judged ${n} messages in ${ms.toFixed(0)} ms; ms/message=${(ms / n).toFixed(4)} (checksum ${sink})`);
