/**
 * Demo data: `npm run db:seed`. A family with two members, one relative, and three cases — a
 * genuine dカード「お客さま情報のご確認のお願い」, a phishing copy, and one already done.
 * Idempotent: users are upserted by e-mail, the family has a fixed id, and cases are only added
 * to a demo family that has none. Cases go through the app's own logMessage, so they are judged
 * by lib/rules like any logged message.
 */
import { hashPassword } from "../lib/auth/password";
import { logMessage } from "../lib/cases/log-message";
import { markDone } from "../lib/cases/mark-done";
import { getCase } from "../lib/cases/get-case";
import { db } from "../lib/db/client";
import { japanDate } from "../lib/dates/japan-date";

const PASSWORD = "tashika-demo-2026";
const FAMILY_ID = "demo-family";

function jpDate(iso: string) {
  const [y, m, d] = iso.split("-");
  return `${y}年${m}月${d}日`;
}

async function upsertUser(email: string, name: string) {
  const passwordHash = await hashPassword(PASSWORD);
  const user = await db.user.upsert({ where: { email }, create: { email, name, passwordHash }, update: {}, select: { id: true, email: true, name: true } });
  return { userId: user.id, email: user.email, name: user.name };
}

async function main() {
  const hanako = await upsertUser("hanako@example.jp", "はなこ（長女）");
  const taro = await upsertUser("taro@example.jp", "たろう（長男）");
  await db.family.upsert({ where: { id: FAMILY_ID }, create: { id: FAMILY_ID, name: "山田家" }, update: {} });
  for (const [user, role] of [
    [hanako, "OWNER"],
    [taro, "MEMBER"],
  ] as const) {
    await db.membership.upsert({
      where: { userId_familyId: { userId: user.userId, familyId: FAMILY_ID } },
      create: { userId: user.userId, familyId: FAMILY_ID, role },
      update: {},
    });
  }
  let relative = await db.relative.findFirst({ where: { familyId: FAMILY_ID }, select: { id: true } });
  relative ??= await db.relative.create({ data: { familyId: FAMILY_ID, displayName: "母（ふみ）", receivesVia: "DOCOMO_MESSAGE_R", note: "80歳。ドコモのらくらくスマートフォン" }, select: { id: true } });

  if ((await db.case.count({ where: { familyId: FAMILY_ID } })) === 0) {
    const now = new Date();
    const inTenDays = japanDate(new Date(now.getTime() + 10 * 86400_000));
    const lastMonth = japanDate(new Date(now.getTime() - 30 * 86400_000));
    const genuine = (deadline: string) =>
      `【dカード】お客さま情報のご確認のお願い\nいつもdカードをご利用いただきありがとうございます。マネー・ローンダリング及びテロ資金供与対策の一環として、お客さま情報のご確認をお願いしております。以下のURLからdカードサイトへアクセスし、ログイン後の会員ページよりお客さま情報のご確認手続きをお願いいたします。\n※登録情報に変更が無いお客様もお手続きが必要です。\nお手続き期限：${jpDate(deadline)}\nhttps://dcard.docomo.ne.jp/st/index.html`;

    await logMessage({ actor: hanako, input: { familyId: FAMILY_ID, relativeId: relative.id, channel: "MESSAGE_R", sender: "dカード", body: genuine(inTenDays), receivedOn: japanDate(now) }, now });
    await logMessage({
      actor: taro,
      input: {
        familyId: FAMILY_ID,
        relativeId: relative.id,
        channel: "SMS",
        sender: "+1 (555) 010-0199",
        body: "【dカード】お客様情報の確認が必要です。ご利用を一部制限させていただきました。本日中に下記URLよりご確認ください。https://dcard-docomo.account-verify.top/login",
        receivedOn: japanDate(now),
      },
      now,
    });
    const older = await logMessage({
      actor: hanako,
      input: { familyId: FAMILY_ID, relativeId: relative.id, channel: "MESSAGE_R", sender: "dカード", body: genuine(japanDate(new Date(now.getTime() - 20 * 86400_000))), receivedOn: lastMonth },
      now: new Date(now.getTime() - 30 * 86400_000),
    });
    const c = await getCase({ actor: hanako, caseId: older.caseId });
    await markDone({ actor: taro, caseId: older.caseId, version: c.version, note: "実家で一緒にdカードアプリから回答", now: new Date(now.getTime() - 25 * 86400_000) });
  }
  console.log(`Demo family "山田家" is ready. Sign in as hanako@example.jp (owner) or taro@example.jp (member), password: ${PASSWORD}`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
