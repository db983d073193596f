/**
 * The root layout sends only some message namespaces to the browser. A client component that
 * reads a namespace not on that list would fail at run time: this test keeps the list complete.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

it("every namespace a client component reads is sent to the browser", () => {
  const layout = fs.readFileSync("app/layout.tsx", "utf8");
  const listed = new Set([...(/CLIENT_NAMESPACES = \[([^\]]*)\]/.exec(layout)?.[1] ?? "").matchAll(/"([^"]+)"/g)].map((m) => m[1]));
  const used = new Set<string>();
  for (const file of files("app")) {
    const text = fs.readFileSync(file, "utf8");
    if (!text.startsWith('"use client"')) continue;
    for (const m of text.matchAll(/useTranslations\("([^"]+)"\)/g)) used.add(m[1]!);
    expect(/useTranslations\(\)/.test(text), `${file} reads every namespace`).toBe(false);
  }
  expect(used.size).toBeGreaterThan(5);
  expect([...used].filter((ns) => !listed.has(ns))).toEqual([]);
});
