/**
 * Invitation links on a real SQLite database: one use, expiry, revocation, the hash-only
 * storage of the token, the per-IP limit, and 20 simultaneous accepts.
 */
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { isAppError, type ErrorCode } from "@/lib/errors";
import { acceptInvitation } from "@/lib/families/accept-invitation";
import { createFamily } from "@/lib/families/create-family";
import { createInvitation } from "@/lib/families/create-invitation";
import { getInvitationPreview } from "@/lib/families/get-invitation-preview";
import { listPendingInvitations } from "@/lib/families/list-pending-invitations";
import { revokeInvitation } from "@/lib/families/revoke-invitation";
import { LIMITS } from "@/lib/rate-limit/rate-limit";

async function makeUser(label: string): Promise<Actor> {
  const user = await db.user.create({ data: { email: `${label}-${crypto.randomUUID()}@example.jp`, name: label }, select: { id: true, email: true, name: true } });
  return { userId: user.id, email: user.email, name: user.name };
}
/** A fresh client address per call, so only the rate-limit test meets the limit. */
const freshIp = () => `203.0.113.${crypto.randomUUID()}`;
const tokenOf = (url: string) => new URL(url).pathname.split("/invite/")[1]!;
const HOUR = 60 * 60 * 1000;

async function setup({ role = "MEMBER" as "MEMBER" | "OWNER", hours = 72 as 24 | 72 | 168, now = new Date() } = {}) {
  const owner = await makeUser("owner");
  const family = await createFamily({ actor: owner, name: "山田家" });
  const invitation = await createInvitation({ actor: owner, familyId: family.id, role, expiresInHours: hours, requestOrigin: "http://127.0.0.1:3000", locale: "ja", now });
  return { owner, family, invitation, token: tokenOf(invitation.url) };
}

