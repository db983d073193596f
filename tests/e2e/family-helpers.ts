import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Browser, type Page } from "@playwright/test";
import crypto from "node:crypto";
import { PASSWORD, uniqueEmail } from "./helpers";

/**
 * Every test, and every extra browser context, appears to come from its own address. The app
 * counts sign-ups (20/hour) and invitation accepts (10/hour) per client address, and without a
 * proxy it reads X-Forwarded-For: sharing one address would make the whole suite hit the limits.
 */
export const uniqueIp = () => `10.${crypto.randomInt(256)}.${crypto.randomInt(256)}.${crypto.randomInt(1, 255)}`;

export const test = base.extend({
  extraHTTPHeaders: async ({}, provide) => {
    await provide({ "X-Forwarded-For": uniqueIp() });
  },
});
export { expect };

/** A second person: a fresh browser context (no cookies), optionally in English. */
export async function newPerson(browser: Browser, baseURL: string, locale: "ja" | "en" = "ja") {
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": uniqueIp() } });
  if (locale === "en") await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL }]);
  return { context, page: await context.newPage() };
}

/** An owner creates an invitation link on the members page; returns the link as shown. */
export async function createInviteLink(page: Page, familyId: string, { role = "MEMBER" as "MEMBER" | "OWNER" } = {}) {
  await page.goto(`/families/${familyId}/members`);
  await page.getByLabel(role === "OWNER" ? "管理者（招待や人の管理もできる）" : "メンバー（ふつうはこちら）").check();
  await page.getByRole("button", { name: "招待リンクを作る" }).click();
  const link = page.getByLabel("招待リンク", { exact: true });
  await expect(link).toHaveValue(/\/invite\/[A-Za-z0-9_-]{43}$/);
  return link.inputValue();
}

/** Signed out, opens the link, signs up from it, comes back and joins with one tap (Japanese UI). */
export async function joinAsNewUser(page: Page, link: string, name: string) {
  await page.goto(link);
  await page.getByRole("link", { name: "登録して参加する" }).click();
  await page.getByLabel("お名前（家族に表示）").fill(name);
  await page.getByLabel("メールアドレス").fill(uniqueEmail("invitee"));
  await page.getByLabel("パスワード").fill(PASSWORD);
  await page.getByRole("button", { name: "登録する" }).click();
  await page.waitForURL(/\/invite\//);
  await page.getByRole("button", { name: "この家族に参加する" }).click();
  await page.waitForURL(/\/families\/[^/]+$/);
  return new URL(page.url()).pathname.split("/")[2]!;
}

/** Sets a hidden (or any) field of the form around `inside` to `value`, adding it if missing. */
export async function setFormField(page: Page, formSelector: string, name: string, value: string) {
  await page.locator(formSelector).first().evaluate(
    (form, [n, v]) => {
      let input = (form as HTMLFormElement).querySelector<HTMLInputElement>(`input[name="${n}"]`);
      if (!input) {
        input = document.createElement("input");
        input.type = "hidden";
        input.name = n!;
        form.appendChild(input);
      }
      input.value = v!;
    },
    [name, value],
  );
}

/** No serious or critical accessibility violations on the page as it is now. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}
