// Steps the journeys share once a resident has submitted: the station's officer signs in, takes the case
// and decides it.
import type { Browser, Page } from "@playwright/test";
import type { Db } from "../../lib/db";
import { createUser, expect } from "../fixtures";

/** The station's officer signs in, opens the case and takes it. */
export async function clerkTakes(browser: Browser, db: Db, number: string) {
  const app = await db.application.findUniqueOrThrow({ where: { number } });
  const user = await createUser(db, { role: "CLERK", stationId: app.stationId });
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto("/signin");
  await page.getByLabel("用户名").fill(user.username);
  await page.getByLabel("密码").fill(user.password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/workbench/);
  await page.goto(`/workbench/cases/${app.id}`);
  await page.getByRole("button", { name: "受理并开始审核" }).click();
  await expect(page.getByRole("status").first()).toContainText(`已受理申请 ${number}`);
  await checkOriginals(page);
  return { context, page, app };
}

/**
 * The one visit: the officer checks the resident's original ID card and says so. Approval waits for it
 * (docs/decisions/0257); an applicant verified before shows no button.
 */
export async function checkOriginals(page: Page) {
  const button = page.getByRole("button", { name: "已核验原件" });
  if (await button.count()) {
    await button.click();
    await expect(page.getByRole("button", { name: "已核验原件" })).toHaveCount(0);
  }
}

export async function approve(page: Page, number: string) {
  await page.getByRole("button", { name: "批准并办理登记" }).click();
  await expect(page.getByText(`已批准申请 ${number}`)).toBeVisible();
}