async function codeOf(p: Promise<unknown>): Promise<ErrorCode | "ok"> {
  try {
    await p;
    return "ok";
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
}

const membersOf = (familyId: string) => db.membership.findMany({ where: { familyId }, select: { userId: true, role: true } });
const invitationRow = (id: string) => db.invitation.findUniqueOrThrow({ where: { id }, omit: { tokenHash: false } });

describe("creating a link", () => {
  it("stores only the SHA-256 of a 32-byte token, and the token appears nowhere in the row", async () => {
    const { invitation, token } = await setup();
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const row = await invitationRow(invitation.invitationId);
    expect(row.tokenHash).toBe(crypto.createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(token);
    // The client omits the hash unless a query asks for it.
    expect(await db.invitation.findUniqueOrThrow({ where: { id: invitation.invitationId } })).not.toHaveProperty("tokenHash");
  });

  it.each([24, 72, 168] as const)("expires %i hours after creation", async (hours) => {
    const now = new Date("2025-03-01T00:00:00Z");
    const { invitation } = await setup({ hours, now });
    expect(invitation.expiresAt.getTime() - now.getTime()).toBe(hours * HOUR);
  });

  it("without SMTP the link is still created and the e-mail is reported as not set up", async () => {
    const owner = await makeUser("owner");
    const family = await createFamily({ actor: owner, name: "家族" });
    const created = await createInvitation({ actor: owner, familyId: family.id, role: "MEMBER", expiresInHours: 72, email: "kazoku@example.jp", requestOrigin: "http://127.0.0.1:3000", locale: "ja" });
    expect(created.mail).toBe("notConfigured");
    expect(created.url).toMatch(/^http:\/\/127\.0\.0\.1:3000\/invite\/[A-Za-z0-9_-]{43}$/);
  });
});

describe("accepting", () => {
  it("joins with the role the link carries and marks the link used by this user", async () => {
    const { family, invitation, token } = await setup({ role: "OWNER" });
    const invitee = await makeUser("invitee");
    const now = new Date();
    await acceptInvitation({ actor: invitee, token, ip: freshIp(), now });
    expect(await membersOf(family.id)).toContainEqual({ userId: invitee.userId, role: "OWNER" });
    const row = await invitationRow(invitation.invitationId);
    expect(row.acceptedAt?.getTime()).toBe(now.getTime());
    expect(row.acceptedById).toBe(invitee.userId);
  });

  it("a used link cannot be used again by someone else", async () => {
    const { family, token } = await setup();
    await acceptInvitation({ actor: await makeUser("first"), token, ip: freshIp() });
    const second = await makeUser("second");
    expect(await codeOf(acceptInvitation({ actor: second, token, ip: freshIp() }))).toBe("INVITATION_USED");
    expect((await membersOf(family.id)).map((m) => m.userId)).not.toContain(second.userId);
    expect(await getInvitationPreview({ token, actor: second })).toEqual({ status: "USED" });
  });

  it("a revoked link cannot be used, and its page names no family", async () => {
    const { owner, family, invitation, token } = await setup();
    await revokeInvitation({ actor: owner, familyId: family.id, invitationId: invitation.invitationId });
    const invitee = await makeUser("invitee");
    expect(await codeOf(acceptInvitation({ actor: invitee, token, ip: freshIp() }))).toBe("INVITATION_REVOKED");
    expect(await membersOf(family.id)).toHaveLength(1);
    expect(await getInvitationPreview({ token, actor: null })).toEqual({ status: "REVOKED" });
    // Revoking again changes nothing; a used link cannot be revoked.
    await revokeInvitation({ actor: owner, familyId: family.id, invitationId: invitation.invitationId });
    const other = await setup();
    await acceptInvitation({ actor: invitee, token: other.token, ip: freshIp() });
    expect(await codeOf(revokeInvitation({ actor: other.owner, familyId: other.family.id, invitationId: other.invitation.invitationId }))).toBe("INVITATION_USED");
  });

  it("expires at expiresAt: usable a moment before, refused from that instant on", async () => {
    const created = new Date("2025-03-01T00:00:00Z");
    const { family, token } = await setup({ hours: 24, now: created });
    const expiresAt = new Date(created.getTime() + 24 * HOUR);
    const late = await makeUser("late");
    expect(await codeOf(acceptInvitation({ actor: late, token, ip: freshIp(), now: expiresAt }))).toBe("INVITATION_EXPIRED");
    expect(await getInvitationPreview({ token, actor: null, now: expiresAt })).toEqual({ status: "EXPIRED" });
    expect(await membersOf(family.id)).toHaveLength(1);
    const justInTime = await makeUser("just-in-time");
    expect(await codeOf(acceptInvitation({ actor: justInTime, token, ip: freshIp(), now: new Date(expiresAt.getTime() - 1) }))).toBe("ok");
  });

  it("already a member: nothing changes and the link stays unused for someone else", async () => {
    const { owner, family, invitation, token } = await setup();
    expect(await codeOf(acceptInvitation({ actor: owner, token, ip: freshIp() }))).toBe("ALREADY_MEMBER");
    const row = await invitationRow(invitation.invitationId);
    expect(row.acceptedAt).toBeNull();
    expect(await membersOf(family.id)).toEqual([{ userId: owner.userId, role: "OWNER" }]);
    expect(await codeOf(acceptInvitation({ actor: await makeUser("newcomer"), token, ip: freshIp() }))).toBe("ok");
  });

  it.each([["not-a-token"], [""], ["A".repeat(43)], ["../../etc/passwd"]])("an unknown or malformed token (%j) is NOT_FOUND", async (token) => {
    const invitee = await makeUser("invitee");
    expect(await codeOf(acceptInvitation({ actor: invitee, token, ip: freshIp() }))).toBe("NOT_FOUND");
    expect(await codeOf(getInvitationPreview({ token, actor: null }))).toBe("NOT_FOUND");
  });

  it("20 different people accepting the same link at once: exactly one joins", async () => {
    const { family, invitation, token } = await setup();
    const people = await Promise.all(Array.from({ length: 20 }, (_, i) => makeUser(`racer${i}`)));
    const results = await Promise.all(people.map((actor) => codeOf(acceptInvitation({ actor, token, ip: freshIp() }))));
    expect(results.filter((r) => r === "ok")).toHaveLength(1);
    expect(results.filter((r) => r === "INVITATION_USED")).toHaveLength(19);
    const members = await membersOf(family.id);
    expect(members).toHaveLength(2); // the owner and the one winner
    const winner = people[results.indexOf("ok")]!;
    expect(members).toContainEqual({ userId: winner.userId, role: "MEMBER" });
    const row = await invitationRow(invitation.invitationId);
    expect(row.acceptedById).toBe(winner.userId);
    expect(await db.activity.count({ where: { familyId: family.id, type: "member.joined" } })).toBe(1);
  });

  it("the same person accepting 20 times at once: one membership, the rest ALREADY_MEMBER", async () => {
    const { family, invitation, token } = await setup();
    const invitee = await makeUser("double-tapper");
    const results = await Promise.all(Array.from({ length: 20 }, () => codeOf(acceptInvitation({ actor: invitee, token, ip: freshIp() }))));
    expect(results.filter((r) => r === "ok")).toHaveLength(1);
    expect(results.filter((r) => r === "ALREADY_MEMBER")).toHaveLength(19);
    expect(await db.membership.count({ where: { familyId: family.id, userId: invitee.userId } })).toBe(1);
    expect((await invitationRow(invitation.invitationId)).acceptedById).toBe(invitee.userId);
  });

  it("two links for the same person accepted at once: one membership, the other link stays unused", async () => {
    const { owner, family, token } = await setup();
    const second = await createInvitation({ actor: owner, familyId: family.id, role: "OWNER", expiresInHours: 24, requestOrigin: "http://x", locale: "ja" });
    const invitee = await makeUser("invitee");
    const results = await Promise.all([token, tokenOf(second.url)].map((t) => codeOf(acceptInvitation({ actor: invitee, token: t, ip: freshIp() }))));
    expect(results.sort()).toEqual(["ALREADY_MEMBER", "ok"]);
    expect(await db.membership.count({ where: { familyId: family.id, userId: invitee.userId } })).toBe(1);
    expect(await db.invitation.count({ where: { familyId: family.id, acceptedAt: { not: null } } })).toBe(1);
  });

  it(`allows ${LIMITS.inviteAcceptIp.max} attempts per hour from one address, then RATE_LIMITED (failed attempts count too)`, async () => {
    const ip = freshIp();
    const invitee = await makeUser("guesser");
    for (let i = 0; i < LIMITS.inviteAcceptIp.max; i++) {
      expect(await codeOf(acceptInvitation({ actor: invitee, token: crypto.randomBytes(32).toString("base64url"), ip }))).toBe("NOT_FOUND");
    }
    const { family, token } = await setup();
    const error = await acceptInvitation({ actor: invitee, token, ip }).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe("RATE_LIMITED");
    expect(isAppError(error) && error.details?.retryAfterSeconds).toBeGreaterThan(0);
    expect(await membersOf(family.id)).toHaveLength(1);
    // Another address is not affected.
    expect(await codeOf(acceptInvitation({ actor: invitee, token, ip: freshIp() }))).toBe("ok");
  });
});

describe("pending list", () => {
  it("shows only links that can still be used, never a token", async () => {
    const { owner, family, invitation } = await setup();
    const now = new Date();
    const make = (hours: 24 | 72, at = now) => createInvitation({ actor: owner, familyId: family.id, role: "MEMBER", expiresInHours: hours, requestOrigin: "http://x", locale: "ja", now: at });
    const revoked = await make(72);
    await revokeInvitation({ actor: owner, familyId: family.id, invitationId: revoked.invitationId });
    const used = await make(72);
    await acceptInvitation({ actor: await makeUser("u"), token: tokenOf(used.url), ip: freshIp() });
    await make(24, new Date(now.getTime() - 25 * HOUR)); // already expired
    const pending = await listPendingInvitations({ actor: owner, familyId: family.id, now });
    expect(pending.map((p) => p.id)).toEqual([invitation.invitationId]);
    expect(JSON.stringify(pending)).not.toMatch(/token/i);
  });
});
