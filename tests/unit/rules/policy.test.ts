/** The verdict policy of DESIGN.md "The rule module", checked on messages written for it. */
import { describe, expect, it } from "vitest";
import { RULESET_VERSION, judgeMessage } from "../../../lib/rules";
import { DCARD_AML_SMS, NOW, judge, rulesOf } from "./helpers";

describe("verdict policy", () => {
  it("wording alone never makes a message genuine: the dカード text without its links is caution", () => {
    const body = DCARD_AML_SMS.body.replace(/https?:\/\/\S+/g, "");
    const v = judge({ ...DCARD_AML_SMS, body });
    expect(v.verdict).toBe("caution");
  });

  it("a message with no link and no request is caution at most, even on a trusted channel", () => {
    expect(judge({ channel: "message_r", body: "ドコモからのお知らせです。" }).verdict).toBe("caution");
    expect(judge({ channel: "email", sender: "x@contact.vpass.ne.jp", subject: "三井住友カード", body: "たろう 様\nいつもありがとうございます。" }).verdict).toBe("caution");
  });

  it("likely_genuine needs positive evidence: an official link, メッセージR, an official number or authenticated mail", () => {
    const genuine = [
      judge(DCARD_AML_SMS),
      judge({ channel: "message_r", body: "dカードサイトにログインして専用ページにてお客さま情報の確認をしてください" }),
      judge({ channel: "email", body: "楽天カード モニタリングチーム（092-303-5631）までご連絡ください" }),
    ];
    for (const v of genuine) {
      expect(v.verdict).toBe("likely_genuine");
      expect(v.findings.some((f) => f.severity === "positive")).toBe(true);
      expect(v.risk).toBeLessThanOrEqual(30);
    }
  });

  it("a spoofable sender alone is not enough (e-mail From, SMS sender id)", () => {
    expect(judge({ channel: "email", sender: "info@wdy.docomo.ne.jp", subject: "ドコモ", body: "ご確認ください" }).verdict).toBe("caution");
    expect(judge({ channel: "sms", sender: "NTT DOCOMO", body: "ご利用料金のお知らせです。ご確認ください" }).verdict).toBe("caution");
  });

  it("doubt gives caution: a known shortener on an otherwise clean message", () => {
    expect(judge({ channel: "sms", sender: "0032069222", body: "ahamoのお申込み手続きはこちら https://bit.ly/3abcDEF" }).verdict).toBe("caution");
  });

  it("a critical finding makes it likely_phishing whatever else is positive", () => {
    const v = judge({ channel: "sms", sender: "NTT DoCoMo", body: "【dカード】https://dcard.docomo.ne.jp/ 暗証番号をご返信ください https://dcard-login.example.com/" });
    expect(v.verdict).toBe("likely_phishing");
  });

  it.each([
    ["genuine", DCARD_AML_SMS, 0, 30],
    ["caution", { channel: "sms" as const, body: "こんにちは" }, 31, 64],
    ["phishing", { channel: "sms" as const, body: "【利用停止予告】NTTドコモ未払い料金お支払いのお願い。 https://bit.ly/abc" }, 65, 100],
  ])("risk band matches the verdict: %s", (_n, m, lo, hi) => {
    const v = judge(m);
    expect(v.risk).toBeGreaterThanOrEqual(lo);
    expect(v.risk).toBeLessThanOrEqual(hi);
  });
});

describe("output", () => {
  it("carries the ruleset version", () => {
    expect(RULESET_VERSION).toMatch(/^\d{4}\.\d{1,2}\.\d+$/);
    expect(judge({ body: "x" }).rulesetVersion).toBe(RULESET_VERSION);
  });

  it("every finding explains itself in Japanese and English", () => {
    const v = judge({ channel: "email", sender: "ufott@creema.jp", subject: "<重要>【三井住友カード】ご利用確認のお願い", body: "三井住友カード会員 様\n利用内容確認の回答はこちら https://smbc-card.example.top/" });
    expect(v.findings.length).toBeGreaterThan(3);
    for (const f of v.findings) {
      expect(f.explanation.ja.length).toBeGreaterThan(5);
      expect(f.explanation.en.length).toBeGreaterThan(5);
      expect(f.evidence.length).toBeLessThanOrEqual(400);
    }
  });

  it("advice states the safe action first and never calls a message safe", () => {
    const phishing = judge({ channel: "sms", body: "【利用停止予告】NTTドコモ未払い料金お支払いのお願い。 https://bit.ly/abc" });
    expect(phishing.advice[0]?.id).toBe("do-not-use");
    const genuine = judge(DCARD_AML_SMS);
    expect(genuine.advice[0]?.id).toBe("open-official");
    expect(genuine.advice.map((a) => a.id)).toEqual(expect.arrayContaining(["campaign-steps", "deadline", "may-keep-showing", "ask-help"]));
    for (const v of [phishing, genuine]) {
      for (const a of v.advice) {
        expect(a.ja).not.toMatch(/100%|安全です/);
        expect(a.en).not.toMatch(/100%|is safe/i);
      }
    }
  });

  it("names the issuer so the app can show its official site", () => {
    expect(judge(DCARD_AML_SMS).issuer).toBe("dcard");
    expect(judge({ channel: "sms", body: "「三菱UFJ銀行」重要な確認 https://t.co/x" }).issuer).toBe("mufg");
    expect(judge({ body: "こんにちは" }).issuer).toBeNull();
  });

  it("a phishing copy of a campaign reports no campaign but says it imitates one", () => {
    const v = judge({ channel: "sms", body: "【dカード】お客さま情報のご確認をお願いします。お手続き期限：11月3日 https://dcard-kakunin.example.com/" });
    expect(v.verdict).toBe("likely_phishing");
    expect(v.campaign).toBeNull();
    expect(rulesOf(v)).toContain("campaign.imitation");
  });
});

describe("input handling", () => {
  it("reads upper-case and unknown channels leniently", () => {
    const a = judgeMessage({ channel: "SMS" as never, body: "【楽天カード】ご利用確認", sender: "0312345678" }, { now: NOW });
    expect(rulesOf(a)).toContain("sender.sms_unlisted");
    const b = judgeMessage({ channel: "fax" as never, body: "x" }, { now: NOW });
    expect(b.verdict).toBe("caution");
  });

  it("accepts now and receivedAt as Date or string, and ignores invalid dates", () => {
    const m = { channel: "message_r" as const, body: "dカードサイトにログインしてお客さま情報の確認をしてください。ご回答期限：11月3日" };
    const a = judgeMessage(m, { now: NOW });
    const b = judgeMessage(m, { now: new Date(NOW) });
    expect(a).toEqual(b);
    const c = judgeMessage({ ...m, receivedAt: "garbage" }, { now: "also garbage" });
    expect(c.deadline).toBeNull();
  });

  it("tolerates null and missing optional fields and malformed links", () => {
    const v = judgeMessage({ channel: "email", sender: null, subject: null, body: "x", links: [{ text: 1, href: null } as never, null as never], emailAuth: null, receivedAt: null, relativeContext: null }, { now: NOW });
    expect(v.verdict).toBe("caution");
  });
});
