import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "@/lib/i18n/config";
import ja from "@/lib/i18n/messages/ja.json";
import en from "@/lib/i18n/messages/en.json";

describe("localeFromAcceptLanguage", () => {
  it.each([
    [undefined, "ja"],
    ["", "ja"],
    ["en-US,en;q=0.9", "en"],
    ["ja-JP,ja;q=0.9,en;q=0.8", "ja"],
    ["fr-FR,en;q=0.5,ja;q=0.6", "ja"],
    ["fr-FR,de;q=0.5", "ja"],
    ["en;q=0, ja;q=0.1", "ja"],
    ["*", "ja"],
  ])("%s → %s", (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });
});

/** Every key present in one language is present in the other: English is complete. */
function keys(obj: unknown, prefix = ""): string[] {
  if (typeof obj !== "object" || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("messages", () => {
  it("ja and en have the same keys", () => {
    expect(keys(en).sort()).toEqual(keys(ja).sort());
  });
  it("no message is empty", () => {
    for (const [k, v] of [...Object.entries(flat(ja)), ...Object.entries(flat(en))]) expect(v, k).not.toBe("");
  });
});

function flat(obj: unknown, prefix = "", out: Record<string, unknown> = {}): Record<string, unknown> {
  if (typeof obj !== "object" || obj === null) {
    out[prefix] = obj;
    return out;
  }
  for (const [k, v] of Object.entries(obj)) flat(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}
