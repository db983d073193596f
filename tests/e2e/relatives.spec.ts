import { createFamily, signUp } from "./helpers";
import { expect, expectAccessible, setFormField, test } from "./family-helpers";

test("add a relative with plain-language choices, fix a mistake, then edit", async ({ page }) => {
  await signUp(page);
  const { familyId } = await createFamily(page);
  await page.goto(`/families/${familyId}/relatives`);
  await expect(page.getByText("まだ登録されていません")).toBeVisible();
  for (const label of ["ドコモの携帯（メッセージRが届く）", "SMSだけ（ドコモ以外の携帯など）", "メール", "わからない"]) {
    await expect(page.getByLabel(label, { exact: true })).toBeVisible();
  }
  await expect(page.getByLabel("わからない", { exact: true })).toBeChecked();

  // Nothing typed: the name is required; what was chosen is kept.
  await page.getByLabel("ドコモの携帯（メッセージRが届く）").check();
  await page.getByRole("button", { name: "追加する" }).click();
  await expect(page.getByText("入力してください。")).toBeVisible();
  await expect(page.getByLabel("ドコモの携帯（メッセージRが届く）")).toBeChecked();

  // A wrong value smuggled into the chosen radio button is refused, not stored.
  await page.getByLabel("呼び名").fill("母");
  await expect(page.locator('main section form input[name="receivesVia"]').first()).toBeChecked();
  await setFormField(page, "main section form", "receivesVia", "ADMIN");
  await page.getByRole("button", { name: "追加する" }).click();
  await expect(page.getByText("選んでください。", { exact: true })).toBeVisible();
  await expect(page.getByTestId("relative")).toHaveCount(0);

  await page.getByLabel("呼び名").fill("母");
  await page.getByLabel("ドコモの携帯（メッセージRが届く）").check();
  await page.getByLabel("メモ（任意）").fill("dカードを持っている");
  await page.getByRole("button", { name: "追加する" }).click();
  const mother = page.getByTestId("relative");
  await expect(mother).toHaveCount(1);
  await expect(mother).toContainText("届き方：ドコモの携帯（メッセージRが届く）");
  await expect(mother).toContainText("dカードを持っている");
  await mother.getByText("編集する").click();
  await expectAccessible(page);

  await mother.getByRole("textbox", { name: /呼び名/ }).fill("お母さん");
  await mother.getByLabel("SMSだけ（ドコモ以外の携帯など）").check();
  await mother.getByRole("button", { name: "保存する" }).click();
  await expect(mother.getByText("保存しました。")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("relative")).toContainText("お母さん");
  await expect(page.getByTestId("relative")).toContainText("届き方：SMSだけ（ドコモ以外の携帯など）");
});
