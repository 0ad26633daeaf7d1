// 适老化 (工业和信息化部《互联网网站适老化通用设计规范》) and 无障碍: the 长辈版 switch is remembered per
// browser and drawn by the server (no script), its text is ≥ 18 px and its controls ≥ 44 px; with a
// 24 px browser font nothing is wider than a 390 px phone; status marks are SVG, not emoji.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, screenshotPath, test } from "../fixtures";
import { startNoHukouDraft } from "../applicant/apply-steps";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
// What a reader who set the browser's default font to 24 px gets: every rem of the portal scales with it.
const BROWSER_FONT_24 = "html { font-size: 24px !important; } html.elder { font-size: 30px !important; }";

async function widthAt24px(page: Page, path: string): Promise<{ width: number; widest: string[] }> {
  await page.goto(path);
  await page.addStyleTag({ content: BROWSER_FONT_24 });
  return page.evaluate(() => {
    const widest: string[] = [];
    for (const el of document.querySelectorAll("body *")) {
      const box = el.getBoundingClientRect();
      // Inside a scrolling box (a wide table) is fine: the page itself must not scroll sideways.
      if (box.right > window.innerWidth + 1 && !el.closest("[class*='overflow-x-auto'], [class*='overflow-auto']")) {
        widest.push(`${el.tagName.toLowerCase()}.${String((el as HTMLElement).className).slice(0, 60)} → ${Math.round(box.right)} px`);
      }
    }
    return { width: document.documentElement.scrollWidth, widest: widest.slice(0, 5) };
  });
}

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("the 长辈版 switch is remembered across pages and reloads, drawn by the server, and switches back", async ({ page }) => {
  test.setTimeout(120_000);
  const csp: string[] = [];
  page.on("console", (m) => { if (/Content Security Policy/i.test(m.text())) csp.push(m.text()); });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/check");
  expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBe(16);
  await page.getByRole("link", { name: "切换到长辈版：字更大、按钮更大" }).click();
  await expect(page).toHaveURL(/\/check$/);
  await expect(page.locator("html")).toHaveClass(/elder/);

  for (const path of ["/", "/policies", "/signin", "/check"]) {
    await page.goto(path);
    await expect(page.locator("html"), path).toHaveAttribute("data-elder", "on");
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize)), path).toBeGreaterThanOrEqual(18);
    // Small print is ≥ 18 px too, and every button and field is a 44 px target.
    const small = await page.evaluate(() => Math.min(...[...document.querySelectorAll("main p, main label, main li")].map((e) => parseFloat(getComputedStyle(e).fontSize))));
    expect(small, path).toBeGreaterThanOrEqual(18);
    const low = await page.evaluate(() => [...document.querySelectorAll("main button, main select, main input:not([type=hidden]):not([type=checkbox]):not([type=radio]), header a")]
      .filter((e) => (e as HTMLElement).offsetParent !== null && e.getBoundingClientRect().height < 44).map((e) => e.outerHTML.slice(0, 80)));
    expect(low, path).toEqual([]);
  }
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/elder/);
  await page.screenshot({ path: screenshotPath("elder-check-390"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/");
  await page.screenshot({ path: screenshotPath("elder-landing-desktop") });

  await page.getByRole("link", { name: "退出长辈版，回到标准版" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-elder", "off");
  expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBe(16);
  expect(csp).toEqual([]);
});

test("the switch works without JavaScript (a plain link, a cookie read on the server) and goes back only to this site", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/policies");
  await page.getByRole("link", { name: "切换到长辈版：字更大、按钮更大" }).click();
  await expect(page).toHaveURL(/\/policies$/);
  await expect(page.locator("html")).toHaveAttribute("data-elder", "on");
  const away = await page.request.get("/elder?on=1&back=//evil.example/", { maxRedirects: 0 });
  // "//evil.example/" is read as the path "/evil.example/" on this site, never as another host.
  expect(away.headers()["location"]).toMatch(/^\/(?!\/)/);
  await context.close();
});

test("with a 24 px browser font nothing is wider than a 390 px phone, in either view", async ({ page, db }) => {
  test.setTimeout(240_000);
  page.setDefaultTimeout(30_000);
  await page.setViewportSize({ width: 390, height: 844 });
  const publicPaths = ["/", "/check", "/check?jurisdiction=chenzhou&kind=settlement", "/check?compare=1", "/signin", "/register", "/verify", "/policies"];
  for (const path of publicPaths) {
    const { width, widest } = await widthAt24px(page, path);
    expect(width, `${path}: ${widest.join("; ")}`).toBeLessThanOrEqual(390);
  }
  const { id } = await startNoHukouDraft(page, db);
  const applicantPaths = ["/me", "/apply", "/apply/new?kind=settlement&jurisdiction=chenzhou", `/apply/${id}`, `/apply/${id}/person`, `/apply/${id}/documents`, `/apply/${id}/check`, "/me/inbox"];
  for (const path of applicantPaths) {
    const { width, widest } = await widthAt24px(page, path);
    expect(width, `${path}: ${widest.join("; ")}`).toBeLessThanOrEqual(390);
  }
  await page.screenshot({ path: screenshotPath("font-24px-apply-check-390"), fullPage: true });
  // The same pages in the 长辈版 (its own 125 % on top of the reader's 24 px).
  await page.goto(`/elder?on=1&back=${encodeURIComponent(`/apply/${id}`)}`);
  for (const path of ["/", "/check", `/apply/${id}`, `/apply/${id}/documents`, `/apply/${id}/check`]) {
    const { width, widest } = await widthAt24px(page, path);
    expect(width, `elder ${path}: ${widest.join("; ")}`).toBeLessThanOrEqual(390);
  }
  await page.screenshot({ path: screenshotPath("elder-font-24px-apply-check-390"), fullPage: true });
});

test("no WCAG A/AA violations in the 长辈版", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/elder?on=1&back=/");
  for (const path of ["/", "/check", "/check?jurisdiction=wushen&area=town&members=1&m0.relation=parent", "/signin", "/verify"]) {
    await page.goto(path);
    expect(await violations(page), path).toEqual([]);
  }
});

test("status marks are drawn, not emoji: a self-check answer shows SVG ticks and crosses beside their words", async ({ page }) => {
  await page.goto("/check");
  await page.getByLabel("地方", { exact: true }).selectOption("chenzhou");
  await page.getByLabel("落户区域").selectOption("central_urban");
  await page.getByLabel("本人出生日期").fill("1990-04-01");
  await page.getByLabel("在当地的就业情况").selectOption("employee");
  await page.getByLabel("在当地的住所").selectOption("rented");
  await page.getByLabel("在当地缴纳城镇社会保险（月）").fill("0");
  const mark = page.getByTestId("pathway-chenzhou.central-urban.employment-residence-insurance").locator('[data-mark="no"]').first();
  await expect(mark).toBeVisible();
  await expect(mark.locator("svg[aria-hidden=true]")).toHaveCount(1);
  const text = await page.locator("main").innerText();
  expect(text).not.toMatch(/[\u23F0-\u23FF\u2717\u26A0]/u);
});
