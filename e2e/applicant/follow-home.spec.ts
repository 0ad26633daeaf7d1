import AxeBuilder from "@axe-core/playwright";
import { createUser, expect, screenshotPath, signInProgrammatically, test } from "../fixtures";
import { buildCase, buildPermit } from "./follow-helpers";

// Screenshots and axe runs are slow on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });

test("/me shows identity masked and verified, a draft to continue, cases with the clock and an endorsement offer", async ({ page, db }) => {
  const applicant = await createUser(db, { role: "APPLICANT" });
  const { app: draft } = await buildCase(db, { applicant, status: "DRAFT" });
  const { app: submitted } = await buildCase(db, { applicant, status: "SUBMITTED" });
  const permit = await buildPermit(db, { applicant, daysAhead: 10 });
  const later = await buildPermit(db, { applicant, daysAhead: 120 });
  await signInProgrammatically(page.request, applicant);
  await page.goto("/me");
  // A test applicant's ID card was checked (decision 0257); the unverified side, which shows no permits or
  // household at all, is e2e/security/identity-takeover.spec.ts.
  await expect(page.getByTestId("not-verified")).toHaveCount(0);
  await expect(page.locator("main")).toContainText("身份已于");
  await expect(page.locator("body")).not.toContainText(/\d{17}[\dX]/);
  await expect(page.getByRole("link", { name: `继续填写草稿 ${draft.number}` })).toHaveAttribute("href", `/apply/${draft.id}`);
  await expect(page.getByTestId("drafts")).toContainText("已完成 2 个部分");
  await expect(page.getByTestId("cases")).toContainText(submitted.number);
  await expect(page.getByTestId("cases")).toContainText(/剩余 \d+ 个工作日/);
  await expect(page.getByRole("link", { name: `为居住证 ${permit.number} 申请签注` })).toHaveAttribute(
    "href",
    `/apply/new?kind=permit_endorsement&permitId=${permit.id}`,
  );
  await expect(page.getByTestId(`permit-${later.number}`)).toContainText("下次签注");
  await expect(page.getByRole("link", { name: `为居住证 ${later.number} 申请签注` })).toHaveCount(0);
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: screenshotPath("follow-home"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: screenshotPath("follow-home-phone"), fullPage: true });
});

test("an open endorsement case hides the offer and shows the case", async ({ page, db }) => {
  const applicant = await createUser(db, { role: "APPLICANT" });
  const permit = await buildPermit(db, { applicant, daysAhead: 5 });
  const { app } = await buildCase(db, { applicant, status: "SUBMITTED", kind: "PERMIT_ENDORSEMENT", permitId: permit.id });
  await signInProgrammatically(page.request, applicant);
  await page.goto("/me");
  await expect(page.getByTestId(`permit-${permit.number}`)).toContainText(`签注申请 ${app.number} 正在办理`);
  await expect(page.getByRole("link", { name: `为居住证 ${permit.number} 申请签注` })).toHaveCount(0);
});

test("the inbox lists notices newest first, marks them read, and the header count follows", async ({ page, db }) => {
  const applicant = await createUser(db, { role: "APPLICANT" });
  const { app } = await buildCase(db, { applicant, status: "NEEDS_MATERIALS" });
  await db.notice.create({ data: { userId: applicant.id, kind: "endorsement_due", createdAt: new Date(Date.now() - 10 * 86_400_000) } });
  await signInProgrammatically(page.request, applicant);
  await page.goto("/me");
  await expect(page.getByTestId("inbox-link")).toHaveText("消息（3 条未读）");
  await page.getByTestId("inbox-link").click();
  await expect(page).toHaveURL(/\/me\/inbox$/);
  const items = page.getByTestId("inbox").locator("li");
  await expect(items).toHaveCount(3);
  await expect(items.first()).toContainText("需要补正材料");
  await expect(items.last()).toContainText("签注期");
  await expect(page.getByTestId("inbox").locator('li[data-unread="true"]')).toHaveCount(3);
  await expect(items.first().getByRole("link", { name: `查看案件 ${app.number}` })).toHaveAttribute("href", `/me/cases/${app.id}`);
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: screenshotPath("follow-inbox"), fullPage: true });
  await page.reload();
  await expect(page.getByTestId("inbox").locator('li[data-unread="true"]')).toHaveCount(0);
  await expect(page.getByTestId("inbox-link")).toHaveText("消息");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: screenshotPath("follow-inbox-phone"), fullPage: true });
});
