import "server-only";
import { createFormatter, createTranslator } from "next-intl";
import type { Locale } from "../i18n/config";
import { loadMessages } from "../i18n/messages";
import type { MailMessage } from "./send-mail";

/**
 * The invitation e-mail, in the inviter's language (texts: namespace "inviteMail" in
 * lib/i18n/messages/<locale>/families.json). It says who sent it and that Tashika never asks
 * for passwords or card numbers: the people it goes to are the ones phishing mails target.
 */
export async function invitationMail({
  locale,
  to,
  familyName,
  inviterName,
  url,
  expiresAt,
}: {
  locale: Locale;
  to: string;
  familyName: string;
  inviterName: string;
  url: string;
  expiresAt: Date;
}): Promise<MailMessage> {
  const messages = (await loadMessages(locale)) as unknown as { inviteMail: Record<"subject" | "body", string> };
  const t = createTranslator({ locale, messages, namespace: "inviteMail" });
  const format = createFormatter({ locale, timeZone: "Asia/Tokyo" });
  const values = {
    family: familyName,
    inviter: inviterName,
    url,
    expires: format.dateTime(expiresAt, { dateStyle: "long", timeStyle: "short" }),
  };
  return { to, subject: t("subject", values), text: t("body", values) };
}
