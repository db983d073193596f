/**
 * Makes the database ready before the app starts: data folder, generated secret, committed
 * migrations applied, WAL mode on. Safe to run on every start (migrate deploy is idempotent).
 * Exits non-zero with a plain message when the database cannot be opened.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { EnvError, loadEnv } from "../lib/env-core";
import { databaseFilePath } from "../lib/db/url";

function fail(message: string): never {
  console.error(`\n[tashika] ${message}\n`);
  process.exit(1);
}

export function prepareDatabase(): void {
  // Next.js reads .env itself; this script runs before it, so it reads the same file.
  if (fs.existsSync(".env")) process.loadEnvFile(".env");
  let env;
  try {
    env = loadEnv();
  } catch (error) {
    if (error instanceof EnvError) fail(error.message);
    throw error;
  }
  const file = databaseFilePath(env.DATABASE_URL);
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.mkdirSync(env.UPLOAD_DIR, { recursive: true });
    const db = new Database(file, { timeout: 5000 });
    db.pragma("journal_mode = WAL");
    db.close();
  } catch (error) {
    fail(
      `Cannot open the database at ${file} (DATABASE_URL=${process.env.DATABASE_URL ?? "(default)"}): ` +
        `${(error as Error).message}. Check that the folder exists and is writable.`,
    );
  }
  const prismaBin = path.resolve("node_modules", ".bin", "prisma");
  const result = spawnSync(prismaBin, ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: env.DATABASE_URL, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    fail(`Database migration failed for ${file}:\n${result.stdout}\n${result.stderr}`);
  }
  const applied = /(\d+) migrations? found/.exec(result.stdout ?? "");
  console.log(`[tashika] database ready: ${file}${applied ? ` (${applied[0]})` : ""}`);
}

if (import.meta.url === `file://${process.argv[1]}`) prepareDatabase();
