// Creates prisma/migrations/<timestamp>_<name>/migration.sql from the difference between the
// schema as of the last migration and prisma/schema.prisma now.
//
// `prisma migrate dev` cannot run here (its shadow database gets a multi-statement script that
// better-sqlite3 refuses, DESIGN.md), so we diff schema to schema instead: the previous schema is
// kept beside the migrations as prisma/migrations/schema.snapshot.prisma and updated each time.
//
// Usage: npm run db:migration:new -- <name>
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const name = (process.argv[2] ?? "").trim();
if (!/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration:new -- <name>   (lower-case letters, digits and _)");
  process.exit(1);
}
const migrationsDir = path.resolve("prisma/migrations");
const snapshot = path.join(migrationsDir, "schema.snapshot.prisma");
const schema = path.resolve("prisma/schema.prisma");
fs.mkdirSync(migrationsDir, { recursive: true });

const from = fs.existsSync(snapshot) ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
const diff = spawnSync(
  "node_modules/.bin/prisma",
  ["migrate", "diff", ...from, "--to-schema-datamodel", schema, "--script"],
  { encoding: "utf8", env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" } },
);
if (diff.status !== 0) {
  console.error(diff.stderr || diff.stdout);
  process.exit(diff.status ?? 1);
}
const sql = diff.stdout.replace(/^Loaded Prisma config.*\n/m, "");
if (/^-- This is an empty migration\.?\s*$/m.test(sql) || sql.trim() === "") {
  console.log("The schema has not changed since the last migration: nothing to do.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(migrationsDir, `${stamp}_${name}`);
fs.mkdirSync(dir);
fs.writeFileSync(path.join(dir, "migration.sql"), sql);
fs.copyFileSync(schema, snapshot);
if (!fs.existsSync(path.join(migrationsDir, "migration_lock.toml"))) {
  fs.writeFileSync(path.join(migrationsDir, "migration_lock.toml"), 'provider = "sqlite"\n');
}
console.log(`Created ${path.relative(process.cwd(), dir)}/migration.sql — review it, then run npm run db:migrate.`);
