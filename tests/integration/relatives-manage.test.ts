/**
 * Relatives: the field rules (as the actions apply them) and the add/update/list functions on a
 * real database. Who may call them is in families-access.test.ts.
 */
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { createFamily } from "@/lib/families/create-family";
import { addRelative } from "@/lib/relatives/add-relative";
import { listRelatives } from "@/lib/relatives/list-relatives";
import { ZRelativeFields } from "@/lib/relatives/relative-fields";
import { updateRelative } from "@/lib/relatives/update-relative";

async function makeUser(label: string): Promise<Actor> {
  const user = await db.user.create({ data: { email: `${label}-${crypto.randomUUID()}@example.jp`, name: label }, select: { id: true, email: true, name: true } });
  return { userId: user.id, email: user.email, name: user.name };
}

const errorsOf = (input: unknown) => {
  const parsed = ZRelativeFields.safeParse(input);
  return parsed.success ? null : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
};

describe("relative fields", () => {
  it("accepts a name of up to 40 characters and a note of up to 200", () => {
    expect(errorsOf({ displayName: "あ".repeat(40), receivesVia: "SMS_ONLY", note: "い".repeat(200) })).toBeNull();
    expect(errorsOf({ displayName: "あ".repeat(41), receivesVia: "SMS_ONLY" })).toEqual({ displayName: "tooLong" });
    expect(errorsOf({ displayName: "母", receivesVia: "SMS_ONLY", note: "い".repeat(201) })).toEqual({ note: "tooLong" });
  });

  it("requires a name (blank is not a name) and one of the four ways to receive", () => {
    expect(errorsOf({ displayName: "   ", receivesVia: "EMAIL" })).toEqual({ displayName: "required" });
    expect(errorsOf({ displayName: "母" })).toEqual({ receivesVia: "choose" });
    expect(errorsOf({ displayName: "母", receivesVia: "FAX" })).toEqual({ receivesVia: "choose" });
    expect(errorsOf({ displayName: "母", receivesVia: ["EMAIL"] })).toEqual({ receivesVia: "choose" });
  });

  it("refuses control characters in the name, keeps line breaks in the note, counts CRLF as one", () => {
    expect(errorsOf({ displayName: "母\nBcc", receivesVia: "EMAIL" })).toEqual({ displayName: "invalid" });
    const parsed = ZRelativeFields.parse({ displayName: " 母 ", receivesVia: "EMAIL", note: `${"あ".repeat(99)}\r\n${"い".repeat(100)}` });
    expect(parsed.displayName).toBe("母");
    expect(parsed.note).toBe(`${"あ".repeat(99)}\n${"い".repeat(100)}`);
    expect(errorsOf({ displayName: "母", receivesVia: "EMAIL", note: "a\u0000b" })).toEqual({ note: "invalid" });
  });

  it("an empty note is stored as no note, and unknown fields are dropped", () => {
    expect(ZRelativeFields.parse({ displayName: "母", receivesVia: "UNKNOWN", note: "", familyId: "x", id: "y" })).toEqual({ displayName: "母", receivesVia: "UNKNOWN", note: null });
  });
});

describe("add, update, list", () => {
  it("a member adds and edits; the list shows the saved values in order", async () => {
    const owner = await makeUser("owner");
    const member = await makeUser("member");
    const family = await createFamily({ actor: owner, name: "家族" });
    await db.membership.create({ data: { userId: member.userId, familyId: family.id, role: "MEMBER" } });
    const mother = await addRelative({ actor: member, familyId: family.id, fields: { displayName: "母", receivesVia: "UNKNOWN", note: null } });
    await addRelative({ actor: owner, familyId: family.id, fields: { displayName: "父", receivesVia: "EMAIL", note: "メール派" } });
    await updateRelative({ actor: member, relativeId: mother.relativeId, fields: { displayName: "お母さん", receivesVia: "DOCOMO_MESSAGE_R", note: "dカードあり" } });
    expect(await listRelatives({ actor: owner, familyId: family.id })).toEqual([
      { id: mother.relativeId, displayName: "お母さん", receivesVia: "DOCOMO_MESSAGE_R", note: "dカードあり" },
      { id: expect.any(String), displayName: "父", receivesVia: "EMAIL", note: "メール派" },
    ]);
  });

  it("an owner of another family cannot edit this family's relative: NOT_FOUND, row unchanged", async () => {
    const owner = await makeUser("owner");
    const family = await createFamily({ actor: owner, name: "家族A" });
    const mother = await addRelative({ actor: owner, familyId: family.id, fields: { displayName: "母", receivesVia: "SMS_ONLY", note: null } });
    const outsider = await makeUser("outsider");
    await createFamily({ actor: outsider, name: "家族B" });
    const before = await db.relative.findUniqueOrThrow({ where: { id: mother.relativeId } });
    const error = await updateRelative({ actor: outsider, relativeId: mother.relativeId, fields: { displayName: "乗っ取り", receivesVia: "EMAIL", note: null } }).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe("NOT_FOUND");
    expect(await db.relative.findUniqueOrThrow({ where: { id: mother.relativeId } })).toEqual(before);
  });
});
