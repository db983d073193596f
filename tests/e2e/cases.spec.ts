import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { createFamily, signUp } from "./helpers";
import { genuineDcard, japanDay, logMessage, phishingDcard } from "./case-helpers";

test("genuine dカード notice: verdict, advice, deadline, assign, note, guided steps, done on time", async ({ page }) => {
  await signUp(page, { name: "はなこ" });
  const { familyId } = await createFamily(page);
  const deadline = japanDay(10);
  await logMessage(page, familyId, { body: genuineDcard(deadline) });

  await expect(page.getByTestId("verdict")).toHaveText(/本物らしい/);
  await expect(page.getByText("dカード「お客さま情報のご確認のお願い」 と同じ内容です。")).toBeVisible();
  await expect(page.getByText(/安全な答え方：メッセージのリンクは使わず/)).toBeVisible();
  await expect(page.getByTestId("deadline")).toHaveText(/あと10日/);
  // The link in the message is shown defanged, never as a link.
  await expect(page.getByText("hxxps://dcard[.]docomo[.]ne[.]jp/st/index[.]html")).toBeVisible();
  await expect(page.locator("main a[href*='docomo']")).toHaveCount(0);

  await page.getByLabel("手伝う人").selectOption({ label: "はなこ" });
  await page.getByRole("button", { name: "決める" }).click();
  await expect(page.getByTestId("history")).toContainText("手伝う人を決めました（はなこ）");

  await page.getByLabel("メモを書く").fill("土曜日に実家で一緒にやります");
  await page.getByRole("button", { name: "メモを残す" }).click();
  await expect(page.getByTestId("notes")).toContainText("土曜日に実家で一緒にやります");

  const steps = page.getByRole("checkbox");
  const count = await steps.count();
  expect(count).toBeGreaterThanOrEqual(4);
  for (let i = 0; i < count; i++) {
    await page.getByRole("checkbox").nth(i).click();
    await expect(page.getByRole("checkbox").nth(i)).toHaveAttribute("aria-checked", "true");
  }
  await expect(page.getByText("すべての手順が終わりました")).toBeVisible();
  await expect(page.getByTestId("history")).toContainText("手順にチェックを付けました");

  await page.getByLabel("どうやって答えたか（任意）").fill("dカードアプリから回答");
  await page.getByRole("button", { name: "済んだ（回答した）" }).click();
  await expect(page.getByTestId("done-box")).toContainText("期限内に回答しました。");
  await expect(page.getByTestId("done-box")).toContainText("しばらくはお知らせの表示が続くことがあります");

  await page.goto(`/families/${familyId}`);
  await expect(page.getByTestId("case-row").first()).toContainText("済み");
});

test("phishing copy: likely phishing, dismissed as scam with the urgent and reporting checklists", async ({ page }) => {
  await signUp(page);
  const { familyId } = await createFamily(page);
  await logMessage(page, familyId, { body: phishingDcard, channel: "SMS（ショートメッセージ）" });
  await expect(page.getByTestId("verdict")).toHaveText(/詐欺の疑い/);
  await expect(page.getByRole("button", { name: "済んだ（回答した）" })).toHaveCount(0);
  await page.getByLabel("カード番号・暗証番号・パスワードなどを入力した、またはお金を払った").check();
  await page.getByRole("button", { name: "詐欺として終わりにする" }).click();
  await expect(page.getByRole("heading", { name: "詐欺として終了しました" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "急いですること" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "報告とあとかたづけ" })).toBeVisible();
  await expect(page.getByText(/フィッシング対策協議会/).first()).toBeVisible();
  await expect(page.getByTestId("case-status")).toHaveText("詐欺として終了");
});

test("a case past its deadline says late answers are accepted, and marked done shows late", async ({ page }) => {
  await signUp(page);
  const { familyId } = await createFamily(page);
  const past = japanDay(-3);
  await logMessage(page, familyId, { body: genuineDcard(past) });
  await expect(page.getByTestId("deadline")).toHaveText(/期限を3日過ぎています/);
  await expect(page.getByTestId("late-accepted")).toHaveText(/今からでも回答できます/);
  await page.getByRole("button", { name: "済んだ（回答した）" }).click();
  await expect(page.getByTestId("done-box")).toContainText("期限後に回答しました");
  await page.goto(`/families/${familyId}`);
  await expect(page.getByTestId("case-row").first()).toContainText("期限後に回答");
});

