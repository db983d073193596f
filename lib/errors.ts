/**
 * The one application error (CONVENTIONS 7). Expected failures carry a code; the UI turns the
 * code into a sentence in the user's language (messages/*.json, namespace "errors").
 * Anything that is not an AppError is unexpected: logged, and shown as a generic message.
 */
export const ERROR_CODES = [
  "UNAUTHENTICATED",
  "NOT_FOUND",
  "FORBIDDEN",
  "CONFLICT",
  "INVALID_INPUT",
  "RATE_LIMITED",
  "INVITATION_EXPIRED",
  "INVITATION_REVOKED",
  "INVITATION_USED",
  "ALREADY_MEMBER",
  "LAST_OWNER",
  "EMAIL_TAKEN",
  "INVALID_CREDENTIALS",
  "FILE_TOO_LARGE",
  "FILE_TYPE",
  "INTERNAL",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: { retryAfterSeconds?: number; fieldErrors?: Record<string, string[]>; current?: unknown },
  ) {
    super(message ?? code);
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;

/** HTTP status for route handlers. A foreign id is NOT_FOUND, never FORBIDDEN (CONVENTIONS 3). */
export function httpStatus(code: ErrorCode): number {
  switch (code) {
    case "UNAUTHENTICATED":
    case "INVALID_CREDENTIALS":
      return 401;
    case "FORBIDDEN":
      return 403;
    case "NOT_FOUND":
      return 404;
    case "CONFLICT":
    case "ALREADY_MEMBER":
    case "LAST_OWNER":
    case "EMAIL_TAKEN":
      return 409;
    case "INVITATION_EXPIRED":
    case "INVITATION_REVOKED":
    case "INVITATION_USED":
      return 410;
    case "FILE_TOO_LARGE":
      return 413;
    case "FILE_TYPE":
      return 415;
    case "RATE_LIMITED":
      return 429;
    case "INVALID_INPUT":
      return 400;
    case "INTERNAL":
      return 500;
  }
}
