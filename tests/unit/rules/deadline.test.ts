/** Deadline extraction: formats, year inference, cue words, and numbers that are not dates. */
import { describe, expect, it } from "vitest";
import { extractDeadline, japanDay, parseInstant, type DayDate } from "../../../lib/rules/deadline";
import { prepare } from "../../../lib/rules/normalize";
import { DCARD_AML_SMS, judge } from "./helpers";

const REF: DayDate = { y: 2024, m: 10, d: 10 };

function deadline(raw: string, ref: DayDate | null = REF): string | null {
  return extractDeadline(prepare(raw).text, ref).deadline;
}

describe("extractDeadline", () => {
  it.each([
    ["kanji with zero padding", "お手続き期限：2024年11月03日", "2024-11-03"],
    ["slashes", "期限 2024/11/3 まで", "2024-11-03"],
    ["hyphens", "回答期限 2024-11-03", "2024-11-03"],
    ["month/day with year from the reference", "11月3日までにご回答ください", "2024-11-03"],
    ["month/day rolled to next year", "1月15日までにご回答ください", "2025-01-15"],
    ["recent past month/day stays this year", "10月1日までにご回答ください", "2024-10-01"],
    ["令和", "令和6年11月3日までに", "2024-11-03"],
    ["令和元年", "令和元年5月10日まで", "2019-05-10"],
    ["full-width digits", "期限：２０２４年１１月３日", "2024-11-03"],
    ["期限：", "ご回答期限：12月1日", "2024-12-01"],
    ["…まで with a time", "閲覧期限は11月16日23:59までとなっております", "2024-11-16"],
    ["迄", "11月20日迄にお手続きください", "2024-11-20"],
    ["M/D right after a deadline word", "回答期限 11/3", "2024-11-03"],
    ["with weekday", "2024年11月3日(日)までに", "2024-11-03"],
  ])("%s", (_n, text, expected) => {
    expect(deadline(text)).toBe(expected);
  });

  it("prefers the date next to a deadline word over other dates", () => {
    expect(deadline("2024年10月1日発行\nご利用日時 2024/09/09\nお手続き期限：2024年11月03日")).toBe("2024-11-03");
    expect(deadline("取引規制日時:2023/05/05\n2023/05/20 までにご回答いただけない場合")).toBe("2023-05-20");
  });

  it("uses the message's own date for a year-less deadline", () => {
    expect(deadline("2021年11月15日\n重要なお知らせ\n閲覧期限は11月16日23:59まで", { y: 2026, m: 1, d: 15 })).toBe("2021-11-16");
  });

  it("ignores an as-of date and a usage date", () => {
    expect(deadline("三井住友銀行からのお知らせ(2015年9月15日現在)")).toBeNull();
    expect(deadline("利用日時 2024/09/09 利用金額 50,000円")).toBeNull();
  });

  it("takes a future date without a cue as a fallback", () => {
    expect(deadline("FOMAサービスは2026年3月31日に終了します")).toBe("2026-03-31");
  });

  it.each([
    ["phone number", "お問い合わせ 0120-111-222 まで"],
    ["amount", "10月料金未払い4,876円、決済後ご利用再開"],
    ["card digits", "カード番号 4980-1234-5678-9012 までご確認"],
    ["URL path", "期限 https://example.com/2024/11/03/ まで"],
    ["month only", "10月分の料金"],
    ["impossible date", "期限：2024年2月30日"],
    ["M/D without a cue", "手順 3/4 を参照"],
    ["nothing", "こんにちは"],
  ])("no date from: %s", (_n, text) => {
    expect(deadline(text)).toBeNull();
  });

  it("cannot resolve a year-less date without any reference", () => {
    expect(deadline("11月3日までに", null)).toBeNull();
  });
});

describe("parseInstant (the same on every machine, whatever its time zone)", () => {
  it.each([
    ["UTC", "2024-11-02T15:00:00Z", Date.UTC(2024, 10, 2, 15)],
    ["with milliseconds", "2024-11-02T15:00:00.123Z", Date.UTC(2024, 10, 2, 15)],
    ["offset", "2024-11-03T00:00:00+09:00", Date.UTC(2024, 10, 2, 15)],
    ["negative offset", "2024-11-02T10:00:00-05:00", Date.UTC(2024, 10, 2, 15)],
    ["no offset = Japan time", "2024-11-03T00:00:00", Date.UTC(2024, 10, 2, 15)],
    ["date only = that day in Japan", "2024-11-03", Date.UTC(2024, 10, 2, 15)],
    ["slashes and a space", "2024/11/03 00:00", Date.UTC(2024, 10, 2, 15)],
  ])("%s", (_n, s, ms) => {
    expect(parseInstant(s)).toBe(ms);
  });
  it.each([["garbage"], ["2024-02-30"], ["11/3/2024"], [""]])("rejects %j", (s) => {
    expect(parseInstant(s)).toBeNaN();
  });
});

describe("japanDay", () => {
  it("uses Japan time (UTC+9)", () => {
    expect(japanDay("2024-11-02T15:00:00Z")).toEqual({ y: 2024, m: 11, d: 3 });
    expect(japanDay("2024-11-02T14:59:59Z")).toEqual({ y: 2024, m: 11, d: 2 });
  });
  it("returns null for invalid input", () => {
    expect(japanDay("not a date")).toBeNull();
    expect(japanDay(new Date(NaN))).toBeNull();
    expect(japanDay(null)).toBeNull();
  });
});

describe("judgeMessage deadline", () => {
  it("the genuine dカード notice yields its deadline", () => {
    const v = judge(DCARD_AML_SMS);
    expect(v.deadline).toBe("2024-11-03");
    expect(v.campaign).toBe("dcard-aml-customer-info");
    expect(v.verdict).toBe("likely_genuine");
  });
  it("a year-less deadline follows receivedAt", () => {
    const v = judge({ channel: "message_r", body: "dカードサイトにログインして専用ページにてお客さま情報の確認をしてください。ご回答期限：1月10日", receivedAt: "2024-12-01T00:00:00Z" });
    expect(v.deadline).toBe("2025-01-10");
  });
});
