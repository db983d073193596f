/** Reading the sender field: an e-mail "Name <local@domain>", an SMS number or sender ID. */
import { parse } from "tldts";
import { normalizeNumber, normalizeSenderId } from "./catalog";

export interface EmailSender {
  readonly kind: "email";
  readonly displayName: string;
  readonly address: string;
  readonly local: string;
  /** Lower-case host after "@". */
  readonly host: string;
  /** Registrable domain, or null when the host has no real public suffix. */
  readonly domain: string | null;
}

export interface NameOnlySender {
  readonly kind: "name";
  readonly displayName: string;
}

export interface PhoneSender {
  readonly kind: "phone";
  readonly digits: string;
}

export interface IdSender {
  readonly kind: "id";
  /** Lower-case, single-spaced ("ntt docomo"). */
  readonly id: string;
}

export type ParsedSender = EmailSender | NameOnlySender | PhoneSender | IdSender;

const ANGLE_ADDR = /<\s*([^<>\s]+@[^<>\s]+)\s*>/;
const BARE_ADDR = /([A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z0-9\-]+)/;
/** Warnings publish addresses as "info×boy.co.jp" or "info[at]x.jp"; read them as addresses. */
const DEFANGED_AT = /([A-Za-z0-9._\-])\s?(?:×|\[at\]|\(at\)|\s@\s)\s?(?=[A-Za-z0-9])/g;

function emailFrom(address: string, displayName: string): EmailSender | null {
  const at = address.lastIndexOf("@");
  if (at <= 0) return null;
  const local = address.slice(0, at);
  const host = address.slice(at + 1).toLowerCase().replace(/\.+$/, "");
  if (!host) return null;
  const p = parse(host);
  return { kind: "email", displayName, address, local, host, domain: p.isIcann && p.domain ? p.domain : null };
}

/** `text` is NFKC-normalised. Returns null for an empty sender. */
export function parseSender(text: string, channel: string): ParsedSender | null {
  const raw = text.trim();
  if (!raw) return null;
  const s = raw.includes("@") ? raw : raw.replace(DEFANGED_AT, "$1@");
  const angle = ANGLE_ADDR.exec(s);
  if (angle?.[1]) {
    const displayName = s.slice(0, angle.index).replace(/["']/g, "").trim();
    const e = emailFrom(angle[1], displayName);
    if (e) return e;
  }
  const bare = BARE_ADDR.exec(s);
  if (bare?.[1]) {
    const displayName = (s.slice(0, bare.index) + s.slice(bare.index + bare[1].length)).replace(/["'<>]/g, "").trim();
    const e = emailFrom(bare[1], displayName);
    if (e) return e;
  }
  const compact = normalizeNumber(raw);
  if (/^\+?\d{3,15}$/.test(compact)) return { kind: "phone", digits: compact };
  if (channel === "email") return { kind: "name", displayName: raw };
  return { kind: "id", id: normalizeSenderId(raw) };
}
