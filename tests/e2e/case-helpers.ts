import { expect, type Page } from "@playwright/test";

export const jpDate = (iso: string) => {
  const [y, m, d] = iso.split("-");
  return `${y}年${m}月${d}日`;
};

/** A date n days from today in Japan, "YYYY-MM-DD". */
export const japanDay = (offsetDays: number) => new Date(Date.now() + 9 * 3600_000 + offsetDays * 86400_000).toISOString().slice(0, 10);

export const genuineDcard = (deadline: string) =>
  `【dカード】お客さま情報のご確認のお願い\nマネー・ローンダリング及びテロ資金供与対策の一環として、お客さま情報のご確認をお願いしております。以下のURLからdカードサイトへアクセスし、ログイン後の会員ページよりお客さま情報のご確認手続きをお願いいたします。\n※登録情報に変更が無いお客様もお手続きが必要です。\nお手続き期限：${jpDate(deadline)}\nhttps://dcard.docomo.ne.jp/st/index.html`;

export const phishingDcard =
  "【dカード】ご利用を一部制限させていただきました。本日中に以下よりご本人様確認をお願いします。 https://dcard-docomo.secure-check.top/login";

/** Logs a message through the real form (Japanese UI); returns the case URL it lands on. */
export async function logMessage(page: Page, familyId: string, opts: { body: string; channel?: string; relative?: string; deadline?: string; files?: string[] }) {
  await page.goto(`/families/${familyId}/cases/new`);
  const select = page.getByLabel("誰に届きましたか");
  if ((await select.inputValue()) === "__new") {
    await page.getByLabel("届いた人の呼び名").fill(opts.relative ?? "母");
  }
  await page.getByLabel(opts.channel ?? "メッセージR（ドコモ）", { exact: true }).check();
  await page.getByLabel("本文").fill(opts.body);
  if (opts.deadline) await page.getByLabel("回答の期限（わかれば）").fill(opts.deadline);
  if (opts.files) await page.getByLabel("画面の写真（あれば）").setInputFiles(opts.files);
  await page.getByRole("button", { name: "判定して記録する" }).click();
  await page.waitForURL(/\/cases\/(?!new)[^/?]+$/);
  await expect(page.getByTestId("verdict")).toBeVisible();
  return new URL(page.url()).pathname;
}
