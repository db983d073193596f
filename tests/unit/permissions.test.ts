import { describe, expect, it } from "vitest";
import { can, FAMILY_ACTIONS, isRole, ROLES, type FamilyAction } from "@/lib/families/permissions";

/**
 * The whole permission table, written out by hand: a change to lib/families/permissions.ts
 * that grants or removes a right must be made here too, on purpose.
 */
const EXPECTED: Record<FamilyAction, { OWNER: boolean; MEMBER: boolean }> = {
  "family.read": { OWNER: true, MEMBER: true },
  "family.rename": { OWNER: true, MEMBER: false },
  "invitation.create": { OWNER: true, MEMBER: false },
  "invitation.revoke": { OWNER: true, MEMBER: false },
  "invitation.list": { OWNER: true, MEMBER: false },
  "member.list": { OWNER: true, MEMBER: true },
  "member.changeRole": { OWNER: true, MEMBER: false },
  "member.remove": { OWNER: true, MEMBER: false },
  "relative.manage": { OWNER: true, MEMBER: true },
  "case.read": { OWNER: true, MEMBER: true },
  "case.write": { OWNER: true, MEMBER: true },
};

describe("can(role, action)", () => {
  it("the expected table covers exactly the actions that exist", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...FAMILY_ACTIONS].sort());
  });

  const cases = ROLES.flatMap((role) => FAMILY_ACTIONS.map((action) => [role, action, EXPECTED[action][role]] as const));
  it.each(cases)("%s may %s: %s", (role, action, allowed) => {
    expect(can(role, action)).toBe(allowed);
  });

  it.each([["ADMIN"], ["owner"], ["Owner"], [""], [" OWNER"], [null], [undefined], [1], [{}], [["OWNER"]], ["__proto__"], ["constructor"]])(
    "an unknown role (%j) may do nothing",
    (role) => {
      for (const action of FAMILY_ACTIONS) expect(can(role, action)).toBe(false);
      expect(isRole(role)).toBe(false);
    },
  );

  it("an unknown action is refused even for an owner", () => {
    expect(can("OWNER", "family.delete" as FamilyAction)).toBe(false);
    expect(can("OWNER", "constructor" as FamilyAction)).toBe(false);
  });
});
