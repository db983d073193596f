/**
 * ACCESS MATRIX (CONVENTIONS 12): every family function × every kind of caller, on a real
 * SQLite database. A refused call must leave the database exactly as it was; a foreign id is
 * NOT_FOUND exactly like a missing one; FORBIDDEN only for a member whose role is too low.
 *
 * Callers: the owner; a member (role MEMBER); a stranger, who owns ANOTHER family (so ids of
 * their own family are valid for them and can be mixed with ids of this one); a removed member
 * (joined, then removed by the owner through removeMember: removal takes effect on the very
 * next call); and, where a function takes no actor, anonymous.
 */
import crypto from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { isAppError, type ErrorCode } from "@/lib/errors";
import { getFamilyAccess } from "@/lib/families/access";
import { acceptInvitation } from "@/lib/families/accept-invitation";
import { changeMemberRole } from "@/lib/families/change-member-role";
import { createFamily } from "@/lib/families/create-family";
import { createInvitation } from "@/lib/families/create-invitation";
import { getInvitationPreview } from "@/lib/families/get-invitation-preview";
import { leaveFamily } from "@/lib/families/leave-family";
import { listMembers } from "@/lib/families/list-members";
import { listMyFamilies } from "@/lib/families/list-my-families";
import { listPendingInvitations } from "@/lib/families/list-pending-invitations";
import { removeMember } from "@/lib/families/remove-member";
import { renameFamily } from "@/lib/families/rename-family";
import { revokeInvitation } from "@/lib/families/revoke-invitation";
import { addRelative } from "@/lib/relatives/add-relative";
import { listRelatives } from "@/lib/relatives/list-relatives";
import { updateRelative } from "@/lib/relatives/update-relative";

async function makeUser(label: string): Promise<Actor> {
  const email = `${label}-${crypto.randomUUID()}@example.jp`;
  const user = await db.user.create({ data: { email, name: label }, select: { id: true, email: true, name: true } });
  return { userId: user.id, email: user.email, name: user.name };
}
const someIp = () => `198.51.100.${crypto.randomInt(1, 255)}-${crypto.randomUUID()}`;
const tokenOf = (url: string) => url.split("/invite/")[1]!;

type Who = "owner" | "member" | "stranger" | "removed";
const WHO: Who[] = ["owner", "member", "stranger", "removed"];

async function buildWorld() {
  const [owner, member, stranger, removed] = await Promise.all(["owner", "member", "stranger", "removed"].map(makeUser));
  const family = await createFamily({ actor: owner!, name: "家族A" });
  const memberMembership = await db.membership.create({ data: { userId: member!.userId, familyId: family.id, role: "MEMBER" }, select: { id: true } });
  const removedMembership = await db.membership.create({ data: { userId: removed!.userId, familyId: family.id, role: "MEMBER" }, select: { id: true } });
  await removeMember({ actor: owner!, familyId: family.id, membershipId: removedMembership.id });
  const relative = await addRelative({ actor: owner!, familyId: family.id, fields: { displayName: "母", receivesVia: "DOCOMO_MESSAGE_R", note: null } });
  const invitation = await createInvitation({ actor: owner!, familyId: family.id, role: "MEMBER", expiresInHours: 72, requestOrigin: "http://localhost", locale: "ja" });
  // The stranger's own family, with its own member, relative and invitation: valid ids for them.
  const otherFamily = await createFamily({ actor: stranger!, name: "家族B" });
  const otherRelative = await addRelative({ actor: stranger!, familyId: otherFamily.id, fields: { displayName: "父", receivesVia: "UNKNOWN", note: null } });
  const actors: Record<Who, Actor> = { owner: owner!, member: member!, stranger: stranger!, removed: removed! };
  return { actors, family, memberMembershipId: memberMembership.id, relative, invitation, token: tokenOf(invitation.url), otherFamily, otherRelative };
}
type World = Awaited<ReturnType<typeof buildWorld>>;

/** Everything a family function could change, for both families (token hashes included). */
async function snapshot(w: World) {
  const one = async (familyId: string) => ({
    family: await db.family.findUnique({ where: { id: familyId } }),
    members: await db.membership.findMany({ where: { familyId }, orderBy: { id: "asc" } }),
    invitations: await db.invitation.findMany({ where: { familyId }, orderBy: { id: "asc" }, omit: { tokenHash: false } }),
    relatives: await db.relative.findMany({ where: { familyId }, orderBy: { id: "asc" } }),
    activities: await db.activity.count({ where: { familyId } }),
  });
  return { a: await one(w.family.id), b: await one(w.otherFamily.id) };
}

