/**
 * Regression table: the labelled real messages in ../shared/reference/dev-messages.jsonl.
 * Phishing must come out likely_phishing. Genuine must never come out likely_phishing, and is
 * likely_genuine when it carries positive evidence (an official link); the two genuine items
 * without any link or official sender are caution by policy ("no link → caution at most").
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { judge } from "./helpers";

interface DevMessage {
  id: string;
  label: "genuine" | "phishing";
  channel: string;
  sender: string | null;
  subject: string | null;
  body: string;
}

const file = path.resolve(process.cwd(), "../shared/reference/dev-messages.jsonl");
const messages: DevMessage[] = fs
  .readFileSync(file, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as DevMessage);

/**
 * Genuine items that have no link and no verifiable sender: by policy they cannot be
 * likely_genuine (wording alone never proves a message), so caution is the right answer.
 *  - gen-006: 楽天カード SMS fragment, asks to answer in 楽天e-NAVI; no link, no sender.
 *  - gen-009: 三井住友銀行 warning e-mail; asks nothing, no link, no sender.
 */
const CAUTION_BY_POLICY: Record<string, string> = {
  "gen-006": "no link, no sender: nothing positive to check",
  "gen-009": "a warning with no link and no sender",
};

describe("dev set (labelled real messages)", () => {
  it("has the 27 labelled messages", () => {
    expect(messages).toHaveLength(27);
  });

  it.each(messages.filter((m) => m.label === "phishing").map((m) => [m.id, m] as const))("%s (phishing) → likely_phishing", (_id, m) => {
    const v = judge({ channel: m.channel as never, sender: m.sender, subject: m.subject, body: m.body });
    expect(v.verdict).toBe("likely_phishing");
    expect(v.risk).toBeGreaterThanOrEqual(65);
    expect(v.campaign).toBeNull();
  });

  it.each(messages.filter((m) => m.label === "genuine").map((m) => [m.id, m] as const))("%s (genuine) → never phishing", (id, m) => {
    const v = judge({ channel: m.channel as never, sender: m.sender, subject: m.subject, body: m.body });
    expect(v.verdict).not.toBe("likely_phishing");
    expect(v.verdict).toBe(CAUTION_BY_POLICY[id] ? "caution" : "likely_genuine");
  });

  it("the dev set scores 25 of 27 by label, and the 2 others are caution by policy", () => {
    let right = 0;
    for (const m of messages) {
      const v = judge({ channel: m.channel as never, sender: m.sender, subject: m.subject, body: m.body });
      if (v.verdict === (m.label === "phishing" ? "likely_phishing" : "likely_genuine")) right++;
    }
    expect(right).toBe(messages.length - Object.keys(CAUTION_BY_POLICY).length);
  });
});
