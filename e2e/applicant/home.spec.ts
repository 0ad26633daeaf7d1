import { DEMO_PASSWORD, expect, screenshotPath, signInWithForm, test } from "../fixtures";

test("an applicant signs in with the form and sees their home, with personal data masked", async ({ page }) => {
  await signInWithForm(page, "resident", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("您好");
  await expect(page.getByRole("heading", { name: "我的申请" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "我的身份信息" })).toBeVisible();
  // The citizen ID appears only masked: 4 digits, 10 stars, 4 characters.
  const idText = await page.locator("dd.font-mono").first().innerText();
  expect(idText).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
  await expect(page.locator("body")).not.toContainText(/\d{17}[\dX]/);
  await page.screenshot({ path: screenshotPath("applicant-home"), fullPage: true });
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await signInWithForm(page, "resident", "not-the-password");
  await expect(page.locator("#signin-error")).toHaveText("用户名或密码不正确。");
  await expect(page.locator("#signin-error")).toHaveAttribute("role", "alert");
  await expect(page).toHaveURL(/\/signin/);
});
