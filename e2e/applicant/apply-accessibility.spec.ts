// Every page of the apply journey passes axe (WCAG 2.1 A/AA), on desktop and at phone width.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { createUser, expect, signInProgrammatically, test } from "../fixtures";
import { shot } from "./apply-steps";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`the apply pages have no WCAG A/AA violations at ${viewport.width} px`, async ({ page, db, browser }) => {
    test.setTimeout(120_000);
    page.setDefaultTimeout(15_000);
    await page.setViewportSize(viewport);
    const anonymousContext = await browser.newContext({ viewport });
    const anonymous = await anonymousContext.newPage();
    await anonymous.goto("/register");
    await anonymous.getByRole("button", { name: "注册并登录" }).click();
    await expect(anonymous.getByTestId("error-summary")).toBeVisible();
    expect(await violations(anonymous), "/register with errors").toEqual([]);
    await shot(anonymous, `apply-a11y-${viewport.width}-register-errors`);
    await anonymousContext.close();

    await signInProgrammatically(page.request, await createUser(db, { role: "APPLICANT" }));
    const visit = async (url: string, name: string) => {
      if (url) await page.goto(url);
      expect(await violations(page), name).toEqual([]);
      await shot(page, `apply-a11y-${viewport.width}-${name}`);
    };
    await visit("/apply", "chooser");
    await visit("/apply/new?kind=settlement&jurisdiction=chenzhou&unit=chenzhou-beihu", "start");
    await page.getByLabel("人民路派出所").check();
    await page.getByRole("button", { name: "开始填写" }).click();
    await expect(page).toHaveURL(/\/apply\/[0-9a-f-]{36}$/);
    const id = page.url().split("/").pop();
    await visit("", "tasks");
    for (const section of ["about", "home", "work", "grounds", "family", "documents", "check"])
      await visit(`/apply/${id}/${section}`, section);
    await page.goto(`/apply/${id}/home`);
    await page.getByRole("button", { name: "保存并继续" }).click();
    await expect(page.getByTestId("error-summary")).toBeVisible();
    await visit("", "home-errors");
    await page.goto(`/apply/${id}/family`);
    await page.getByRole("button", { name: "添加一位家属" }).click();
    await expect(page.getByTestId("member-row-0")).toBeVisible();
    await visit("", "family-row");
  });
}
