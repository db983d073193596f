import { createFamily, signUp, uniqueEmail, PASSWORD } from "./helpers";
import { createInviteLink, expect, expectAccessible, newPerson, setFormField, test } from "./family-helpers";

test("an invitee opens the link signed out, signs up, comes back, joins with one tap; the owner sees them", async ({ page, browser, baseURL }) => {
  await signUp(page, { name: "はなこ" });
  const { familyId, name: familyName } = await createFamily(page);
  const link = await createInviteLink(page, familyId);
  await expect(page.getByText("このリンクは今だけ表示されます")).toBeVisible();
  // LINE share is a plain link carrying the invitation text and the link; nothing is fetched.
  const line = page.getByRole("link", { name: "LINEで送る" });
  const lineHref = new URL((await line.getAttribute("href"))!);
  expect(lineHref.origin + lineHref.pathname).toBe("https://line.me/R/share");
  expect(lineHref.searchParams.get("text")).toContain(link);
  // Without SMTP the page says the link is the only way.
  await expect(page.getByText("メール送信が設定されていません")).toBeVisible();
  await expectAccessible(page);

  const invitee = await newPerson(browser, baseURL!);
  const response = await invitee.page.goto(link);
  expect(response?.headers()["referrer-policy"]).toBe("no-referrer");
  await expect(invitee.page.getByText(`はなこさんから、「${familyName}」への招待です。`)).toBeVisible();
  await expect(invitee.page.getByText("参加すると「メンバー」になります。")).toBeVisible();
  // Nothing is joined by opening the link: there is no join button until signed in.
  await expect(invitee.page.getByRole("button", { name: "この家族に参加する" })).toHaveCount(0);
  await expectAccessible(invitee.page);

  await invitee.page.getByRole("link", { name: "登録して参加する" }).click();
  await expect(invitee.page).toHaveURL(/\/signup\?next=%2Finvite%2F/);
  await invitee.page.getByLabel("お名前（家族に表示）").fill("たろう");
  await invitee.page.getByLabel("メールアドレス").fill(uniqueEmail("taro"));
  await invitee.page.getByLabel("パスワード").fill(PASSWORD);
  await invitee.page.getByRole("button", { name: "登録する" }).click();
  await invitee.page.waitForURL(/\/invite\//);
  // The invitee cannot choose their role: a smuggled role field is dropped by the action.
  await setFormField(invitee.page, "main form", "role", "OWNER");
  await invitee.page.getByRole("button", { name: "この家族に参加する" }).click();
  await invitee.page.waitForURL(`**/families/${familyId}`);
  await expect(invitee.page.getByText(familyName).first()).toBeVisible();

  await page.goto(`/families/${familyId}/members`);
  await expect(page.getByTestId("member").filter({ hasText: "たろう" }).getByTestId("member-role")).toHaveText("メンバー");
  // Used: the pending list is empty again, and the link shows its "used" page to anyone else.
  await expect(page.getByTestId("pending-invitation")).toHaveCount(0);
  const third = await newPerson(browser, baseURL!);
  await third.page.goto(link);
  await expect(third.page.getByRole("heading", { name: "この招待リンクはもう使われています" })).toBeVisible();
  await expect(third.page.getByText(familyName)).toHaveCount(0);
  await invitee.context.close();
  await third.context.close();
});

test("English: the invite page, sign-up and joining work in English", async ({ page, browser, baseURL }) => {
  await signUp(page, { name: "Hanako" });
  const { familyId, name: familyName } = await createFamily(page);
  const link = await createInviteLink(page, familyId, { role: "OWNER" });

  const invitee = await newPerson(browser, baseURL!, "en");
  await invitee.page.goto(link);
  await expect(invitee.page.locator("html")).toHaveAttribute("lang", "en");
  await expect(invitee.page.getByText(`Hanako invites you to join "${familyName}".`)).toBeVisible();
  await expect(invitee.page.getByText("You will join as Owner.")).toBeVisible();
  await invitee.page.getByRole("link", { name: "Create an account and join" }).click();
  await invitee.page.getByLabel("Your name (shown to your family)").fill("Taro");
  await invitee.page.getByLabel("E-mail address").fill(uniqueEmail("taro-en"));
  await invitee.page.getByLabel("Password").fill(PASSWORD);
  await invitee.page.getByRole("button", { name: "Create account" }).click();
  await invitee.page.waitForURL(/\/invite\//);
  await invitee.page.getByRole("button", { name: "Join this family" }).click();
  await invitee.page.waitForURL(`**/families/${familyId}`);
  await invitee.page.goto(`/families/${familyId}/members`);
  await expect(invitee.page.getByTestId("member").filter({ hasText: "Taro" }).getByTestId("member-role")).toHaveText("Owner");
  // Opening the link again after joining: used.
  await invitee.page.goto(link);
  await expect(invitee.page.getByRole("heading", { name: "This invitation link has already been used" })).toBeVisible();
  await invitee.context.close();
});

test("an existing user signs in from the link; someone already in the family is told so and the link stays unused", async ({ page, browser, baseURL }) => {
  await signUp(page, { name: "はなこ" });
  const { familyId } = await createFamily(page);
  const link = await createInviteLink(page, familyId);

  // The owner opens their own link: already a member, nothing happens, the link stays pending.
  await page.goto(link);
  await expect(page.getByText(/すでに「.+」のメンバーです/)).toBeVisible();
  await expect(page.getByRole("button", { name: "この家族に参加する" })).toHaveCount(0);

  const other = await newPerson(browser, baseURL!);
  const { email } = await signUp(other.page, { name: "じろう" });
  await other.page.context().clearCookies();
  await other.page.goto(link);
  await other.page.getByRole("link", { name: "ログインして参加する" }).click();
  await other.page.getByLabel("メールアドレス").fill(email);
  await other.page.getByLabel("パスワード").fill(PASSWORD);
  await other.page.getByRole("button", { name: "ログインする" }).click();
  await other.page.waitForURL(/\/invite\//);
  await other.page.getByRole("button", { name: "この家族に参加する" }).click();
  await other.page.waitForURL(`**/families/${familyId}`);
  await other.context.close();
});

test("a revoked link shows its page and cannot be used", async ({ page, browser, baseURL }) => {
  await signUp(page, { name: "はなこ" });
  const { familyId, name: familyName } = await createFamily(page);
  const link = await createInviteLink(page, familyId);
  await page.reload();
  const pending = page.getByTestId("pending-invitation");
  await expect(pending).toHaveCount(1);
  await pending.getByRole("button", { name: "このリンクを取り消す" }).click();
  await expect(page.getByTestId("pending-invitation")).toHaveCount(0);
  await expect(page.getByText("まだ使われていない招待リンク").locator("..")).toContainText("ありません。");

  const invitee = await newPerson(browser, baseURL!);
  await invitee.page.goto(link);
  await expect(invitee.page.getByRole("heading", { name: "この招待リンクは取り消されました" })).toBeVisible();
  await expect(invitee.page.getByText(familyName)).toHaveCount(0);
  await invitee.context.close();
});

test("a token that was never issued is a plain 404", async ({ page }) => {
  const response = await page.goto(`/invite/${"A".repeat(43)}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "ページが見つかりません" })).toBeVisible();
});
