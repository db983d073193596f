import "server-only";
import { loadEnv } from "./env-core";

export type { Env } from "./env-core";

/**
 * The parsed environment. Parsed once at first import; a bad value stops the process with a
 * message naming the variable (see lib/env-core.ts).
 */
export const env = loadEnv();

