import AxeBuilder from "@axe-core/playwright";
import { createUser, DEMO_PASSWORD, expect, signInProgrammatically, signInWithForm, test } from "../fixtures";

// WCAG 2.1 A and AA rules, contrast included, on every page a person meets first.
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function violations(page: import("@playwright/test").Page) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

for (const path of ["/", "/signin", "/check", "/check?jurisdiction=wushen&area=town&members=1&m0.relation=parent", "/check?compare=1", "/policies", "/policies/chenzhou"]) {
  test(`no WCAG A/AA violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(await violations(page)).toEqual([]);
  });
}

for (const [username, home] of [["resident", "/me"], ["clerk", "/workbench"], ["supervisor", "/supervision"], ["admin", "/admin"]] as const) {
  test(`no WCAG A/AA violations on ${home}`, async ({ page }) => {
    await signInWithForm(page, username, DEMO_PASSWORD);
    await expect(page).toHaveURL(new RegExp(`${home}$`));
    expect(await violations(page)).toEqual([]);
  });
}

test("signing out ends the session", async ({ page }) => {
  await signInWithForm(page, "resident", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/me$/);
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page.getByRole("link", { name: "登录", exact: true })).toBeVisible();
  await page.goto("/me");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fme/);
});

test("signing out works without JavaScript too, and is audited", async ({ browser, db }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const user = await createUser(db, { role: "APPLICANT" });
  await signInProgrammatically(page.request, user);
  await page.goto("/me");
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/$/);
  expect((await (await page.request.get("/api/auth/session")).json())?.user).toBeUndefined();
  expect(await db.auditEvent.count({ where: { actorId: user.id, action: "auth.sign-out" } })).toBe(1);
  await context.close();
});
