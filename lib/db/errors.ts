import { Prisma } from "./generated/client";

/**
 * The one place that knows Prisma's error codes (CONVENTIONS 7). Domain code asks a question
 * ("was this a unique violation?") instead of comparing codes itself.
 */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** A write that matched no row (update/delete of a missing record). */
export function isRecordNotFound(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025";
}

export function isForeignKeyViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003";
}
