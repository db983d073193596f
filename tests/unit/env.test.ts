import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, loadEnv } from "@/lib/env-core";

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "tashika-env-"));

describe("loadEnv", () => {
  it("needs no configuration: default database and a generated secret kept for the next start", () => {
    const cwd = tmp();
    const first = loadEnv({}, cwd);
    expect(first.DATABASE_URL).toBe(`file:${path.join(cwd, "data/tashika.db")}`);
    expect(first.AUTH_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(fs.statSync(path.join(cwd, "data/auth.secret")).mode & 0o777).toBe(0o600);
    expect(loadEnv({}, cwd).AUTH_SECRET).toBe(first.AUTH_SECRET);
  });

  it("uses a given AUTH_SECRET and DATABASE_URL", () => {
    const cwd = tmp();
    const e = loadEnv({ AUTH_SECRET: "x".repeat(40), DATABASE_URL: "file:./other/db.sqlite" }, cwd);
    expect(e.AUTH_SECRET).toBe("x".repeat(40));
    expect(e.DATABASE_URL).toBe(`file:${path.join(cwd, "other/db.sqlite")}`);
  });

  it.each([
    [{ DATABASE_URL: "postgres://localhost/x" }, /DATABASE_URL/],
    [{ DATABASE_URL: "file:" }, /DATABASE_URL/],
    [{ AUTH_SECRET: "short" }, /AUTH_SECRET/],
    [{ APP_URL: "not a url" }, /APP_URL/],
    [{ SMTP_URL: "mail.example.com" }, /SMTP_URL/],
  ])("fails fast naming the variable: %o", (source, pattern) => {
    expect(() => loadEnv(source, tmp())).toThrow(EnvError);
    expect(() => loadEnv(source, tmp())).toThrow(pattern);
  });
});
