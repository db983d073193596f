import { expect, test } from "@playwright/test";
import { createFamily, PASSWORD, signIn, signUp, uniqueEmail } from "./helpers";

test("sign up, create a family, sign out, sign in again", async ({ page }) => {
  const { email } = await signUp(page);
  const { familyId, name } = await createFamily(page);
  await expect(page.getByText(name).first()).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("link", { name: new RegExp(name) })).toHaveAttribute("href", `/families/${familyId}`);
  await page.goto("/account");
  await page.getByRole("button", { name: "ログアウトする" }).click();
  await expect(page.getByRole("link", { name: "ログイン" })).toBeVisible();
  await page.goto(`/families/${familyId}`);
  await expect(page).toHaveURL(/\/signin\?next=/);
  await signIn(page, email);
});

test("sign-in answers the same for an unknown e-mail and a wrong password", async ({ page }) => {
  const { email } = await signUp(page);
  await page.context().clearCookies();
  const attempt = async (address: string, password: string) => {
    await page.goto("/signin");
    await page.getByLabel("メールアドレス").fill(address);
    await page.getByLabel("パスワード").fill(password);
    await page.getByRole("button", { name: "ログインする" }).click();
    const alert = page.locator("main form [role=alert]").first();
    await expect(alert).toBeVisible();
    return alert.textContent();
  };
  const wrongPassword = await attempt(email, "wrong password!");
  const unknown = await attempt(uniqueEmail("nobody"), "wrong password!");
  expect(wrongPassword).toBe("メールアドレスかパスワードが違います。");
  expect(unknown).toBe(wrongPassword);
  // The e-mail typed is kept after the error; the password is not echoed back.
  await expect(page.getByLabel("メールアドレス")).not.toHaveValue("");
  await expect(page.getByLabel("パスワード")).toHaveValue("");
});

test("sign-up shows field errors in Japanese and keeps what was typed", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("お名前（家族に表示）").fill("はなこ");
  await page.getByLabel("メールアドレス").fill("not-an-email");
  await page.getByLabel("パスワード").fill("short");
  await page.getByRole("button", { name: "登録する" }).click();
  await expect(page.getByText("メールアドレスの形で入力してください")).toBeVisible();
  await expect(page.getByText("パスワードは8文字以上にしてください。")).toBeVisible();
  await expect(page.getByLabel("お名前（家族に表示）")).toHaveValue("はなこ");
  await expect(page.getByLabel("メールアドレス")).toHaveValue("not-an-email");
});

test("a password change signs out the other browser on its next request", async ({ page, browser }) => {
  const { email } = await signUp(page);
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, email);
  await page.goto("/account");
  await page.getByLabel("今のパスワード").fill(PASSWORD);
  await page.getByLabel("新しいパスワード").fill("a brand new password");
  await page.getByRole("button", { name: "パスワードを変える" }).click();
  await expect(page.getByText("パスワードを変えました")).toBeVisible();
  await expect(page).toHaveURL(/\/signin/);
  // The old password no longer works; the new one does.
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード").fill(PASSWORD);
  await page.getByRole("button", { name: "ログインする" }).click();
  await expect(page.getByText("メールアドレスかパスワードが違います。")).toBeVisible();
  await signIn(page, email, "a brand new password");
  // The other browser, signed in before the change, is signed out on its next request.
  await otherPage.goto("/account");
  await expect(otherPage).toHaveURL(/\/signin/);
  await other.close();
});
