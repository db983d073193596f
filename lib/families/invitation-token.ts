import crypto from "node:crypto";

/**
 * Invitation tokens. Invariant: the token itself is never stored; only its SHA-256 is kept
 * (Invitation.tokenHash), so a copy of the database cannot be used to join a family. The
 * token is 32 random bytes, base64url: 43 characters, 256 bits, not guessable.
 */
const TOKEN_BYTES = 32;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = crypto.randomBytes(TOKEN_BYTES).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}

/** A cheap shape check before any query: anything else cannot be one of our tokens. */
export const isWellFormedInvitationToken = (value: unknown): value is string => typeof value === "string" && TOKEN_PATTERN.test(value);
