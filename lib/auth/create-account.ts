import "server-only";
import { db } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import { AppError } from "../errors";
import { hashPassword } from "./password";

/** Registers an e-mail + password account. The caller signs the new user in. */
export async function createAccount({ email, password, name }: { email: string; password: string; name: string }) {
  const passwordHash = await hashPassword(password);
  try {
    return await db.user.create({ data: { email, name, passwordHash }, select: { id: true } });
  } catch (error) {
    // Same answer as a wrong password at sign-in would give: no statement that the account exists.
    if (isUniqueViolation(error)) throw new AppError("EMAIL_TAKEN");
    throw error;
  }
}
