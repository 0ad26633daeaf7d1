import { expect, screenshotPath, test } from "../fixtures";

test("the landing page explains the portal in Chinese and lists the five documents", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("户籍通办");
  for (const name of ["济源市", "韶关市", "乌审旗", "郴州市", "黔南"]) {
    await expect(page.getByRole("listitem").filter({ hasText: name }).first()).toBeVisible();
  }
  await expect(page.getByText("郴政发〔2016〕1号")).toBeVisible();
  await page.screenshot({ path: screenshotPath("landing"), fullPage: true });
});

test("the language switch turns the page into English and back, without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("link", { name: "切换到英文" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Hukou Portal");
  await page.getByRole("link", { name: "Switch to Chinese" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await context.close();
});

test("on a phone the landing and sign-in pages fit the screen and the skip link works", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto("/");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: screenshotPath("landing-phone"), fullPage: true });
  await page.goto("/signin");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "跳到正文" })).toBeFocused();
  await page.screenshot({ path: screenshotPath("signin-phone"), fullPage: true });
  await context.close();
});
