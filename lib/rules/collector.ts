/**
 * Gathers findings and their weights. One finding per rule: repeated hits add evidence (up to
 * three items) and keep the strongest severity and weight, so ten bad links do not count ten
 * times — the verdict depends on which kinds of signals are present, not on how often.
 */
import type { Finding, RuleId, Severity } from "./types";

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { positive: 0, info: 1, low: 2, medium: 3, high: 4, critical: 5 };
/** Output order: most severe first, positive evidence last. */
const ORDER: Readonly<Record<Severity, number>> = { positive: -1, info: 1, low: 2, medium: 3, high: 4, critical: 5 };
const MAX_EVIDENCE = 3;
const MAX_EVIDENCE_CHARS = 120;

interface Entry {
  rule: RuleId;
  severity: Severity;
  weight: number;
  evidence: string[];
  ja: string;
  en: string;
}

export function shorten(s: string, max = MAX_EVIDENCE_CHARS): string {
  const oneLine = /\s/.test(s) ? s.replace(/\s+/g, " ").trim() : s;
  return oneLine.length <= max ? oneLine : oneLine.slice(0, max - 1) + "…";
}

export class Collector {
  private readonly entries = new Map<RuleId, Entry>();

  add(rule: RuleId, severity: Severity, weight: number, evidence: string, ja: string, en: string): void {
    const ev = shorten(evidence);
    const existing = this.entries.get(rule);
    if (!existing) {
      this.entries.set(rule, { rule, severity, weight, evidence: ev ? [ev] : [], ja, en });
      return;
    }
    if (ev && !existing.evidence.includes(ev) && existing.evidence.length < MAX_EVIDENCE) existing.evidence.push(ev);
    if (SEVERITY_RANK[severity] > SEVERITY_RANK[existing.severity]) {
      existing.severity = severity;
      existing.ja = ja;
      existing.en = en;
    }
    if (Math.abs(weight) > Math.abs(existing.weight)) existing.weight = weight;
  }

  has(rule: RuleId): boolean {
    return this.entries.has(rule);
  }

  hasSeverity(min: Severity): boolean {
    for (const e of this.entries.values()) if (SEVERITY_RANK[e.severity] >= SEVERITY_RANK[min]) return true;
    return false;
  }

  totalWeight(): number {
    let sum = 0;
    for (const e of this.entries.values()) sum += e.weight;
    return sum;
  }

  /** Findings, most severe first (positive evidence last), stable within a severity. */
  findings(): Finding[] {
    const list = [...this.entries.values()];
    if (list.length > 1) list.sort((a, b) => ORDER[b.severity] - ORDER[a.severity]);
    return list.map((e) => ({
      rule: e.rule,
      severity: e.severity,
      evidence: e.evidence.join(" / "),
      explanation: { ja: e.ja, en: e.en },
    }));
  }
}
