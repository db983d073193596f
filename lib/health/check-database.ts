import "server-only";
import { db, type Db } from "../db/client";

export async function checkDatabase(client: Db = db): Promise<{ ok: boolean; latencyMs?: number }> {
  const started = performance.now();
  try {
    // Reads a migrated table, so a missing or unmigrated database file also counts as down.
    await client.$queryRawUnsafe("SELECT count(*) AS n FROM _prisma_migrations");
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    console.error("[health] database check failed:", (error as Error).message);
    return { ok: false };
  }
}
