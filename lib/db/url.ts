import path from "node:path";

/** Where the embedded database lives when DATABASE_URL is not set. */
export const DEFAULT_DATABASE_FILE = "data/tashika.db";

/**
 * Normalises a SQLite DATABASE_URL to `file:<absolute path>`.
 *
 * Prisma resolves relative `file:` paths against the schema folder while better-sqlite3
 * resolves them against the working directory; an absolute path means both open the
 * same file. Only `file:` URLs are accepted: the embedded default is SQLite.
 */
export function resolveDatabaseUrl(raw: string | undefined, cwd: string = process.cwd()): string {
  const value = raw?.trim() || `file:${DEFAULT_DATABASE_FILE}`;
  if (!value.startsWith("file:")) {
    throw new Error(
      `DATABASE_URL must be a SQLite file URL such as "file:./data/tashika.db" (got "${value.slice(0, 40)}").`,
    );
  }
  const filePath = value.slice("file:".length).replace(/^\/\/(?=\/)/, "");
  if (filePath === "" || filePath === ":memory:") {
    throw new Error(`DATABASE_URL must name a database file (got "${value}").`);
  }
  return `file:${path.resolve(cwd, filePath)}`;
}

export function databaseFilePath(url: string): string {
  return url.slice("file:".length);
}
