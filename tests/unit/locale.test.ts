import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "@/lib/i18n/config";
import { loadMessages, MESSAGE_FILES } from "@/lib/i18n/messages";
import fs from "node:fs";

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

const ja = await loadMessages("ja");
const en = await loadMessages("en");

describe("messages", () => {
  it("no namespace is defined in two files", () => {
    for (const locale of ["ja", "en"]) {
      const seen = new Map<string, string>();
      for (const file of MESSAGE_FILES) {
        const json = JSON.parse(fs.readFileSync(`lib/i18n/messages/${locale}/${file}.json`, "utf8"));
        for (const ns of Object.keys(json)) {
          expect(seen.get(ns), `${locale}: namespace ${ns} in ${file} and ${seen.get(ns)}`).toBeUndefined();
          seen.set(ns, file);
        }
      }
    }
  });

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
