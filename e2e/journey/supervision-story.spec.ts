// Issue 8's "Done means", on the seeded demo data alone (docs/decisions/0215): a 黔南 supervisor sees for
// 2018 each county's score with its inputs, the settlements by category and a rising urbanization rate,
// follows an overdue figure to the cases behind it and reassigns one; an administrator unlocks a locked
// account and finds the unlock in the audit trail. Every page is screenshotted at desktop width and at
// 390 px, where nothing may scroll sideways. Nothing here is made by the test except the lock itself.
import type { Locator, Page } from "@playwright/test";
import { DEMO_PASSWORD, expect, screenshotPath, signInWithForm, test } from "../fixtures";

/** A desktop screenshot, then the same page at 390 px: screenshot and no horizontal overflow. */
async function bothWidths(page: Page, name: string) {
  await page.screenshot({ path: screenshotPath(`story-${name}`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
  expect(width, `${name} is wider than 390 px`).toBeLessThanOrEqual(390);
  await page.screenshot({ path: screenshotPath(`story-${name}-390`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** The cells of a table's body rows, as text. */
async function bodyRows(table: Locator): Promise<string[][]> {
  return table
    .locator("tbody tr")
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("td, th")].map((c) => (c.textContent ?? "").trim())));
}

const num = (s: string | undefined) => Number((s ?? "").replace(/[^0-9.\-]/g, ""));

test("Done means: a 黔南 supervisor reads 2018 and reassigns an overdue case; an administrator unlocks an account", async ({
  page,
  browser,
  db,
}) => {
  test.setTimeout(180_000);
  await signInWithForm(page, "supervisor2", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/supervision$/);

  // KPI page for 2018: the trend rises year on year, every county has a rate, settlements by category.
  await page.goto("/supervision/kpi?year=2018");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("改革指标监测");
  const trend = await bodyRows(page.getByRole("table", { name: "黔南布依族苗族自治州年末城镇化率" }));
  const rates = trend.map((r) => [num(r[0]), num(r[3])] as const);
  expect(rates.map(([y]) => y)).toEqual([2016, 2017, 2018]);
  for (let i = 1; i < rates.length; i++)
    expect(rates[i]![1], `rate ${rates[i]![0]} above ${rates[i - 1]![0]}`).toBeGreaterThan(rates[i - 1]![1]);
  expect(rates[0]![1]).toBeGreaterThan(10);
  expect(rates[2]![1]).toBeLessThan(90);
  const counties = await bodyRows(page.getByRole("table", { name: "各下级单位 2018 年" }));
  expect(counties).toHaveLength(12);
  const countyRates = counties.map((r) => num(r[4]));
  for (const [i, rate] of countyRates.entries()) expect(rate, counties[i]![0]).toBeGreaterThan(10);
  expect(new Set(countyRates).size, "counties differ").toBeGreaterThan(6);
  const months = await bodyRows(page.getByRole("table", { name: "落户城镇人数（2018 年，按月）" }));
  expect(months).toHaveLength(12);
  // Columns: month, the six categories (agricultural transfer, other residents, …), counted, all.
  const sum = (col: number) => months.reduce((n, r) => n + num(r[col]), 0);
  expect(sum(1), "agricultural-transfer settlements").toBeGreaterThan(0);
  expect(sum(2), "other residents' settlements").toBeGreaterThan(0);
  expect(sum(7)).toBe(sum(1) + sum(2));
  const pathways = page.getByRole("table", { name: "2018 年按落户途径和条款" });
  await expect(pathways).toContainText("二(一)1");
  await expect(pathways).toContainText("二(一)2");
  const permits = await bodyRows(page.getByRole("table", { name: "居住证（2018 年）" }));
  expect(num(permits[0]?.[1]), "permits issued in 2018").toBeGreaterThan(0);
  await bothWidths(page, "kpi-2018");

  // The 附件1 assessment: every county scored, each with its inputs and where they come from.
  await page.getByRole("navigation", { name: "督办与改革指标页面" }).getByRole("link", { name: "黔南州县（市）考评", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("黔南州 2018 年户籍制度改革工作考评");
  const summary = page.getByRole("table", { name: "2018 年各县（市）得分" });
  const scored = await bodyRows(summary);
  expect(scored).toHaveLength(12);
  for (const row of scored) {
    expect(row.join(" "), row[0]).not.toContain("不计分");
    expect(num(row[row.length - 1]), `${row[0]} total`).toBeGreaterThan(0);
  }
  // 平塘 reported only the relocation list: its hukou figures and settlements are the registry's.
  const pingtang = page.locator("details[data-county=qiannan-pingtang]");
  await pingtang.locator("summary").click();
  const detail = pingtang.getByRole("table", { name: "平塘县：计分明细" });
  await expect(detail.getByRole("row").filter({ hasText: "本年末户籍人口总数" })).toContainText("登记库统计");
  await expect(detail.getByRole("row").filter({ hasText: "农业转移人口落户城镇数" })).toContainText("登记库统计");
  await expect(detail.getByRole("row").filter({ hasText: "累计入住移民总人口数" })).toContainText("管理员录入");
  await bothWidths(page, "assessment-2018");

  // Queue health: the overdue figure of 广惠 leads to its overdue cases.
  const guanghui = await db.jurisdiction.findUniqueOrThrow({ where: { code: "qiannan-duyun-guanghui-ps" } });
  await page.goto("/supervision");
  await expect(page.getByText("辖区：黔南布依族苗族自治州")).toBeVisible();
  const row = page.getByTestId(`station-${guanghui.id}`);
  const overdue = row.locator('a[data-figure="overdue"]');
  expect(num((await overdue.textContent()) ?? "")).toBeGreaterThan(0);
  await bothWidths(page, "queue-health");
  await overdue.click();
  await expect(page).toHaveURL(new RegExp(`/supervision/cases\\?unit=${guanghui.id}&overdue=1`));
  await expect(page.getByTestId("list-showing")).toContainText("广惠派出所 · 超期未办结");
  const app = await db.application.findFirstOrThrow({
    where: { stationId: guanghui.id, status: "IN_REVIEW", dueAt: { lt: new Date() } },
    include: { applicantPerson: true, assignee: true },
    orderBy: { submittedAt: "asc" },
  });
  await expect(page.getByTestId(`case-${app.number}`)).toBeVisible();
  // Masked in the list and, now, on the case screen too.
  await expect(page.getByText(app.applicantPerson.name, { exact: true })).toHaveCount(0);
  await bothWidths(page, "overdue-cases");

  await page.getByRole("link", { name: `查看并督办申请 ${app.number}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(app.number);
  await expect(page.getByText(app.applicantPerson.name, { exact: true })).toHaveCount(0);
  await expect(page.getByText(app.applicantPerson.citizenId)).toHaveCount(0);
  const other = await db.user.findFirstOrThrow({
    where: { role: "CLERK", stationId: guanghui.id, active: true, NOT: { id: app.assigneeId! } },
    orderBy: { username: "asc" },
  });
  await page.getByLabel("改派给").selectOption(other.id);
  await page.getByRole("button", { name: "改派", exact: true }).click();
  await expect(page.getByRole("status").first()).toContainText(`已改派申请 ${app.number}`);
  const after = await db.application.findUniqueOrThrow({ where: { id: app.id } });
  expect(after.assigneeId).toBe(other.id);
  expect(after.version).toBe(app.version + 1);
  expect(
    await db.auditEvent.count({ where: { action: "application.reassign", entityId: app.id, data: { path: ["to"], equals: other.id } } }),
  ).toBe(1);
  await expect(page.getByText(other.displayName).first()).toBeVisible();
  // The history names the act (改派), not a status change to the same status.
  const history = page.getByTestId("history");
  await expect(history.locator("li").last()).toContainText("改派");
  await expect(history).not.toContainText("审核中 → 审核中");
  await bothWidths(page, "reassigned-case");

  // A demo officer (平塘) locks their account with five wrong passwords; the administrator unlocks it.
  const username = "clerk-qiannan-pingtang-pinghu-ps";
  const victimContext = await browser.newContext();
  const victim = await victimContext.newPage();
  for (let i = 0; i < 5; i++) {
    await signInWithForm(victim, username, `wrong-password-${i}`);
    await expect(victim.locator("#signin-error")).toBeVisible();
  }
  await signInWithForm(victim, username, DEMO_PASSWORD);
  await expect(victim.locator("#signin-error")).toContainText("失败次数过多");

  await page.context().clearCookies();
  await signInWithForm(page, "admin", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto(`/admin/users?q=${username}`);
  const userRow = page.getByRole("row").filter({ hasText: username });
  await expect(userRow.getByText("已锁定")).toBeVisible();
  await bothWidths(page, "admin-locked-user");
  await userRow.getByRole("link", { name: `管理 ${username}` }).click();
  await page.getByRole("button", { name: "解除锁定" }).click();
  await expect(page.getByTestId("done")).toHaveText("已解除锁定。");
  await bothWidths(page, "admin-unlocked");
  await signInWithForm(victim, username, DEMO_PASSWORD);
  await expect(victim).toHaveURL(/\/workbench$/);
  await victimContext.close();

  await page.goto("/admin/audit");
  await page.getByLabel("操作", { exact: true }).selectOption("auth.unlock");
  await page.getByLabel("操作人用户名").fill("admin");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/action=auth\.unlock/);
  const audit = page.getByRole("table", { name: "审计记录（最新在前）" });
  await expect(audit.getByRole("row").filter({ hasText: username }).first()).toContainText("解除登录锁定");
  await bothWidths(page, "admin-audit-unlock");
});
