/**
 * The check:messages command-line contract (DESIGN.md): JSON Lines in, one JSON line out per
 * input line in order, error lines for what cannot be judged, exit 0, quiet on a closed pipe.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const TSX = path.resolve(process.cwd(), "node_modules/.bin/tsx");
const SCRIPT = path.resolve(process.cwd(), "scripts/check-messages.ts");

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(input: string, args: string[] = [], stopAfterBytes?: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [SCRIPT, ...args], { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
      if (stopAfterBytes !== undefined && stdout.length >= stopAfterBytes) child.stdout.destroy();
    });
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.on("error", () => {});
    child.stdin.end(input);
  });
}

const LINES = [
  JSON.stringify({ id: "p1", channel: "SMS", sender: null, subject: null, body: "【利用停止予告】NTTドコモ未払い料金お支払いのお願い。 https://bit.ly/abc" }),
  "{not json",
  "",
  JSON.stringify({ id: 7, channel: "sms", body: null }),
  JSON.stringify([1, 2, 3]),
  "   ",
  JSON.stringify({ id: "g1", channel: "fax", body: "<dカード>更新カードを普通郵便で発送予定です。簡易書留発送希望の場合はこちら http://fw.dcard.docomo.ne.jp/x", receivedAt: "2024-10-21" }),
  JSON.stringify({ id: "n1", body: 42 }),
  JSON.stringify({ id: "a1", channel: "message_r", body: "dカードサイトにログインして専用ページにてお客さま情報の確認をしてください。お手続き期限：2024年11月03日" }),
];

describe("check:messages CLI", () => {
  it("answers every non-blank line in order, with error lines, and exits 0", async () => {
    const r = await run(LINES.join("\n") + "\n");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out.map((o) => o.id)).toEqual(["p1", null, 7, null, "g1", "n1", "a1"]);
    expect(out[0]).toMatchObject({ verdict: "likely_phishing", campaign: null, deadline: null });
    expect(out[1]).toEqual({ id: null, error: "invalid JSON" });
    expect(out[2]).toEqual({ id: 7, error: "missing body" });
    expect(out[3]).toEqual({ id: null, error: "not a JSON object" });
    expect(out[4]).toMatchObject({ verdict: "likely_genuine" });
    expect(out[5]).toEqual({ id: "n1", error: "body is not a string" });
    expect(out[6]).toMatchObject({ verdict: "likely_genuine", campaign: "dcard-aml-customer-info", deadline: "2024-11-03" });
    const first = out[0] as { findings: { rule: string; severity: string; message: string }[]; rulesetVersion: string; risk: number };
    expect(Object.keys(out[0] ?? {})).toEqual(["id", "verdict", "risk", "campaign", "deadline", "findings", "rulesetVersion"]);
    expect(first.findings.length).toBeGreaterThan(0);
    expect(Object.keys(first.findings[0] ?? {})).toEqual(["rule", "severity", "message"]);
    expect(first.findings[0]?.message).toMatch(/[ぁ-んァ-ン一-龥]/);
  }, 30_000);

  it("--lang en explains in English", async () => {
    const r = await run(LINES[0] + "\n", ["--lang", "en"]);
    const o = JSON.parse(r.stdout) as { findings: { message: string }[] };
    expect(o.findings[0]?.message).toMatch(/^[\x20-\x7E]+$/);
    expect(r.code).toBe(0);
  }, 30_000);

  it("handles input without a final newline and CRLF line ends", async () => {
    const r = await run(`${LINES[0]}\r\n${LINES[6]}`);
    expect(r.stdout.trim().split("\n").map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(["p1", "g1"]);
  }, 30_000);

  it("stays quiet and exits 0 when the reader closes the pipe early (EPIPE)", async () => {
    const many = Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ id: i, channel: "sms", body: `【楽天カード】ご利用確認 https://example${i}.com/` })).join("\n");
    const r = await run(many, [], 4_096);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
  }, 30_000);
});
