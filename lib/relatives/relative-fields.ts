import { z } from "zod";

/**
 * The fields of a relative, validated the same way by the add and edit actions. Pure (no
 * server-only): the form imports the choices. Messages are keys of the "fields.errors" namespace.
 */
export const RECEIVES_VIA = ["DOCOMO_MESSAGE_R", "SMS_ONLY", "EMAIL", "UNKNOWN"] as const;
export type ReceivesVia = (typeof RECEIVES_VIA)[number];

export const RELATIVE_NAME_MAX = 40;
export const RELATIVE_NOTE_MAX = 200;

/** No control characters in a one-line name (a crafted POST could carry a newline or NUL). */
const NO_CONTROL_CHARS = /^[^\p{Cc}]*$/u;

export const ZRelativeFields = z.object({
  displayName: z.string("required").trim().min(1, "required").max(RELATIVE_NAME_MAX, "tooLong").regex(NO_CONTROL_CHARS, "invalid"),
  receivesVia: z.enum(RECEIVES_VIA, "choose"),
  note: z
    .string()
    // Browsers send a textarea's line breaks as CRLF; count them as the one character the user typed.
    .transform((v) => v.replace(/\r\n?/g, "\n").trim())
    .pipe(
      z
        .string()
        .max(RELATIVE_NOTE_MAX, "tooLong")
        // A note may keep its line breaks and tabs, nothing else invisible.
        .refine((v) => NO_CONTROL_CHARS.test(v.replace(/[\n\t]/g, " ")), "invalid"),
    )
    .optional()
    .transform((v) => (v ? v : null)),
});
export type RelativeFields = z.infer<typeof ZRelativeFields>;
