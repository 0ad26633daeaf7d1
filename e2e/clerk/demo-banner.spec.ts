// Issue 16 M6: a demo account (its password is public) is marked as such on every page it sees;
// an account that is not a demo account never sees the mark.
import { createUser, demoStations, DEMO_PASSWORD, expect, screenshotPath, signInProgrammatically, signInWithForm, test } from "../fixtures";

test("a demo clerk sees the demo banner on every page; a real clerk does not", async ({ page, db, browser }) => {
  // Sign-in (scrypt) on a loaded 2-core machine can take a while.
  test.setTimeout(180_000);
  await signInWithForm(page, "clerk", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/workbench$/, { timeout: 60_000 });
  const banner = page.getByRole("complementary", { name: "演示账号" });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText("密码公开");
  for (const path of ["/workbench/password-reset", "/policies", "/"]) {
    await page.goto(path);
    await expect(page.getByRole("complementary", { name: "演示账号" }), path).toBeVisible();
  }
  await page.goto("/workbench");
  await page.screenshot({ path: screenshotPath("demo-banner-desktop") });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: screenshotPath("demo-banner-390"), fullPage: false });

  const { clerkStationId } = await demoStations(db);
  const real = await createUser(db, { role: "CLERK", stationId: clerkStationId });
  const context = await browser.newContext();
  try {
    const other = await context.newPage();
    await signInProgrammatically(other.request, real);
    await other.goto("/workbench");
    await expect(other.getByRole("heading", { level: 1 })).toHaveText("户籍民警工作台");
    await expect(other.getByTestId("demo-banner")).toHaveCount(0);
  } finally {
    await context.close();
  }
});
