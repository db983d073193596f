import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";
import { resolveDatabaseUrl } from "./lib/db/url";

// The CLI runs migrations through the better-sqlite3 adapter and Prisma's bundled
// WebAssembly engine: the native schema engine cannot be downloaded here (DESIGN.md).
const url = resolveDatabaseUrl(process.env.DATABASE_URL);
process.env.DATABASE_URL = url;
// better-sqlite3 cannot create a file in a missing folder; every CLI command opens the adapter.
fs.mkdirSync(path.dirname(url.slice("file:".length)), { recursive: true });

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => new PrismaBetterSQLite3({ url }),
});
