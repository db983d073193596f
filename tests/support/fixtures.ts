/**
 * Real rows for integration tests, written through the app's own Prisma client. Every call makes
 * unique data, so tests in one worker database never see each other's rows.
 */
import crypto from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";

const uid = () => crypto.randomUUID().slice(0, 8);

export async function makeUser(name = `user-${uid()}`): Promise<Actor> {
  const user = await db.user.create({ data: { name, email: `${name}-${uid()}@example.jp` }, select: { id: true, email: true, name: true } });
  return { userId: user.id, email: user.email, name: user.name };
}

export async function makeFamily(owner: Actor, ...members: Actor[]) {
  const family = await db.family.create({
    data: {
      name: `family-${uid()}`,
      members: { create: [{ userId: owner.userId, role: "OWNER" }, ...members.map((m) => ({ userId: m.userId, role: "MEMBER" }))] },
      relatives: { create: { displayName: "母", receivesVia: "DOCOMO_MESSAGE_R" } },
    },
    select: { id: true, relatives: { select: { id: true } } },
  });
  return { familyId: family.id, relativeId: family.relatives[0]!.id };
}

/** A family with an owner, a member, a stranger (own family) and a removed member. */
export async function makeWorld() {
  const owner = await makeUser("owner");
  const member = await makeUser("member");
  const stranger = await makeUser("stranger");
  const removed = await makeUser("removed");
  const family = await makeFamily(owner, member, removed);
  await db.membership.deleteMany({ where: { userId: removed.userId, familyId: family.familyId } });
  const strangersFamily = await makeFamily(stranger);
  return { owner, member, stranger, removed, ...family, strangersFamily };
}

export const GENUINE_DCARD_SMS =
  "【dカード】お客さま情報のご確認のお願い\nマネー・ローンダリング及びテロ資金供与対策の一環として、お客さま情報のご確認をお願いしております。以下のURLからdカードサイトへアクセスし、ログイン後の会員ページよりお客さま情報のご確認手続きをお願いいたします。\n※登録情報に変更が無いお客様もお手続きが必要です。\nお手続き期限：2024年11月03日\nhttps://dcard.docomo.ne.jp/st/index.html";

export const PHISHING_DCARD_SMS =
  "【dカード】ご利用を一部制限させていただきました。本日中に以下よりご本人様確認をお願いします。 https://dcard-docomo.secure-check.top/login";
