import { DEMO_PASSWORD, expect, screenshotPath, signInWithForm, test } from "../fixtures";

test("a supervisor signs in and sees the queues of their jurisdiction", async ({ page }) => {
  await signInWithForm(page, "supervisor", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/supervision$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("督办总览");
  await expect(page.getByText("辖区：郴州市")).toBeVisible();
  await expect(page.getByRole("heading", { name: "按派出所" })).toBeVisible();
  await page.screenshot({ path: screenshotPath("supervisor-home"), fullPage: true });
});

test("queue health and the KPI pages link to each other, on a desktop and a phone", async ({ page }) => {
  test.setTimeout(120_000);
  await signInWithForm(page, "supervisor2", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/supervision$/);
  const pages = [
    ["督办总览", "/supervision"],
    ["改革指标", "/supervision/kpi"],
    ["黔南州县（市）考评", "/supervision/kpi/assessment"],
  ] as const;
  for (const [current, path] of pages) {
    if (path !== "/supervision") await page.goto(path);
    const nav = page.getByRole("navigation", { name: "督办与改革指标页面" });
    for (const [name, href] of pages) {
      const link = nav.getByRole("link", { name, exact: true });
      await expect(link).toHaveAttribute("href", href);
      if (name === current) await expect(link).toHaveAttribute("aria-current", "page");
      else await expect(link).not.toHaveAttribute("aria-current", "page");
    }
  }
  // Following the links, not just reading them: queue health → KPI → back.
  await page.goto("/supervision");
  await page.getByRole("navigation", { name: "督办与改革指标页面" }).getByRole("link", { name: "改革指标", exact: true }).click();
  await expect(page).toHaveURL(/\/supervision\/kpi$/);
  await page.getByRole("navigation", { name: "督办与改革指标页面" }).getByRole("link", { name: "督办总览", exact: true }).click();
  await expect(page).toHaveURL(/\/supervision$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("督办总览");
  await page.screenshot({ path: screenshotPath("supervision-nav-desktop") });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  const [scrollWidth, clientWidth] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(scrollWidth, "page wider than the viewport").toBeLessThanOrEqual(clientWidth);
  await page.screenshot({ path: screenshotPath("supervision-nav-phone"), fullPage: true });
});
