import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/client";

/**
 * Builds a Prisma client on the better-sqlite3 adapter. Used by lib/db/client.ts (the app's one
 * client), the seed, scripts and integration tests (a client per test database).
 *
 * Secrets never leave the database by accident: password and invitation-token hashes are
 * omitted from every query unless a query opts in with `omit: { passwordHash: false }`.
 */
export function createClient(url: string) {
  const adapter = new PrismaBetterSQLite3({ url, timeout: 5000 });
  return new PrismaClient({
    adapter,
    omit: {
      user: { passwordHash: true },
      invitation: { tokenHash: true },
    },
  });
}

export type Db = ReturnType<typeof createClient>;
