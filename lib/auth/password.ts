import "server-only";
import { hash, verify } from "@node-rs/argon2";

/**
 * argon2id via @node-rs/argon2 (runs off the event loop, about 6 ms a hash here; DESIGN.md).
 * Library defaults are argon2id, m=19 MiB, t=2, p=1 — the OWASP minimum for argon2id.
 */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 200;

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// A real hash of a random password: verifying against it costs the same as a real check, so
// "no such account" and "wrong password" take the same time (no account enumeration by timing).
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  if (!passwordHash) {
    dummyHash ??= hash(crypto.randomUUID());
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
