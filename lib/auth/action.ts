import "server-only";
import { z } from "zod";
import { AppError, isAppError, type ErrorCode } from "../errors";
import { getActorOrThrow, type Actor } from "./actor";

/**
 * What every server action returns (CONVENTIONS 1). `values` echoes what the user typed so a form
 * refilled after an error loses nothing. `fieldErrors` hold message keys (namespace "fields").
 */
export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: ErrorCode;
      fieldErrors?: Record<string, string[]>;
      values?: Record<string, string>;
      retryAfterSeconds?: number;
      current?: unknown;
    };

export type FormState<T> = ActionResult<T> | null;

/** Strings of a submitted form (files are left out), for echoing back into the form. */
export function formValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    // Passwords are never echoed back into a page.
    if (typeof value === "string" && !key.startsWith("$ACTION") && !/password/i.test(key)) out[key] = value;
  }
  return out;
}

/** Every string field of a form, for validation (files are read by the action itself). */
function formFields(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) out[key] = value;
  }
  return out;
}

/** Zod issues → { field: [messageKey] }; schemas use message keys such as "required", "tooLong". */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "_form");
    const message = /^[a-zA-Z]+$/.test(issue.message) ? issue.message : "invalid";
    const list = (out[key] ??= []);
    if (!list.includes(message)) list.push(message);
  }
  return out;
}

function failure<T>(error: unknown, values?: Record<string, string>): ActionResult<T> {
  if (isAppError(error)) {
    return {
      ok: false,
      code: error.code,
      ...(error.details?.fieldErrors ? { fieldErrors: error.details.fieldErrors } : {}),
      ...(error.details?.retryAfterSeconds ? { retryAfterSeconds: error.details.retryAfterSeconds } : {}),
      ...(error.details?.current !== undefined ? { current: error.details.current } : {}),
      ...(values ? { values } : {}),
    };
  }
  // Next's redirect()/notFound() are control flow, not failures.
  if (error && typeof error === "object" && "digest" in error && typeof error.digest === "string" && /^NEXT_(REDIRECT|HTTP_ERROR_FALLBACK)/.test(error.digest)) {
    throw error;
  }
  console.error("[action] unexpected error", error);
  return { ok: false, code: "INTERNAL", ...(values ? { values } : {}) };
}

/**
 * Wraps a server action taking a plain object: authenticates, validates with Zod (unknown
 * fields are dropped by the schema, so `familyId`/`role` cannot be smuggled in), runs `fn`.
 */
export function authedAction<S extends z.ZodType, T>(schema: S, fn: (input: z.infer<S>, actor: Actor) => Promise<T>) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    try {
      const actor = await getActorOrThrow();
      const parsed = schema.safeParse(raw);
      if (!parsed.success) return { ok: false, code: "INVALID_INPUT", fieldErrors: fieldErrorsOf(parsed.error) };
      return { ok: true, data: await fn(parsed.data, actor) };
    } catch (error) {
      return failure<T>(error);
    }
  };
}

/** The same for forms used with useActionState: (previous state, FormData) → state. */
export function authedFormAction<S extends z.ZodType, T>(schema: S, fn: (input: z.infer<S>, actor: Actor, formData: FormData) => Promise<T>) {
  return async (_prev: FormState<T>, formData: FormData): Promise<ActionResult<T>> => {
    const values = formValues(formData);
    try {
      const actor = await getActorOrThrow();
      const parsed = schema.safeParse(formFields(formData));
      if (!parsed.success) return { ok: false, code: "INVALID_INPUT", fieldErrors: fieldErrorsOf(parsed.error), values };
      return { ok: true, data: await fn(parsed.data, actor, formData) };
    } catch (error) {
      return failure<T>(error, values);
    }
  };
}

/** For the few public forms (sign-up, sign-in): validation and error mapping, no actor. */
export function publicFormAction<S extends z.ZodType, T>(schema: S, fn: (input: z.infer<S>, formData: FormData) => Promise<T>) {
  return async (_prev: FormState<T>, formData: FormData): Promise<ActionResult<T>> => {
    const values = formValues(formData);
    try {
      const parsed = schema.safeParse(formFields(formData));
      if (!parsed.success) return { ok: false, code: "INVALID_INPUT", fieldErrors: fieldErrorsOf(parsed.error), values };
      return { ok: true, data: await fn(parsed.data, formData) };
    } catch (error) {
      return failure<T>(error, values);
    }
  };
}

export { AppError };
