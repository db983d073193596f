import { z } from "zod";

export const CASE_STATUSES = ["OPEN", "DONE", "DISMISSED"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const MESSAGE_CHANNELS = ["MESSAGE_R", "SMS", "EMAIL", "LETTER", "PHONE", "APP", "OTHER"] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];

export const SCAM_EXPOSURES = ["none", "tapped", "entered"] as const;
export type ScamExposure = (typeof SCAM_EXPOSURES)[number];

/** A received message's text is capped at 64 KB (UTF-8 bytes), enough for any real notice. */
export const MAX_BODY_BYTES = 64 * 1024;
export const MAX_SCREENSHOTS = 3;

export const ZStepIds = z.array(z.string().max(80)).max(100);

/** checkedSteps is stored as a JSON array of step ids; anything unreadable counts as none ticked. */
export function parseCheckedSteps(json: string): string[] {
  try {
    const parsed = ZStepIds.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}
