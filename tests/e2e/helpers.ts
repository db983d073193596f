import { expect, type Page } from "@playwright/test";
import crypto from "node:crypto";

/** A unique e-mail per call, so tests never share accounts. */
export const uniqueEmail = (prefix = "user") => `${prefix}-${crypto.randomUUID().slice(0, 8)}@example.jp`;
export const PASSWORD = "correct horse battery";

/**
 * Every browser context gets its own client address: the app limits sign-ups and sign-ins per IP
 * (read from X-Forwarded-For), and a whole suite from one address would hit those limits.
 */
export async function ownClientAddress(page: Page) {
  const n = () => Math.floor(Math.random() * 250) + 1;
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": `10.${n()}.${n()}.${n()}` });
}

/** Signs up through the real form (Japanese UI) and waits for the signed-in home page. */
export async function signUp(page: Page, { name = "はなこ", email = uniqueEmail(), password = PASSWORD, next }: { name?: string; email?: string; password?: string; next?: string } = {}) {
  await ownClientAddress(page);
  await page.goto(next ? `/signup?next=${encodeURIComponent(next)}` : "/signup");
  await page.getByLabel("お名前（家族に表示）").fill(name);
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード").fill(password);
  await page.getByRole("button", { name: "登録する" }).click();
  await expect(page.getByRole("link", { name: "アカウント" })).toBeVisible();
  return { name, email, password };
}

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード").fill(password);
  await page.getByRole("button", { name: "ログインする" }).click();
  await expect(page.getByRole("link", { name: "アカウント" })).toBeVisible();
}

/** Creates a family from the home page and returns its id (from the URL it lands on). */
export async function createFamily(page: Page, name = `山田家 ${crypto.randomUUID().slice(0, 4)}`) {
  await page.goto("/");
  await page.getByLabel("家族の名前").fill(name);
  await page.getByRole("button", { name: "家族をつくる" }).click();
  await page.waitForURL(/\/families\/[^/]+$/);
  const familyId = new URL(page.url()).pathname.split("/")[2]!;
  return { familyId, name };
}
