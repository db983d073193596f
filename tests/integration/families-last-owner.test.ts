/**
 * The last-owner rule (a family always keeps an OWNER), alone and under races: two owners
 * demoting each other, leaving, or removing each other at the same moment. See
 * lib/families/owner-guard.ts for why the conditional writes make this hold.
 */
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { changeMemberRole } from "@/lib/families/change-member-role";
import { createFamily } from "@/lib/families/create-family";
import { leaveFamily } from "@/lib/families/leave-family";
import { removeMember } from "@/lib/families/remove-member";

async function makeUser(label: string): Promise<Actor> {
  const user = await db.user.create({ data: { email: `${label}-${crypto.randomUUID()}@example.jp`, name: label }, select: { id: true, email: true, name: true } });
  return { userId: user.id, email: user.email, name: user.name };
}

async function twoOwners() {
  const a = await makeUser("a");
  const b = await makeUser("b");
  const family = await createFamily({ actor: a, name: "二人の管理者" });
  await db.membership.create({ data: { userId: b.userId, familyId: family.id, role: "OWNER" } });
  const ids = await db.membership.findMany({ where: { familyId: family.id }, select: { id: true, userId: true } });
  const idOf = (actor: Actor) => ids.find((m) => m.userId === actor.userId)!.id;
  return { a, b, familyId: family.id, aId: idOf(a), bId: idOf(b) };
}

const owners = (familyId: string) => db.membership.count({ where: { familyId, role: "OWNER" } });
const settle = (ps: Promise<unknown>[]) =>
  Promise.all(ps.map((p) => p.then(() => "ok" as const).catch((e: unknown) => (isAppError(e) ? e.code : Promise.reject(e)))));

describe("last owner", () => {
  it("the only owner can neither step down, nor leave, nor remove themselves", async () => {
    const owner = await makeUser("solo");
    const family = await createFamily({ actor: owner, name: "一人" });
    const { id } = await db.membership.findFirstOrThrow({ where: { familyId: family.id }, select: { id: true } });
    const results = await settle([
      changeMemberRole({ actor: owner, familyId: family.id, membershipId: id, role: "MEMBER" }),
      leaveFamily({ actor: owner, familyId: family.id }),
      removeMember({ actor: owner, familyId: family.id, membershipId: id }),
    ]);
    expect(results).toEqual(["LAST_OWNER", "LAST_OWNER", "LAST_OWNER"]);
    expect(await db.membership.findMany({ where: { familyId: family.id }, select: { userId: true, role: true } })).toEqual([{ userId: owner.userId, role: "OWNER" }]);
  });

  it("with two owners, one may step down; then the other may not", async () => {
    const { a, b, familyId, aId, bId } = await twoOwners();
    await changeMemberRole({ actor: a, familyId, membershipId: aId, role: "MEMBER" });
    expect(await settle([changeMemberRole({ actor: b, familyId, membershipId: bId, role: "MEMBER" })])).toEqual(["LAST_OWNER"]);
    expect(await owners(familyId)).toBe(1);
  });

  // Repeated: a race that is lost only sometimes must not pass by luck.
  it.each(Array.from({ length: 10 }, (_, i) => [i]))("two owners demoting each other at once keep an owner (round %i)", async () => {
    const { a, b, familyId, aId, bId } = await twoOwners();
    const results = await settle([
      changeMemberRole({ actor: a, familyId, membershipId: bId, role: "MEMBER" }),
      changeMemberRole({ actor: b, familyId, membershipId: aId, role: "MEMBER" }),
    ]);
    expect(results.filter((r) => r === "ok")).toHaveLength(1);
    // The loser lost their owner role first (FORBIDDEN) — never zero owners.
    expect(results.filter((r) => r !== "ok")[0]).toMatch(/^(FORBIDDEN|LAST_OWNER)$/);
    expect(await owners(familyId)).toBe(1);
  });

  it.each(Array.from({ length: 5 }, (_, i) => [i]))("two owners leaving at once keep an owner (round %i)", async () => {
    const { a, b, familyId } = await twoOwners();
    const results = await settle([leaveFamily({ actor: a, familyId }), leaveFamily({ actor: b, familyId })]);
    expect(results.sort()).toEqual(["LAST_OWNER", "ok"]);
    expect(await owners(familyId)).toBe(1);
  });

  it.each(Array.from({ length: 5 }, (_, i) => [i]))("two owners removing each other at once keep an owner (round %i)", async () => {
    const { a, b, familyId, aId, bId } = await twoOwners();
    await settle([removeMember({ actor: a, familyId, membershipId: bId }), removeMember({ actor: b, familyId, membershipId: aId })]);
    expect(await owners(familyId)).toBe(1);
    expect(await db.membership.count({ where: { familyId } })).toBe(1);
  });

  it("one owner demoting while the other leaves keeps an owner", async () => {
    const { a, b, familyId, bId } = await twoOwners();
    await settle([changeMemberRole({ actor: b, familyId, membershipId: bId, role: "MEMBER" }), leaveFamily({ actor: a, familyId })]);
    expect(await owners(familyId)).toBeGreaterThanOrEqual(1);
  });
});
