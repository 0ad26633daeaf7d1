import { DEMO_PASSWORD, expect as baseExpect, screenshotPath, signInWithForm, test } from "../fixtures";

// A shared 2-core machine builds and tests for several people at once: allow for slow responses.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 120_000 });

test("an administrator signs in and sees the dashboard: users, units, audit trail and reference data", async ({ page }) => {
  await signInWithForm(page, "admin", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("系统管理");
  const main = page.getByRole("main");
  for (const [name, href] of [
    ["用户", "/admin/users"],
    ["辖区单位", "/admin/units"],
    ["审计记录", "/admin/audit"],
    ["基础数据", "/admin/reference"],
  ]) {
    await expect(main.getByRole("heading", { name, exact: true })).toBeVisible();
    await expect(main.getByRole("link", { name: new RegExp(`^进入\\s*：${name}$`) })).toHaveAttribute("href", href);
  }
  await expect(page.getByRole("heading", { name: "最近审计记录" })).toBeVisible();
  await page.screenshot({ path: screenshotPath("admin-home"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  const [scrollWidth, clientWidth] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(scrollWidth, "page wider than the viewport").toBeLessThanOrEqual(clientWidth);
  await page.screenshot({ path: screenshotPath("admin-home-phone"), fullPage: true });
  // The reference card leads to a working page, not a 404.
  await main.getByRole("link", { name: /^进入\s*：基础数据$/ }).click();
  await expect(page).toHaveURL(/\/admin\/reference$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("基础数据");
});
