import { expect, test } from "@playwright/test";
import { createFamily, signUp } from "./helpers";
import { genuineDcard, japanDay, logMessage, phishingDcard } from "./case-helpers";
import sharp from "sharp";

test("a member of family B gets 404 for family A's case, attachment and dashboard, and cannot act on A's case", async ({ browser }) => {
  const a = await browser.newContext();
  const pageA = await a.newPage();
  await signUp(pageA, { name: "Aさん" });
  const famA = await createFamily(pageA);
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#00f" } }).png().toBuffer();
  await pageA.goto(`/families/${famA.familyId}/cases/new`);
  await pageA.getByLabel("届いた人の呼び名").fill("母");
  await pageA.getByLabel("本文").fill(genuineDcard(japanDay(7)));
  await pageA.getByLabel("画面の写真（あれば）").setInputFiles({ name: "s.png", mimeType: "image/png", buffer: png });
  await pageA.getByRole("button", { name: "判定して記録する" }).click();
  await pageA.waitForURL(/\/cases\/(?!new)[^/?]+$/);
  const caseUrlA = new URL(pageA.url()).pathname;
  const caseIdA = caseUrlA.split("/").pop()!;
  const attachmentSrc = await pageA.getByRole("img", { name: "画面の写真 1" }).getAttribute("src");

  const b = await browser.newContext();
  const pageB = await b.newPage();
  await signUp(pageB, { name: "Bさん" });
  const famB = await createFamily(pageB);
  expect((await pageB.goto(caseUrlA))?.status()).toBe(404);
  expect((await pageB.goto(`/families/${famA.familyId}`))?.status()).toBe(404);
  expect((await pageB.goto(`/families/${famA.familyId}/cases/new`))?.status()).toBe(404);
  // A's case id under B's own family in the URL is 404 too.
  expect((await pageB.goto(`/families/${famB.familyId}/cases/${caseIdA}`))?.status()).toBe(404);
  expect((await pageB.request.get(attachmentSrc!)).status()).toBe(404);
  // Signed out: the same 404, not a redirect that would confirm the file exists.
  expect((await (await browser.newContext()).request.get(new URL(attachmentSrc!, pageA.url()).toString())).status()).toBe(404);

  // B submits the real "mark done" form of B's own case with A's case id swapped in.
  const caseUrlB = await logMessage(pageB, famB.familyId, { body: phishingDcard });
  expect(caseUrlB).not.toBe(caseUrlA);
  await pageB.evaluate((id) => {
    for (const input of Array.from(document.querySelectorAll<HTMLInputElement>('input[name="caseId"]'))) input.value = id;
  }, caseIdA);
  await pageB.getByRole("button", { name: "詐欺として終わりにする" }).click();
  await expect(pageB.getByText("見つかりませんでした。")).toBeVisible();
  // ...and a note on A's case, the same way.
  await pageB.evaluate((id) => {
    for (const input of Array.from(document.querySelectorAll<HTMLInputElement>('input[name="caseId"]'))) input.value = id;
  }, caseIdA);
  await pageB.getByLabel("メモを書く").fill("よその家族のメモ");
  await pageB.getByRole("button", { name: "メモを残す" }).click();
  await expect(pageB.getByText("見つかりませんでした。").first()).toBeVisible();

  await pageA.reload();
  await expect(pageA.getByTestId("case-status")).toHaveText("対応中");
  await expect(pageA.getByTestId("notes")).not.toContainText("よその家族のメモ");
  await a.close();
  await b.close();
});
