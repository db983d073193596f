import { describe, expect, it } from "vitest";
import { daysUntil, deadlineEnd, isIsoDate, isOnTime, japanDate } from "@/lib/dates/japan-date";

describe("Japan calendar dates", () => {
  it.each([
    ["2024-11-03T14:59:59Z", "2024-11-03"], // 23:59:59 JST
    ["2024-11-03T15:00:00Z", "2024-11-04"], // midnight JST
    ["2024-11-02T15:00:00Z", "2024-11-03"],
  ])("japanDate(%s) = %s", (at, expected) => {
    expect(japanDate(new Date(at))).toBe(expected);
  });

  it("the deadline day counts until 23:59:59 JST", () => {
    expect(isOnTime("2024-11-03", new Date("2024-11-03T14:59:59.999Z"))).toBe(true);
    expect(isOnTime("2024-11-03", new Date("2024-11-03T15:00:00Z"))).toBe(false);
    expect(deadlineEnd("2024-11-03").toISOString()).toBe("2024-11-03T14:59:59.999Z");
  });

  it.each([
    ["2024-11-03", "2024-10-31T03:00:00Z", 3],
    ["2024-11-03", "2024-11-03T00:00:00Z", 0],
    ["2024-11-03", "2024-11-05T01:00:00Z", -2],
    ["2025-01-01", "2024-12-31T15:30:00Z", 0], // already New Year's Day in Japan
  ])("daysUntil(%s) at %s = %i", (deadline, now, days) => {
    expect(daysUntil(deadline, new Date(now))).toBe(days);
  });

  it.each([
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2024-13-01", false],
    ["2024-1-01", false],
    ["", false],
  ])("isIsoDate(%s) = %s", (value, ok) => {
    expect(isIsoDate(value)).toBe(ok);
  });
});
