import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createClient } from "@/lib/db/create-client";
import { checkDatabase } from "@/lib/health/check-database";

const prepare = (env: Record<string, string>) =>
  spawnSync("node_modules/.bin/tsx", ["scripts/prepare.ts"], { env: { ...process.env, ...env }, encoding: "utf8" });

describe("database preparation (npm start's first step)", () => {
  it("creates and migrates a missing database, and does it again after the file is removed", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tashika-prep-"));
    const env = { DATA_DIR: dir, DATABASE_URL: `file:${path.join(dir, "nested/app.db")}` };
    const first = prepare(env);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/database ready/);
    expect(fs.existsSync(path.join(dir, "nested/app.db"))).toBe(true);
    fs.rmSync(path.join(dir, "nested"), { recursive: true });
    const again = prepare(env);
    expect(again.status, again.stderr).toBe(0);
    expect(fs.existsSync(path.join(dir, "nested/app.db"))).toBe(true);
  });

  it("stops with a clear message when DATABASE_URL cannot be opened", () => {
    const r = prepare({ DATABASE_URL: "file:/dev/null/cannot/tashika.db" });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Cannot open the database at \/dev\/null\/cannot\/tashika\.db/);
  });

  it("stops with a clear message when DATABASE_URL is not a SQLite file URL", () => {
    const r = prepare({ DATABASE_URL: "mysql://localhost/tashika" });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/DATABASE_URL must be a SQLite file URL/);
  });
});

describe("health check", () => {
  it("is ok on the migrated database", async () => {
    expect(await checkDatabase()).toMatchObject({ ok: true });
  });

  it("is not ok on a database without the migrations", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tashika-empty-"));
    const client = createClient(`file:${path.join(dir, "empty.db")}`);
    expect(await checkDatabase(client)).toEqual({ ok: false });
    await client.$disconnect();
  });
});
