"use server";

import { CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { z } from "zod";
import { publicFormAction, type FormState } from "@/lib/auth/action";
import { createAccount } from "@/lib/auth/create-account";
import { signIn } from "@/lib/auth/config";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import { clientIp, hitRateLimit, LIMITS } from "@/lib/rate-limit/rate-limit";
import { safeNextPath } from "@/lib/auth/next-path";

const ZEmail = z.string().trim().toLowerCase().min(1, "required").max(254, "tooLong").email("email");

const ZSignIn = z.object({
  email: ZEmail,
  password: z.string().min(1, "required").max(PASSWORD_MAX, "tooLong"),
  next: z.string().optional(),
});

const ZSignUp = z.object({
  name: z.string().trim().min(1, "required").max(50, "tooLong"),
  email: ZEmail,
  password: z.string().min(PASSWORD_MIN, "passwordShort").max(PASSWORD_MAX, "tooLong"),
  next: z.string().optional(),
});

/** Signs in through Auth.js; a failed check comes back as CredentialsSignin with our code. */
async function signInWithPassword(email: string, password: string, next: string | undefined) {
  try {
    await signIn("credentials", { email, password, redirectTo: safeNextPath(next) });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      throw new AppError(error.code === "RATE_LIMITED" ? "RATE_LIMITED" : "INVALID_CREDENTIALS");
    }
    throw error; // includes Next's redirect on success
  }
}

export const signInAction = publicFormAction(ZSignIn, async (input) => {
  await signInWithPassword(input.email, input.password, input.next);
  return null;
});

export const signUpAction = publicFormAction(ZSignUp, async (input) => {
  const limit = await hitRateLimit(LIMITS.signUpIp, clientIp(await headers()));
  if (!limit.ok) throw new AppError("RATE_LIMITED", undefined, { retryAfterSeconds: limit.retryAfterSeconds });
  await createAccount({ email: input.email, password: input.password, name: input.name });
  await signInWithPassword(input.email, input.password, input.next);
  return null;
});

export type AuthFormState = FormState<null>;