test("screenshots: a JPEG is stored without its metadata and shown to the family; a fake PNG is refused", async ({ page }) => {
  await signUp(page);
  const { familyId } = await createFamily(page);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "shots-"));
  const jpeg = path.join(dir, "photo.jpg");
  await sharp({ create: { width: 40, height: 30, channels: 3, background: "#cc3333" } })
    .jpeg()
    .withExif({ IFD0: { Copyright: "SECRET-GPS-35.6812N", Artist: "SECRET-ARTIST" } })
    .toFile(jpeg);
  expect(fs.readFileSync(jpeg).includes("SECRET-GPS")).toBe(true);
  await logMessage(page, familyId, { body: phishingDcard, files: [jpeg] });
  const img = page.getByRole("img", { name: "画面の写真 1" });
  await expect(img).toBeVisible();
  const src = await img.getAttribute("src");
  const response = await page.request.get(src!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/jpeg");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["content-disposition"]).toMatch(/^inline; filename="screenshot-[0-9a-f]{8}\.jpeg"$/);
  const bytes = Buffer.from(await response.body());
  expect(bytes.includes("SECRET-GPS")).toBe(false);
  expect(bytes.includes("SECRET-ARTIST")).toBe(false);

  const fake = path.join(dir, "not-really.png");
  fs.writeFileSync(fake, "<html><script>alert(1)</script></html>");
  await page.goto(`/families/${familyId}/cases/new`);
  await page.getByLabel("本文").fill("画像のテスト");
  await page.getByLabel("画面の写真（あれば）").setInputFiles(fake);
  await page.getByRole("button", { name: "判定して記録する" }).click();
  await expect(page.getByText("画像として読み取れませんでした。PNG・JPEG・WebPの画像を選んでください。")).toBeVisible();
  // What was typed is still there.
  await expect(page.getByLabel("本文")).toHaveValue("画像のテスト");
});

test("an oversized screenshot is refused before upload with a clear message", async ({ page }) => {
  await signUp(page);
  const { familyId } = await createFamily(page);
  await page.goto(`/families/${familyId}/cases/new`);
  await page.getByLabel("画面の写真（あれば）").setInputFiles({ name: "big.png", mimeType: "image/png", buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 1) });
  await expect(page.getByText("10MBより大きい画像があります。")).toBeVisible();
});

test("hostile message text is shown inert", async ({ page }) => {
  await signUp(page);
  const { familyId } = await createFamily(page);
  const hostile = [
    "<script>window.__pwned = 1</script>",
    '<img src=x onerror="window.__pwned = 2">',
    '<a href="javascript:window.__pwned=3">ここを押す</a>',
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "送信者\u202Egpj.exe と\u200Bゼロ幅",
  ].join("\n");
  await logMessage(page, familyId, { body: hostile, channel: "メール" });
  const box = page.locator("[translate=no]").first();
  await expect(box.getByText("<script>window.__pwned = 1</script>")).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(box.locator("a, img, script")).toHaveCount(0);
  await expect(box).toContainText("[U+202E]");
  await expect(box).toContainText("[U+200B]");
  await expect(box).toContainText("data[:]text/html");
});

test("the log form keeps what was typed and explains a missing body in Japanese", async ({ page }) => {
  await signUp(page);
  const { familyId } = await createFamily(page);
  await page.goto(`/families/${familyId}/cases/new`);
  await page.getByLabel("届いた人の呼び名").fill("母");
  await page.getByLabel("送信元（電話番号・名前・メールアドレス）").fill("NTT DOCOMO");
  await page.getByRole("button", { name: "判定して記録する" }).click();
  await expect(page.getByText("入力してください。")).toBeVisible();
  await expect(page.getByLabel("送信元（電話番号・名前・メールアドレス）")).toHaveValue("NTT DOCOMO");
  await expect(page.getByLabel("届いた人の呼び名")).toHaveValue("母");
  await page.getByLabel("本文").fill("x".repeat(70_000));
  await expect(page.getByText("本文が長すぎます（64KBまで）").first()).toBeVisible();
});

test("two members acting at once: the second is told someone just updated the case", async ({ page, browser }) => {
  await signUp(page, { name: "はなこ" });
  const { familyId } = await createFamily(page);
  const caseUrl = await logMessage(page, familyId, { body: genuineDcard(japanDay(5)) });
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  // The same account in a second browser stands in for a second member: the version check is per case.
  await otherPage.goto("/signin");
  await otherPage.context().addCookies(await page.context().cookies());
  await otherPage.goto(caseUrl);
  await page.getByRole("button", { name: "済んだ（回答した）" }).click();
  await expect(page.getByTestId("done-box")).toBeVisible();
  await otherPage.getByLabel("手伝う人").selectOption({ label: "はなこ" });
  await otherPage.getByRole("button", { name: "決める" }).click();
  await expect(otherPage.getByText("ほかの家族がちょうどこのケースを更新しました")).toBeVisible();
  await expect(otherPage.getByTestId("case-status")).toHaveText("済み");
  await other.close();
});

test("English: log a message and read the verdict", async ({ page, context, baseURL }) => {
  await signUp(page);
  const { familyId } = await createFamily(page);
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  await page.goto(`/families/${familyId}/cases/new`);
  await page.getByLabel("Name of the person who received it").fill("Mum");
  await page.getByLabel("Message R (docomo)").check();
  await page.getByLabel("Message text").fill(genuineDcard(japanDay(2)));
  await page.getByRole("button", { name: "Check and save" }).click();
  await expect(page.getByTestId("verdict")).toHaveText(/Likely genuine/);
  await expect(page.getByTestId("deadline")).toHaveText(/2 days left/);
  await expect(page.getByText(/The safe way to answer/)).toBeVisible();
});
