import "server-only";
import { createClient, type Db } from "./create-client";
import { env } from "../env";

/**
 * One Prisma client per process. In development, Next reloads modules; the client is kept on
 * globalThis so a reload does not open a new SQLite connection each time.
 */
const globalForDb = globalThis as unknown as { tashikaDb?: Db };

export const db: Db = globalForDb.tashikaDb ?? createClient(env.DATABASE_URL);
if (env.NODE_ENV !== "production") globalForDb.tashikaDb = db;

export type { Db };
