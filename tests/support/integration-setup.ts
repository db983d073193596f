/**
 * Per worker: a private copy of the migrated template database, set as DATABASE_URL before any
 * app module (lib/env, lib/db/client) is imported by a test file.
 */
import fs from "node:fs";
import path from "node:path";
import { inject } from "vitest";

const template = inject("templateDb");
const dir = inject("integrationDir");
const worker = process.env.VITEST_POOL_ID ?? process.env.VITEST_WORKER_ID ?? "0";
const file = path.join(dir, `worker-${worker}.db`);
if (!fs.existsSync(file)) fs.copyFileSync(template, file);

process.env.DATABASE_URL = `file:${file}`;
process.env.DATA_DIR = path.join(dir, `data-${worker}`);
process.env.AUTH_SECRET ??= "integration-test-secret-integration-test-secret";
// NODE_ENV stays "test" (vitest sets it).
