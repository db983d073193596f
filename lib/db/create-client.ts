import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/client";

/**
 * Builds a Prisma client on the better-sqlite3 adapter. Used by lib/db/client.ts (the app's one
 * client), the seed, scripts and integration tests (a client per test database).
 *
 * Secrets never leave the database by accident: password and invitation-token hashes are
 * omitted from every query unless a query opts in with `omit: { passwordHash: false }`.
 */
export function createClient(url: string, { queryEvents = false }: { queryEvents?: boolean } = {}) {
  const adapter = new PrismaBetterSQLite3({ url, timeout: 5000 });
  const options = {
    adapter,
    omit: {
      user: { passwordHash: true as const },
      invitation: { tokenHash: true as const },
    },
  };
  // `queryEvents` makes Prisma emit an event per SQL statement, for a test that counts them
  // (tests/integration/query-count.test.ts). Off by default; the cast keeps the client's type
  // (and so `Db`) the same either way.
  return new PrismaClient(queryEvents ? ({ ...options, log: [{ emit: "event", level: "query" }] } as typeof options) : options);
}

export type Db = ReturnType<typeof createClient>;
