// Issue 16, H1 and M3 over HTTP: someone who has a copy of a demo resident's ID card (name + number)
// registers with it. The account opens, but /me shows nothing of the register — no household number,
// address or members — and says how to get verified; the newborn registration is neither offered nor
// startable. Registering a number that already has an account and registering with a wrong name get the
// same sentence, which names neither. docs/decisions/0257.
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { shot, signUp } from "../applicant/apply-steps";

const PHONE = { width: 390, height: 844 };

/** A demo registry person: a member of an active family household, alive, with no account yet. */
async function demoPersonWithoutAccount(db: import("../../lib/db").Db) {
  const person = await db.person.findFirst({
    where: { user: null, deceasedOn: null, memberships: { some: { validTo: null, household: { type: "FAMILY", closedOn: null } } } },
    orderBy: { citizenId: "asc" },
    include: { memberships: { where: { validTo: null }, include: { household: true } } },
  });
  if (!person) throw new Error("the demo data has no registry person without an account");
  return { person, household: person.memberships[0].household };
}

async function registerAnswer(page: Page, who: { name: string; citizenId: string }): Promise<string> {
  await page.goto("/register");
  await page.getByLabel("姓名").fill(who.name);
  await page.getByLabel("公民身份号码").fill(who.citizenId);
  await page.getByLabel("手机号码").fill("13912345678");
  await page.getByLabel("密码", { exact: true }).fill("Someone-Else-2026");
  await page.getByLabel("再次输入密码").fill("Someone-Else-2026");
  await page.getByRole("button", { name: "注册并登录" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeVisible({ timeout: 20_000 });
  return (await summary.locator("li").allInnerTexts()).join("\n");
}

test("a sign-up with a registry person's name and ID number sees nothing of the register and cannot register a newborn into the household", async ({
  browser,
  db,
}) => {
  test.setTimeout(120_000);
  const { person, household } = await demoPersonWithoutAccount(db);

  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto("/register");
  await signUp(page, { name: person.name, citizenId: person.citizenId });

  // The account is linked — but only as a claim.
  const user = await db.user.findUniqueOrThrow({ where: { username: person.citizenId } });
  expect(user.personId).toBe(person.id);
  expect(user.identityVerifiedAt).toBeNull();

  const me = await page.goto("/me");
  expect(me?.status()).toBe(200);
  await expect(page.getByTestId("register-hidden")).toContainText("身份证原件");
  const main = page.locator("main");
  await expect(main).not.toContainText(household.householdNumber);
  await expect(main).not.toContainText(household.address);
  await shot(page, "identity-takeover-me-phone");
  await page.setViewportSize({ width: 1280, height: 900 });
  await shot(page, "identity-takeover-me-desktop");

  // The chooser does not offer the newborn registration; asking for it by URL is refused.
  await page.goto("/apply");
  await expect(page.getByTestId("unverified-newborn")).toBeVisible();
  await expect(page.locator('a[href^="/apply/new?kind=newborn"]')).toHaveCount(0);
  await page.goto("/apply/new?kind=newborn");
  await expect(page.getByTestId("unverified-refused")).toContainText("身份证原件");
  await expect(page.getByRole("button", { name: "开始填写" })).toHaveCount(0);
  expect(await db.application.count({ where: { applicantUserId: user.id, kind: "NEWBORN_REGISTRATION" } })).toBe(0);
  await context.close();

  // The real person (or anyone) trying the number again, and a wrong name for another number: one sentence.
  const other = await browser.newContext();
  const second = await other.newPage();
  const taken = await registerAnswer(second, { name: person.name, citizenId: person.citizenId });
  const { person: another } = await demoPersonWithoutAccount(db);
  const wrongName = await registerAnswer(second, { name: "无此人", citizenId: another.citizenId });
  expect(taken).toBe(wrongName);
  expect(taken).toContain("户籍窗口");
  expect(taken).not.toContain(person.name);
  await shot(second, "identity-takeover-register-refused");
  await other.close();
});
