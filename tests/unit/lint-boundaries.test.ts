/** Proves each architecture boundary rule fires on violating code and stays quiet on allowed code. */
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe("lint boundaries", () => {
  it.each([
    ['import { db } from "../db/client";'],
    ['import { headers } from "next/headers";'],
    ['import fs from "node:fs";'],
    ['import { thing } from "@/lib/cases/thing";'],
    ['export * from "../auth/session";'],
  ])("lib/rules may not import outside itself: %s", async (code) => {
    expect(await ruleIds("lib/rules/fixture.ts", `${code}\nexport const x = 1;\n`)).toContain("tashika/pure-rules");
  });

  it("lib/rules may import its own files and tldts", async () => {
    const ids = await ruleIds("lib/rules/sub/fixture.ts", 'import { parse } from "tldts";\nimport { a } from "../catalog";\nexport const x = [parse, a];\n');
    expect(ids).not.toContain("tashika/pure-rules");
  });

  it.each([
    ['import { db } from "@/lib/db/client";'],
    ['import { PrismaClient } from "@prisma/client";'],
    ['import { db } from "../../lib/db/client";'],
  ])("app/ may not reach the database: %s", async (code) => {
    expect(await ruleIds("app/families/page.tsx", `${code}\nexport const x = 1;\n`)).toContain("tashika/no-db-outside-domain");
  });

  it("lib/<domain> may import the database client", async () => {
    const ids = await ruleIds("lib/cases/fixture.ts", 'import { db } from "../db/client";\nexport const x = db;\n');
    expect(ids).not.toContain("tashika/no-db-outside-domain");
  });
});
