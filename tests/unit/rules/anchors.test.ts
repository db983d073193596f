/**
 * Gating invariant (lib/rules/anchors.ts): a pattern runs only when one of its anchor words
 * occurred, so every text the pattern matches must contain an anchor. Checked on examples of each
 * pattern, the dev set, and random mixes of the patterns' own words.
 */
import fc from "fast-check";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AnchorScanner, SCANNER, anchored, isSeen, scanText, type Seen } from "../../../lib/rules/anchors";
import { ANCHOR_ONLY_PATTERNS, GATED_PATTERNS } from "../../../lib/rules/features";
import { prepare } from "../../../lib/rules/normalize";

const dev = fs
  .readFileSync(path.resolve(process.cwd(), "../shared/reference/dev-messages.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { subject: string | null; body: string });

const EXAMPLES = [
  "暗証番号を入力", "pinコード", "ログインidとパスワード", "ワンタイムパスワード", "カード番号(16桁)", "セキュリティーコード", "有効期限", "ご住所と生年月日",
  "itunesギフトカード", "apple gift", "google play", "未払い料金", "お支払いが確認できません", "料金の確認が取れて", "決済後ご利用再開", "paypayで送金",
  "利用停止予告", "差し押さえ", "差押え", "補償を受けることができません", "24時間以内", "最終警告", "不正なアクティビティ", "不審な動き", "要返信",
  "誠に勝手ながら、カードのご利用を一部制限させていただき", "会員 様", "お客様各位", "a@b.jp様", "【お客様番号】様", "{name}", "%name%", "[名前]", "1號", "您好",
  "all right  reserved", "ポイントを付与", "還付金", "x.apk", "アプリをインストール", "ログイン", "再設定", "パスワードの変更", "こちら", "下記url", "以下へアクセス",
  "リンクから", "(リンク)", "▼", "urlをクリック", "2を押して", "オペレーターにお繋ぎ", "自動音声", "お客さま情報", "取引目的", "マネー・ローンダリング", "テロ資金",
  "登録情報のご確認", "規制解除", "利用再開", "ご利用確認", "不正利用", "本人確認", "ご本人様確認", "ログイン後の会員ページ", "e-naviより", "公式アプリから",
  "ご注意ください", "偽のサイト", "を装った", "ください", "お願いいたします", "お手続き", "山田 太郎 様", "までご連絡ください", "お問い合わせください", "折り返しお電話ください",
];

describe("anchor gating", () => {
  const corpus = [...EXAMPLES, ...dev.map((m) => prepare(`${m.subject ?? ""}\n${m.body}`).lower)];

  it.each(GATED_PATTERNS.map(([name, g]) => [name, g] as const))("%s: every match contains an anchor", (_name, g) => {
    for (const text of corpus) {
      if (g.re.test(text)) expect(anchored(g, scanText(text).seen), text).toBe(true);
    }
  });

  it.each(ANCHOR_ONLY_PATTERNS.map(([name, re, g]) => [name, re, g] as const))("%s: every match contains an anchor", (_name, re, g) => {
    for (const text of corpus) {
      re.lastIndex = 0;
      if (re.test(text)) expect(anchored(g, scanText(text).seen), text).toBe(true);
    }
  });

  it("holds on random mixes of example words and noise", () => {
    const word = fc.oneof(fc.constantFrom(...EXAMPLES), fc.string({ maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), (parts) => {
        const text = parts.join("");
        const seen = scanText(text).seen;
        for (const [, g] of GATED_PATTERNS) if (g.re.test(text)) expect(anchored(g, seen)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("the scanner finds overlapping words and reports their positions", () => {
    const s = new AnchorScanner();
    const a = s.add("ntt", true);
    const b = s.add("nttドコモ", true);
    const c = s.add("ドコモ", true);
    const d = s.add("こ");
    const seen: Seen = [0];
    const hits: number[] = [];
    s.scan("xnttドコモ", seen, hits, 10);
    expect([a, b, c, d].map((id) => isSeen(seen, id))).toEqual([true, true, true, false]);
    expect(hits).toEqual([a, 1, b, 1, c, 4]);
    s.scan("こ", seen, hits, 10);
    expect(isSeen(seen, d)).toBe(true);
    expect(hits).toHaveLength(6); // "こ" is not positional: seen, but no position recorded
    expect(SCANNER.size).toBeGreaterThan(100);
  });
});
