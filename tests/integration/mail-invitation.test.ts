/**
 * Invitation e-mail through a REAL SMTP server (smtp-server, in this process, on 127.0.0.1 with a
 * free port). lib/env parses the environment when first imported, so SMTP_URL and APP_URL are
 * set before the app modules are imported below.
 */
import crypto from "node:crypto";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, describe, expect, it } from "vitest";

type Received = { from: string; to: string[]; raw: string };
const inbox: Received[] = [];
const server = new SMTPServer({
  authOptional: true,
  hideSTARTTLS: true, // plain SMTP on loopback: no certificate to trust in a test
  disableReverseLookup: true,
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (c: Buffer) => chunks.push(c));
    stream.on("end", () => {
      inbox.push({
        from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
        to: session.envelope.rcptTo.map((r) => r.address),
        raw: Buffer.concat(chunks).toString("utf8"),
      });
      callback();
    });
  },
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const port = (server.server.address() as AddressInfo).port;

const saved = { SMTP_URL: process.env.SMTP_URL, APP_URL: process.env.APP_URL, MAIL_FROM: process.env.MAIL_FROM };
process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
process.env.APP_URL = "https://tashika.example.jp";
process.env.MAIL_FROM = "Tashika <invite@tashika.example.jp>";

const { db } = await import("@/lib/db/client");
const { createFamily } = await import("@/lib/families/create-family");
const { createInvitation, invitationMailEnabled } = await import("@/lib/families/create-invitation");
const { sendMail } = await import("@/lib/mail/send-mail");

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

/** Just enough MIME for a single-part text mail: unfolded headers, decoded subject and body. */
function parseMail(raw: string) {
  const [head = "", ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const i = line.indexOf(":");
    if (i > 0) headers.set(line.slice(0, i).toLowerCase(), line.slice(i + 1).trim());
  }
  const decodeWords = (v: string) =>
    v.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_, enc: string, text: string) =>
      enc.toLowerCase() === "b" ? Buffer.from(text, "base64").toString("utf8") : decodeQp(text.replace(/_/g, " ")),
    );
  const body = rest.join("\n\n");
  const cte = (headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  const text = cte === "base64" ? Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8") : cte === "quoted-printable" ? decodeQp(body.replace(/=\r?\n/g, "")) : body;
  return { headers, subject: decodeWords(headers.get("subject") ?? "").trim(), text };
}
function decodeQp(s: string) {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "=" && /^[0-9A-F]{2}$/i.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(s[i]!, "utf8"));
  }
  return Buffer.from(bytes).toString("utf8");
}

async function owner(name = "はなこ") {
  const user = await db.user.create({ data: { email: `owner-${crypto.randomUUID()}@example.jp`, name }, select: { id: true, email: true, name: true } });
  return { userId: user.id, email: user.email, name: user.name };
}

describe("invitation e-mail", () => {
  it("is enabled when SMTP_URL and APP_URL are set", () => {
    expect(invitationMailEnabled()).toBe(true);
  });

  it("arrives at the invitee with the one-time link built from APP_URL (Japanese)", async () => {
    const actor = await owner("はなこ");
    const family = await createFamily({ actor, name: "山田家" });
    const to = `taro-${crypto.randomUUID().slice(0, 8)}@example.jp`;
    const created = await createInvitation({ actor, familyId: family.id, role: "MEMBER", expiresInHours: 72, email: to, requestOrigin: "http://evil.example", locale: "ja" });
    expect(created.mail).toBe("sent");
    expect(created.url).toMatch(/^https:\/\/tashika\.example\.jp\/invite\/[A-Za-z0-9_-]{43}$/);
    const mail = inbox.find((m) => m.to.includes(to));
    expect(mail, "no e-mail reached the SMTP server").toBeDefined();
    expect(mail!.from).toBe("invite@tashika.example.jp");
    const parsed = parseMail(mail!.raw);
    expect(parsed.subject).toBe("「山田家」への招待（たしか）");
    expect(parsed.text).toContain(created.url);
    expect(parsed.text).toContain("はなこさんから");
    expect(parsed.text).toContain("パスワードやカード番号をたずねることはありません");
    expect(parsed.text).not.toContain("evil.example");
    // The link in the mail is the one that works: its hash is what the database holds.
    const token = created.url.split("/invite/")[1]!;
    const row = await db.invitation.findUniqueOrThrow({ where: { id: created.invitationId }, omit: { tokenHash: false } });
    expect(row.tokenHash).toBe(crypto.createHash("sha256").update(token).digest("hex"));
    expect(row.email).toBe(to);
  });

  it("is written in English for an English-speaking inviter", async () => {
    const actor = await owner("Hanako");
    const family = await createFamily({ actor, name: "The Yamadas" });
    const to = `en-${crypto.randomUUID().slice(0, 8)}@example.jp`;
    const created = await createInvitation({ actor, familyId: family.id, role: "OWNER", expiresInHours: 24, email: to, requestOrigin: "http://x", locale: "en" });
    const parsed = parseMail(inbox.find((m) => m.to.includes(to))!.raw);
    expect(parsed.subject).toBe('Invitation to "The Yamadas" (Tashika)');
    expect(parsed.text).toContain("Hanako has invited you");
    expect(parsed.text).toContain(created.url);
  });

  it("a family name with a line break cannot add headers or recipients", async () => {
    const actor = await owner();
    const family = await createFamily({ actor, name: "家族\r\nBcc: victim@example.jp" });
    const to = `hdr-${crypto.randomUUID().slice(0, 8)}@example.jp`;
    await createInvitation({ actor, familyId: family.id, role: "MEMBER", expiresInHours: 72, email: to, requestOrigin: "http://x", locale: "ja" });
    const mail = inbox.find((m) => m.to.includes(to))!;
    expect(mail.to).toEqual([to]);
    expect(parseMail(mail.raw).headers.has("bcc")).toBe(false);
  });

  it("sendMail takes the transport as a parameter", async () => {
    const to = `param-${crypto.randomUUID().slice(0, 8)}@example.jp`;
    await sendMail({ to, subject: "テスト", text: "本文" }, { transportUrl: `smtp://127.0.0.1:${port}`, from: "x@tashika.example.jp" });
    expect(inbox.find((m) => m.to.includes(to))?.from).toBe("x@tashika.example.jp");
  });

  it("when the mail server is unreachable the link is still created and the failure reported", async () => {
    const actor = await owner();
    const family = await createFamily({ actor, name: "家族" });
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const created = await createInvitation({ actor, familyId: family.id, role: "MEMBER", expiresInHours: 72, email: "nobody@example.jp", requestOrigin: "http://x", locale: "ja" });
    expect(created.mail).toBe("failed");
    expect(await db.invitation.count({ where: { id: created.invitationId } })).toBe(1);
  });
});
