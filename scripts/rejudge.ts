/**
 * `npm run rules:rejudge`: re-judges every stored message made by an older ruleset, with progress.
 * Run it after a RULESET_VERSION change (the case page marks verdicts from older rulesets).
 */
import { rejudgeMessages } from "../lib/cases/rejudge-messages";
import { db } from "../lib/db/client";

const started = performance.now();
let lastPrint = 0;
const batchArg = process.argv.find((a) => a.startsWith("--batch="));
const result = await rejudgeMessages({
  batchSize: batchArg ? Number(batchArg.slice("--batch=".length)) : 500,
  onProgress: ({ done, total, changed }) => {
    const t = performance.now();
    if (done !== total && t - lastPrint < 1000 && done !== 0) return;
    lastPrint = t;
    const secs = (t - started) / 1000;
    const pct = total ? Math.floor((done / total) * 100) : 100;
    console.log(`[rejudge] ${done}/${total} (${pct}%) · ${changed} changed · ${secs.toFixed(1)}s · ${secs > 0 ? Math.round(done / secs) : 0} msg/s`);
  },
});
const secs = (performance.now() - started) / 1000;
console.log(`[rejudge] finished: ${result.done} message(s) re-judged with ruleset ${result.rulesetVersion} in ${secs.toFixed(1)}s; ${result.changed} verdict(s) changed. Peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB.`);
await db.$disconnect();
