import "server-only";
import { createClient, type Db } from "./create-client";
import { env } from "../env";

/**
 * One Prisma client per process. In development, Next reloads modules; the client is kept on
 * globalThis so a reload does not open a new SQLite connection each time.
 */
const globalForDb = globalThis as unknown as { tashikaDb?: Db };

// TASHIKA_QUERY_EVENTS=1 is for tests only: the client then emits an event per SQL statement.
export const db: Db = globalForDb.tashikaDb ?? createClient(env.DATABASE_URL, { queryEvents: process.env.TASHIKA_QUERY_EVENTS === "1" });
if (env.NODE_ENV !== "production") globalForDb.tashikaDb = db;

export type { Db };
