import { DEMO_PASSWORD, expect, screenshotPath, signInWithForm, test } from "../fixtures";

test("an administrator signs in and sees users, units and the audit trail", async ({ page }) => {
  await signInWithForm(page, "admin", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("系统管理");
  await expect(page.getByRole("table", { name: "用户" }).getByRole("cell", { name: "clerk", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "最近审计记录" })).toBeVisible();
  await page.screenshot({ path: screenshotPath("admin-home"), fullPage: true });
});
