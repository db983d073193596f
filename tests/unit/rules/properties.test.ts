/**
 * Property tests (fast-check): for any strings — control and bidi characters, emoji, lone
 * surrogates, broken and defanged URLs, 1 MB bodies — judgeMessage never throws, always returns a
 * well-formed verdict whose risk agrees with its level, and is deterministic.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHANNELS, RULE_IDS, SEVERITIES, VERDICT_LEVELS, judgeMessage, type MessageInput, type Verdict } from "../../../lib/rules";
import { NOW } from "./helpers";

const RULES = new Set<string>(RULE_IDS);

function wellFormed(v: Verdict): void {
  expect(VERDICT_LEVELS).toContain(v.verdict);
  expect(Number.isInteger(v.risk)).toBe(true);
  if (v.verdict === "likely_genuine") expect(v.risk).toBeLessThanOrEqual(30);
  if (v.verdict === "caution") expect(v.risk >= 31 && v.risk <= 64).toBe(true);
  if (v.verdict === "likely_phishing") expect(v.risk >= 65 && v.risk <= 100).toBe(true);
  if (v.deadline !== null) {
    expect(v.deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(`${v.deadline}T00:00:00Z`).toISOString().slice(0, 10)).toBe(v.deadline);
  }
  for (const f of v.findings) {
    expect(RULES.has(f.rule)).toBe(true);
    expect(SEVERITIES).toContain(f.severity);
    expect(typeof f.explanation.ja).toBe("string");
    expect(typeof f.explanation.en).toBe("string");
  }
  expect(v.advice.length).toBeGreaterThan(0);
  if (v.verdict === "likely_genuine") expect(v.findings.some((f) => f.severity === "positive")).toBe(true);
}

/** Pieces that exercise the tricky paths, mixed with arbitrary text. */
const fragments = fc.constantFrom(
  "https://dcard.docomo.ne.jp/st/index.html",
  "hxxps://evil[.]example[.]com/login",
  "h**ps://x[.]top/docomo",
  "https://",
  "http://[::1]:99999/",
  "http://3232235777/",
  "https://xn--/",
  "https://xn--tck0b2d.com/",
  "https://mydocomo.○○○",
  "https://..../",
  "〇〇.mydocomo.com/dcm",
  "ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｃｏｍ",
  "𝚖𝚢.𝚓𝚌𝚋.𝚌𝚘.𝚓𝚙",
  "\u202E\u200B\uFEFF\u2066",
  "\u0000\u0007\u001B[31m",
  "👨‍👩‍👧‍👦🔥",
  "\uD800",
  "【dカード】",
  "三井住友カード会員 様",
  "お手続き期限：2024年11月03日",
  "令和6年2月30日まで",
  "11月3日までに",
  "050********までご連絡下さい",
  "0120-936-795",
  "暗証番号を入力してください",
  "ギフトカードの番号を送ってください",
  "こちら",
  "@".repeat(30),
  "a.".repeat(200),
  "1".repeat(60),
  "年月日".repeat(20),
  "銀行".repeat(20),
);

const textArb = fc
  .array(fc.oneof(fc.string({ unit: "binary", maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 40 }), fragments), { maxLength: 30 })
  .map((parts) => parts.join(""));

const nullableText = fc.option(textArb, { nil: null });

const messageArb: fc.Arbitrary<MessageInput> = fc.record({
  channel: fc.oneof(fc.constantFrom(...CHANNELS), fc.string()) as fc.Arbitrary<MessageInput["channel"]>,
  sender: nullableText,
  subject: nullableText,
  body: textArb,
  links: fc.option(fc.array(fc.record({ text: textArb, href: textArb }), { maxLength: 4 }), { nil: null }),
  emailAuth: fc.option(fc.record({ dmarc: fc.constantFrom("pass", "fail", "none") as fc.Arbitrary<"pass" | "fail" | "none">, dkimDomain: nullableText }), { nil: null }),
  receivedAt: fc.option(fc.oneof(fc.date({ noInvalidDate: false }), fc.string()), { nil: null }),
  relativeContext: fc.option(fc.record({ hasDocomoLine: fc.option(fc.boolean(), { nil: null }) }), { nil: null }),
});

describe("judgeMessage properties", () => {
  it("never throws and always returns a well-formed verdict", () => {
    fc.assert(
      fc.property(messageArb, fc.oneof(fc.date({ noInvalidDate: false }), fc.string()), (m, now) => {
        wellFormed(judgeMessage(m, { now }));
      }),
      { numRuns: 400 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(messageArb, (m) => {
        expect(judgeMessage(m, { now: NOW })).toEqual(judgeMessage(m, { now: NOW }));
      }),
      { numRuns: 150 },
    );
  });

  it("survives 1 MB bodies quickly (work per message is capped)", () => {
    const unit = fc.constantFrom("あ", "a.", "https://x.example.com/", "\u202E", "0120-", "2024年", "【", "a", "@", "😀", "…");
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 6 }), (units) => {
        const piece = units.join("");
        const body = piece.repeat(Math.ceil(1_048_576 / piece.length)).slice(0, 1_048_576);
        const t = performance.now();
        const v = judgeMessage({ channel: "email", subject: body.slice(0, 5000), sender: body.slice(0, 5000), body }, { now: NOW });
        const ms = performance.now() - t;
        wellFormed(v);
        // The benchmark holds the 100 ms target; here a loose bound keeps CI on a busy machine green.
        expect(ms).toBeLessThan(1_000);
      }),
      { numRuns: 12 },
    );
  });

  it("does not mutate its input", () => {
    fc.assert(
      fc.property(messageArb, (m) => {
        const copy = structuredClone(m);
        judgeMessage(m, { now: NOW });
        expect(m).toEqual(copy);
      }),
      { numRuns: 100 },
    );
  });
});
