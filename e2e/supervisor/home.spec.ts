import { DEMO_PASSWORD, expect, screenshotPath, signInWithForm, test } from "../fixtures";

test("a supervisor signs in and sees the queues of their jurisdiction", async ({ page }) => {
  await signInWithForm(page, "supervisor", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/supervision$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("督办总览");
  await expect(page.getByText("辖区：郴州市")).toBeVisible();
  await expect(page.getByRole("heading", { name: "按派出所" })).toBeVisible();
  await page.screenshot({ path: screenshotPath("supervisor-home"), fullPage: true });
});
