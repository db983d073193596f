import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { resolveDatabaseUrl } from "./db/url";

/**
 * Environment schema. Every variable is optional: the first start needs no configuration.
 * Secrets that are not given are generated once and kept under DATA_DIR (mode 600), so
 * sessions survive restarts. Kept free of `server-only` so scripts and tests can use it.
 */
export const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATA_DIR: z.string().min(1).default("data"),
  DATABASE_URL: z.string().optional(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  /** Public origin used in invitation links and e-mails, e.g. https://tashika.example.jp */
  APP_URL: z.url("APP_URL must be an absolute URL such as https://tashika.example.jp").optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z.string().default("Tashika <no-reply@tashika.invalid>"),
  AUTH_GOOGLE_ID: z.string().optional(),
  AUTH_GOOGLE_SECRET: z.string().optional(),
  AUTH_LINE_ID: z.string().optional(),
  AUTH_LINE_SECRET: z.string().optional(),
  /** Maximum upload size for one screenshot, in bytes. */
  UPLOAD_MAX_BYTES: z.coerce.number().int().positive().default(10 * 1024 * 1024),
});

export type Env = Omit<z.infer<typeof ZEnv>, "DATABASE_URL" | "AUTH_SECRET"> & {
  DATABASE_URL: string;
  AUTH_SECRET: string;
  DATA_DIR: string;
  UPLOAD_DIR: string;
};

export class EnvError extends Error {
  override name = "EnvError";
}

/** Reads (or creates once) a generated secret kept in DATA_DIR. */
export function loadOrCreateSecret(dataDir: string, name: string): string {
  const file = path.join(dataDir, `${name}.secret`);
  try {
    const existing = fs.readFileSync(file, "utf8").trim();
    if (existing.length >= 32) return existing;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = crypto.randomBytes(32).toString("base64url");
  try {
    // "wx": if two processes race at first start, one creates the file and both read it.
    fs.writeFileSync(file, secret + "\n", { mode: 0o600, flag: "wx" });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return fs.readFileSync(file, "utf8").trim();
    throw error;
  }
}

export function loadEnv(source: Record<string, string | undefined> = process.env, cwd: string = process.cwd()): Env {
  // Empty strings in .env files mean "not set".
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = ZEnv.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".") || "(env)"}: ${i.message}`);
    throw new EnvError(`Invalid environment configuration:\n${lines.join("\n")}\nSee .env.example.`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(cwd, e.DATA_DIR);
  let databaseUrl: string;
  try {
    databaseUrl = resolveDatabaseUrl(e.DATABASE_URL, cwd);
  } catch (error) {
    throw new EnvError(`Invalid environment configuration:\n  - DATABASE_URL: ${(error as Error).message}`);
  }
  return {
    ...e,
    DATA_DIR: dataDir,
    UPLOAD_DIR: path.join(dataDir, "uploads"),
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: e.AUTH_SECRET ?? loadOrCreateSecret(dataDir, "auth"),
  };
}