async function outcome(p: Promise<unknown>): Promise<"ok" | ErrorCode> {
  try {
    await p;
    return "ok";
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
}

type Row = { fn: string; kind: "read" | "write"; call: (w: World, actor: Actor) => Promise<unknown>; expected: Record<Who, "ok" | ErrorCode> };
const OWNER_ONLY = { owner: "ok", member: "FORBIDDEN", stranger: "NOT_FOUND", removed: "NOT_FOUND" } as const;
const ANY_MEMBER = { owner: "ok", member: "ok", stranger: "NOT_FOUND", removed: "NOT_FOUND" } as const;

const MATRIX: Row[] = [
  { fn: "getFamilyAccess(read)", kind: "read", call: (w, a) => getFamilyAccess(a, w.family.id), expected: ANY_MEMBER },
  { fn: "getFamilyAccess(family.rename)", kind: "read", call: (w, a) => getFamilyAccess(a, w.family.id, "family.rename"), expected: OWNER_ONLY },
  { fn: "renameFamily", kind: "write", call: (w, a) => renameFamily({ actor: a, familyId: w.family.id, name: "新しい名前" }), expected: OWNER_ONLY },
  {
    fn: "createInvitation",
    kind: "write",
    call: (w, a) => createInvitation({ actor: a, familyId: w.family.id, role: "OWNER", expiresInHours: 24, requestOrigin: "http://localhost", locale: "ja" }),
    expected: OWNER_ONLY,
  },
  { fn: "listPendingInvitations", kind: "read", call: (w, a) => listPendingInvitations({ actor: a, familyId: w.family.id }), expected: OWNER_ONLY },
  { fn: "revokeInvitation", kind: "write", call: (w, a) => revokeInvitation({ actor: a, familyId: w.family.id, invitationId: w.invitation.invitationId }), expected: OWNER_ONLY },
  {
    fn: "revokeInvitation (own family id + this family's invitation id)",
    kind: "write",
    call: (w, a) => revokeInvitation({ actor: a, familyId: w.otherFamily.id, invitationId: w.invitation.invitationId }),
    // Only the stranger is a member (owner) of the other family: for them the invitation id is foreign.
    expected: { owner: "NOT_FOUND", member: "NOT_FOUND", stranger: "NOT_FOUND", removed: "NOT_FOUND" },
  },
  {
    fn: "acceptInvitation",
    kind: "write",
    call: (w, a) => acceptInvitation({ actor: a, token: w.token, ip: someIp() }),
    // Outsiders join with the link; people already in the family change nothing and keep it unused.
    expected: { owner: "ALREADY_MEMBER", member: "ALREADY_MEMBER", stranger: "ok", removed: "ok" },
  },
  { fn: "listMembers", kind: "read", call: (w, a) => listMembers({ actor: a, familyId: w.family.id }), expected: ANY_MEMBER },
  {
    fn: "changeMemberRole (member → OWNER)",
    kind: "write",
    call: (w, a) => changeMemberRole({ actor: a, familyId: w.family.id, membershipId: w.memberMembershipId, role: "OWNER" }),
    expected: OWNER_ONLY,
  },
  {
    fn: "changeMemberRole (own family id + this family's membership id)",
    kind: "write",
    call: (w, a) => changeMemberRole({ actor: a, familyId: w.otherFamily.id, membershipId: w.memberMembershipId, role: "OWNER" }),
    expected: { owner: "NOT_FOUND", member: "NOT_FOUND", stranger: "NOT_FOUND", removed: "NOT_FOUND" },
  },
  { fn: "removeMember", kind: "write", call: (w, a) => removeMember({ actor: a, familyId: w.family.id, membershipId: w.memberMembershipId }), expected: OWNER_ONLY },
  {
    fn: "removeMember (own family id + this family's membership id)",
    kind: "write",
    call: (w, a) => removeMember({ actor: a, familyId: w.otherFamily.id, membershipId: w.memberMembershipId }),
    expected: { owner: "NOT_FOUND", member: "NOT_FOUND", stranger: "NOT_FOUND", removed: "NOT_FOUND" },
  },
  {
    fn: "leaveFamily",
    kind: "write",
    call: (w, a) => leaveFamily({ actor: a, familyId: w.family.id }),
    // The owner is the only owner: leaving would leave the family without one.
    expected: { owner: "LAST_OWNER", member: "ok", stranger: "NOT_FOUND", removed: "NOT_FOUND" },
  },
  { fn: "listRelatives", kind: "read", call: (w, a) => listRelatives({ actor: a, familyId: w.family.id }), expected: ANY_MEMBER },
  {
    fn: "addRelative",
    kind: "write",
    call: (w, a) => addRelative({ actor: a, familyId: w.family.id, fields: { displayName: "祖母", receivesVia: "SMS_ONLY", note: "メモ" } }),
    expected: ANY_MEMBER,
  },
  {
    fn: "updateRelative",
    kind: "write",
    call: (w, a) => updateRelative({ actor: a, relativeId: w.relative.relativeId, fields: { displayName: "お母さん", receivesVia: "EMAIL", note: null } }),
    expected: ANY_MEMBER,
  },
  {
    fn: "updateRelative (the other family's relative)",
    kind: "write",
    call: (w, a) => updateRelative({ actor: a, relativeId: w.otherRelative.relativeId, fields: { displayName: "書き換え", receivesVia: "EMAIL", note: null } }),
    // Only the stranger belongs to the other family.
    expected: { owner: "NOT_FOUND", member: "NOT_FOUND", stranger: "ok", removed: "NOT_FOUND" },
  },
];

describe("access matrix", () => {
  let w: World;
  beforeEach(async () => {
    w = await buildWorld();
  });

  describe.each(MATRIX)("$fn", (row) => {
    it.each(WHO)("%s", async (who) => {
      const before = await snapshot(w);
      const result = await outcome(row.call(w, w.actors[who]));
      expect(result).toBe(row.expected[who]);
      const after = await snapshot(w);
      if (result !== "ok" || row.kind === "read") expect(after).toEqual(before);
      else expect(after).not.toEqual(before);
    });
  });

  it("a foreign family id is refused exactly like a missing one", async () => {
    const missing = await outcome(getFamilyAccess(w.actors.stranger, "no-such-family"));
    const foreign = await outcome(getFamilyAccess(w.actors.stranger, w.family.id));
    expect(foreign).toBe(missing);
    expect(await outcome(updateRelative({ actor: w.actors.stranger, relativeId: "no-such-relative", fields: { displayName: "x", receivesVia: "UNKNOWN", note: null } }))).toBe(
      await outcome(updateRelative({ actor: w.actors.stranger, relativeId: w.relative.relativeId, fields: { displayName: "x", receivesVia: "UNKNOWN", note: null } })),
    );
  });

  it("listMyFamilies shows the family to its owner and member only", async () => {
    const names = async (who: Who) => (await listMyFamilies({ actor: w.actors[who] })).map((f) => f.id);
    expect(await names("owner")).toContain(w.family.id);
    expect(await names("member")).toContain(w.family.id);
    expect(await names("stranger")).toEqual([w.otherFamily.id]);
    expect(await names("removed")).toEqual([]);
  });

  it("anonymous: the invite preview names the family and inviter, but no member can be inferred", async () => {
    const preview = await getInvitationPreview({ token: w.token, actor: null });
    expect(preview).toMatchObject({ status: "PENDING", familyName: "家族A", inviterName: "owner", role: "MEMBER", alreadyMember: false });
    expect(await getInvitationPreview({ token: w.token, actor: w.actors.member })).toMatchObject({ alreadyMember: true });
    expect(await getInvitationPreview({ token: w.token, actor: w.actors.removed })).toMatchObject({ alreadyMember: false });
  });

  it("a member removed mid-session is refused on the very next call", async () => {
    expect(await outcome(listRelatives({ actor: w.actors.member, familyId: w.family.id }))).toBe("ok");
    await removeMember({ actor: w.actors.owner, familyId: w.family.id, membershipId: w.memberMembershipId });
    expect(await outcome(listRelatives({ actor: w.actors.member, familyId: w.family.id }))).toBe("NOT_FOUND");
    expect(await outcome(addRelative({ actor: w.actors.member, familyId: w.family.id, fields: { displayName: "x", receivesVia: "UNKNOWN", note: null } }))).toBe("NOT_FOUND");
  });
});
