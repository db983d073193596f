/**
 * lib/rules is a pure functional core (CONVENTIONS 5): it imports only its own files and the pure
 * `tldts` package, and reads no clock, randomness, environment or network.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(process.cwd(), "lib/rules");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(?:ts|tsx|js|mjs|cjs)$/.test(e.name) ? [p] : [];
  });
}

/** Every module specifier: static import/export … from, side-effect import, dynamic import(), require(). */
function specifiers(code: string): string[] {
  const out: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?(?:[^'"`;]*?\sfrom\s+)?["'`]([^"'`]+)["'`]/g,
    /\bimport\s*\(\s*["'`]([^"'`]+)["'`]\s*\)/g,
    /\brequire\s*\(\s*["'`]([^"'`]+)["'`]\s*\)/g,
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) if (m[1]) out.push(m[1]);
  return out;
}

const files = sourceFiles(ROOT);

describe("lib/rules purity", () => {
  it("has source files to check", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [path.relative(process.cwd(), f), f] as const))("%s imports only lib/rules and tldts", (_rel, file) => {
    const code = fs.readFileSync(file, "utf8");
    for (const spec of specifiers(code)) {
      if (spec === "tldts") continue;
      expect(spec.startsWith("./") || spec.startsWith("../"), `${spec} is not a relative path`).toBe(true);
      const target = path.resolve(path.dirname(file), spec);
      expect(target === ROOT || target.startsWith(ROOT + path.sep), `${spec} leaves lib/rules`).toBe(true);
      expect(/\.(?:ts|js|mjs)$/.test(spec), `${spec} has a file extension`).toBe(false);
    }
  });

  it.each(files.map((f) => [path.relative(process.cwd(), f), f] as const))("%s reads no clock, randomness, environment or network", (_rel, file) => {
    const code = fs.readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, "");
    expect(code).not.toMatch(/\bDate\.now\s*\(|new Date\(\s*\)|Math\.random|performance\.now|\bprocess\.|\bfetch\s*\(|XMLHttpRequest|WebSocket|\brequire\s*\(/);
  });

  it("the checker itself catches a forbidden import", () => {
    expect(specifiers('import fs from "node:fs";\nexport { x } from "../db/client";\nconst m = await import("next/headers");')).toEqual([
      "node:fs",
      "../db/client",
      "next/headers",
    ]);
  });
});
