/**
 * Who may do what in a family (CONVENTIONS 4). Pure: a role and an action in, a boolean out.
 * An unknown role, or an unknown action, is always refused.
 */
export const ROLES = ["OWNER", "MEMBER"] as const;
export type Role = (typeof ROLES)[number];

export const FAMILY_ACTIONS = [
  "family.read",
  "family.rename",
  "invitation.create",
  "invitation.revoke",
  "invitation.list",
  "member.list",
  "member.changeRole",
  "member.remove",
  "relative.manage",
  "case.read",
  "case.write",
] as const;
export type FamilyAction = (typeof FAMILY_ACTIONS)[number];

const TABLE: Record<Role, ReadonlySet<FamilyAction>> = {
  OWNER: new Set(FAMILY_ACTIONS),
  MEMBER: new Set<FamilyAction>(["family.read", "member.list", "relative.manage", "case.read", "case.write"]),
};

export const isRole = (value: unknown): value is Role => typeof value === "string" && (ROLES as readonly string[]).includes(value);

export function can(role: unknown, action: FamilyAction): boolean {
  if (!isRole(role)) return false;
  return TABLE[role].has(action);
}
