import { createFamily, signUp } from "./helpers";
import { createInviteLink, expect, joinAsNewUser, newPerson, setFormField, test } from "./family-helpers";

test("a member sees the members page but cannot invite, change roles or remove anyone", async ({ page, browser, baseURL }) => {
  await signUp(page, { name: "はなこ" });
  const { familyId } = await createFamily(page);
  const link = await createInviteLink(page, familyId);
  const member = await newPerson(browser, baseURL!);
  await joinAsNewUser(member.page, link, "たろう");

  await member.page.goto(`/families/${familyId}/members`);
  await expect(member.page.getByTestId("member")).toHaveCount(2);
  await expect(member.page.getByText("招待リンクを作れるのは管理者だけです。")).toBeVisible();
  await expect(member.page.getByRole("button", { name: "招待リンクを作る" })).toHaveCount(0);
  await expect(member.page.getByRole("button", { name: /管理者にする|メンバーにする/ })).toHaveCount(0);
  await expect(member.page.getByText("この家族から外す")).toHaveCount(0);
  await expect(member.page.getByText("まだ使われていない招待リンク")).toHaveCount(0);
  // Settings: a member cannot rename, but can leave.
  await member.page.goto(`/families/${familyId}/settings`);
  await expect(member.page.getByText("家族の名前を変えられるのは管理者だけです。")).toBeVisible();
  await member.page.getByText("この家族から抜ける", { exact: true }).last().click();
  await member.page.getByRole("button", { name: "抜ける", exact: true }).click();
  await member.page.waitForURL((url) => url.pathname === "/");
  await member.page.goto(`/families/${familyId}`);
  await expect(member.page.getByRole("heading", { name: "ページが見つかりません" })).toBeVisible();
  await member.context.close();
});

test("an owner demoted on another screen cannot use the stale page to make themselves owner again; removal applies on the next request", async ({ page, browser, baseURL }) => {
  test.slow(); // several people sign up and act in turn
  await signUp(page, { name: "はなこ" });
  const { familyId } = await createFamily(page);
  const link = await createInviteLink(page, familyId, { role: "OWNER" });
  const other = await newPerson(browser, baseURL!);
  await joinAsNewUser(other.page, link, "じろう");

  // はなこ's members page is open with the owner's forms. じろう demotes はなこ meanwhile.
  await page.goto(`/families/${familyId}/members`);
  await other.page.goto(`/families/${familyId}/members`);
  await other.page.getByTestId("member").filter({ hasText: "はなこ" }).getByRole("button", { name: "メンバーにする" }).click();
  await expect(other.page.getByTestId("member").filter({ hasText: "はなこ" }).getByTestId("member-role")).toHaveText("メンバー");

  // The stale page: はなこ submits her own row's role form with role=OWNER instead of MEMBER.
  const own = page.getByTestId("member").filter({ hasText: "あなた" });
  await setFormField(page, '[data-testid="member"]:has-text("あなた") form', "role", "OWNER");
  await own.getByRole("button", { name: "メンバーにする" }).click();
  await expect(own.getByRole("alert")).toHaveText("この操作をする権限がありません。");
  await page.goto(`/families/${familyId}/members`);
  await expect(page.getByTestId("member").filter({ hasText: "あなた" }).getByTestId("member-role")).toHaveText("メンバー");

  // じろう removes はなこ: her very next request to the family is a 404.
  const row = other.page.getByTestId("member").filter({ hasText: "はなこ" });
  await row.getByText("この家族から外す").click();
  await row.getByRole("button", { name: "外す", exact: true }).click();
  await expect(other.page.getByTestId("member")).toHaveCount(1);
  for (const path of ["", "/members", "/relatives", "/settings"]) {
    const response = await page.goto(`/families/${familyId}${path}`);
    expect(response?.status(), path).toBe(404);
  }
  // The last owner cannot leave.
  await other.page.goto(`/families/${familyId}/settings`);
  await other.page.getByText("この家族から抜ける", { exact: true }).last().click();
  await other.page.getByRole("button", { name: "抜ける", exact: true }).click();
  await expect(other.page.getByText("管理者が一人もいなくなるため")).toBeVisible();
  await other.context.close();
});

