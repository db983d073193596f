import type { Locale } from "../config";

/**
 * UI messages, one file per area so areas can change independently. Each file's top-level keys
 * are next-intl namespaces; files are merged (a namespace must live in one file only).
 */
export const MESSAGE_FILES = ["core", "auth", "families", "cases"] as const;

export type Messages = Record<string, Record<string, unknown>>;

export async function loadMessages(locale: Locale): Promise<Messages> {
  const parts = await Promise.all(
    MESSAGE_FILES.map(async (file) => (await import(`./${locale}/${file}.json`)).default as Messages),
  );
  return Object.assign({}, ...parts) as Messages;
}
