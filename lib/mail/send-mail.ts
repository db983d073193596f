import "server-only";
import nodemailer from "nodemailer";
import { env } from "../env";

export type MailMessage = { to: string; subject: string; text: string };

/** Whether e-mail can be sent at all (SMTP_URL set). Without it, invitations show the link only. */
export const isMailConfigured = (transportUrl: string | undefined = env.SMTP_URL): boolean => Boolean(transportUrl);

/**
 * Sends one plain-text e-mail. Plain text only: names typed by users go into it, and text
 * cannot carry hidden links or markup. The transport URL is a parameter (default SMTP_URL) so
 * a test can point it at its own SMTP server; a new transport per message keeps no open
 * connection around between the rare invitations.
 */
export async function sendMail(message: MailMessage, { transportUrl = env.SMTP_URL, from = env.MAIL_FROM }: { transportUrl?: string | undefined; from?: string } = {}) {
  if (!transportUrl) throw new Error("sendMail: SMTP_URL is not set");
  const transport = nodemailer.createTransport({
    url: transportUrl,
    // A slow mail server must not hold the owner's request for minutes.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  try {
    const info = await transport.sendMail({ from, to: message.to, subject: oneLine(message.subject), text: message.text });
    return { messageId: info.messageId };
  } finally {
    transport.close();
  }
}

/** Header values stay on one line whatever a family or user name contains. */
const oneLine = (value: string) => value.replace(/[\p{Cc}\u2028\u2029]+/gu, " ").trim();