test("cross-family: a member of family A gets 404 on B's pages, and A's forms aimed at B's ids change nothing", async ({ page, browser, baseURL }) => {
  test.slow(); // several people sign up and act in turn
  // Family B: its owner, a relative, and Cさん, who will be in both families.
  const b = await newPerson(browser, baseURL!);
  await signUp(b.page, { name: "Bさん" });
  const familyB = await createFamily(b.page, "B家");
  await b.page.goto(`/families/${familyB.familyId}/relatives`);
  await b.page.getByLabel("呼び名").fill("Bの母");
  await b.page.getByRole("button", { name: "追加する" }).click();
  await expect(b.page.getByTestId("relative")).toHaveCount(1);
  const bRelativeId = await b.page.locator('input[name="relativeId"]').first().inputValue();
  const c = await newPerson(browser, baseURL!);
  await joinAsNewUser(c.page, await createInviteLink(b.page, familyB.familyId), "Cさん");
  await b.page.goto(`/families/${familyB.familyId}/members`);
  const cInB = await b.page.getByTestId("member").filter({ hasText: "Cさん" }).locator('input[name="membershipId"]').first().inputValue();

  // Family A: owned by the attacker, who is not in B.
  await signUp(page, { name: "Aさん" });
  const familyA = await createFamily(page, "A家");
  for (const path of ["", "/members", "/relatives", "/settings"]) {
    const response = await page.goto(`/families/${familyB.familyId}${path}`);
    expect(response?.status(), path).toBe(404);
  }

  const notFound = "見つかりませんでした。";
  // Add a relative to B through A's form.
  await page.goto(`/families/${familyA.familyId}/relatives`);
  await setFormField(page, "main section form", "familyId", familyB.familyId);
  await page.getByLabel("呼び名").fill("侵入者");
  await page.getByRole("button", { name: "追加する" }).click();
  await expect(page.getByRole("alert").filter({ hasText: notFound })).toBeVisible();
  // Edit B's relative through A's edit form (A first gets a relative so the form exists).
  await page.reload();
  await page.getByLabel("呼び名").fill("Aの母");
  await page.getByRole("button", { name: "追加する" }).click();
  await expect(page.getByTestId("relative")).toHaveCount(1);
  await page.getByText("編集する").click();
  await setFormField(page, '[data-testid="relative"] form', "relativeId", bRelativeId);
  // An extra familyId field pointing at B is dropped by the schema, so it cannot help either.
  await setFormField(page, '[data-testid="relative"] form', "familyId", familyB.familyId);
  await page.getByTestId("relative").getByRole("textbox", { name: /呼び名/ }).fill("書き換え");
  await page.getByRole("button", { name: "保存する" }).click();
  await expect(page.getByTestId("relative").getByRole("alert")).toHaveText(notFound);
  // Rename B through A's settings form.
  await page.goto(`/families/${familyA.familyId}/settings`);
  await setFormField(page, "main section form", "familyId", familyB.familyId);
  await page.getByRole("textbox", { name: /家族の名前/ }).fill("乗っ取り");
  await page.getByRole("button", { name: "名前を変える" }).click();
  await expect(page.getByRole("alert").filter({ hasText: notFound })).toBeVisible();
  // Create an invitation to B through A's invite form.
  await page.goto(`/families/${familyA.familyId}/members`);
  await setFormField(page, "#invite-title ~ div form", "familyId", familyB.familyId);
  await page.getByRole("button", { name: "招待リンクを作る" }).click();
  await expect(page.getByRole("alert").filter({ hasText: notFound })).toBeVisible();
  await expect(page.getByLabel("招待リンク", { exact: true })).toHaveCount(0);

  // Cさん joins A too. A's owner now has forms for Cさん, and aims them at Cさん's membership in B.
  const linkToA = await createInviteLink(page, familyA.familyId);
  await c.page.goto(linkToA);
  await c.page.getByRole("button", { name: "この家族に参加する" }).click();
  await c.page.waitForURL(`**/families/${familyA.familyId}`);
  await page.goto(`/families/${familyA.familyId}/members`);
  const cRow = page.getByTestId("member").filter({ hasText: "Cさん" });
  const cRowForm = '[data-testid="member"]:has-text("Cさん") form';
  // Role form: A's family id with B's membership id.
  await setFormField(page, cRowForm, "membershipId", cInB);
  await cRow.getByRole("button", { name: "管理者にする" }).click();
  await expect(cRow.getByRole("alert")).toHaveText(notFound);
  // Remove form: B's family id with B's membership id.
  const removeForm = '[data-testid="member"]:has-text("Cさん") details form';
  await setFormField(page, removeForm, "familyId", familyB.familyId);
  await setFormField(page, removeForm, "membershipId", cInB);
  await cRow.getByText("この家族から外す").click();
  await cRow.getByRole("button", { name: "外す", exact: true }).click();
  await expect(cRow.locator("details").getByRole("alert")).toHaveText(notFound);

  // B is untouched, as its owner sees it.
  await b.page.goto(`/families/${familyB.familyId}/relatives`);
  await expect(b.page.getByTestId("relative")).toHaveCount(1);
  await expect(b.page.getByTestId("relative")).toContainText("Bの母");
  await expect(b.page.getByText("B家").first()).toBeVisible();
  await b.page.goto(`/families/${familyB.familyId}/members`);
  await expect(b.page.getByTestId("member")).toHaveCount(2);
  await expect(b.page.getByTestId("member").filter({ hasText: "Cさん" }).getByTestId("member-role")).toHaveText("メンバー");
  await expect(b.page.getByTestId("pending-invitation")).toHaveCount(0);
  await b.context.close();
  await c.context.close();
});

test("an owner renames the family; the new name shows in the family header and on the home list", async ({ page }) => {
  await signUp(page, { name: "はなこ" });
  const { familyId } = await createFamily(page);
  await page.goto(`/families/${familyId}/members`);
  await page.getByRole("link", { name: "家族の名前を変える・この家族から抜ける" }).click();
  await page.getByRole("textbox", { name: /家族の名前/ }).fill("佐藤家");
  await page.getByRole("button", { name: "名前を変える" }).click();
  await expect(page.getByText("名前を変えました。")).toBeVisible();
  await expect(page.getByText("佐藤家").first()).toBeVisible();
  await page.getByRole("link", { name: "家族の一覧を見る" }).click();
  await expect(page.getByRole("link", { name: /佐藤家/ })).toHaveAttribute("href", `/families/${familyId}`);
});
