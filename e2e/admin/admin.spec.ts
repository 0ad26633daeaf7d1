// The admin area end to end: an administrator opens a clerk's account and the clerk must choose a
// password at first sign-in; a locked account is unlocked and the unlock found in the audit trail;
// the CSV export has its BOM and its own permission check; every page passes axe and fits a phone.
import AxeBuilder from "@axe-core/playwright";
import { createUser, DEMO_PASSWORD, expect as baseExpect, screenshotPath, signInProgrammatically, signInWithForm, test } from "../fixtures";
import type { Page } from "@playwright/test";

// A shared 2-core machine builds and tests for several people at once: allow for slow responses.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 120_000 });

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function fitsPhone(page: Page, name: string) {
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} overflows at 390 px`).toBeLessThanOrEqual(390);
  // The first screen (a full page of a long tree is too tall to look at); the width check covers the rest.
  await page.screenshot({ path: screenshotPath(`${name}-390`) });
  await page.setViewportSize({ width: 1280, height: 800 });
}

test("an administrator creates a clerk; the clerk signs in and must choose a new password first", async ({ page, browser, db }) => {
  const stationId = (await db.user.findUniqueOrThrow({ where: { username: "clerk" } })).stationId!;
  await signInWithForm(page, "admin", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/users/new");
  // Everything missing is listed at once.
  await page.getByRole("button", { name: "创建用户" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("link")).toHaveText([
    "用户名须为 3–32 位小写字母、数字、点、下划线或连字符，以字母或数字开头",
    "请填写姓名",
    "请选择角色",
  ]);
  expect(await violations(page)).toEqual([]);
  await page.screenshot({ path: screenshotPath("admin-user-new-errors"), fullPage: true });
  await fitsPhone(page, "admin-user-new-errors");
  const username = `e2e-made-${Date.now().toString(36)}`;
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("姓名").fill("新来的民警");
  await page.getByLabel("角色").selectOption({ label: "户籍民警" });
  await page.getByLabel("派出所（户籍民警必填）").selectOption(stationId);
  await expect(page.getByLabel("派出所（户籍民警必填）").locator("option:checked")).toContainText("北湖区 · 人民路派出所");
  // The demo clerk's 警号 is taken: refused, with the field named.
  await page.getByLabel("警号").fill("052718");
  await page.getByRole("button", { name: "创建用户" }).click();
  await expect(page.getByTestId("error-summary").getByRole("link")).toHaveText(["该警号已登记在另一个账号上，请核对"]);
  const badge = String(800000 + Math.floor(Math.random() * 99999));
  await page.getByLabel("警号").fill(badge);
  await page.getByRole("button", { name: "创建用户" }).click();
  await expect(page.getByTestId("user-created")).toContainText(`已创建账号 ${username}`);
  const oneTime = (await page.getByTestId("one-time-password").textContent())!.trim();
  expect(oneTime).toMatch(/^\w{4}-\w{4}-\w{4}$/);
  await page.screenshot({ path: screenshotPath("admin-user-created"), fullPage: true });
  expect((await db.user.findUniqueOrThrow({ where: { username } })).badgeNumber).toBe(badge);

  const clerkContext = await browser.newContext();
  const clerk = await clerkContext.newPage();
  await signInWithForm(clerk, username, oneTime);
  await expect(clerk).toHaveURL(/\/account\/password$/);
  await expect(clerk.getByRole("heading", { level: 1 })).toHaveText("设定新密码");
  // Going elsewhere first does not work.
  await clerk.goto("/workbench");
  await expect(clerk).toHaveURL(/\/account\/password$/);
  // Nor does a case of the station opened directly.
  const stationCase = await db.application.findFirstOrThrow({ where: { stationId, status: { not: "DRAFT" } }, select: { id: true } });
  await clerk.goto(`/workbench/cases/${stationCase.id}`);
  await expect(clerk).toHaveURL(/\/account\/password$/);
  expect(await violations(clerk)).toEqual([]);
  await fitsPhone(clerk, "account-password");
  await clerk.getByLabel("当前密码（工作人员给您的一次性密码）").fill(oneTime);
  await clerk.getByLabel("新密码", { exact: true }).fill("short");
  await clerk.getByRole("button", { name: "保存新密码" }).click();
  await expect(clerk.getByTestId("error-summary")).toContainText("密码至少需要 10 个字符");
  await clerk.getByLabel("当前密码（工作人员给您的一次性密码）").fill(oneTime);
  await clerk.getByLabel("新密码", { exact: true }).fill("clerk-chose-this-1");
  await clerk.getByLabel("再次输入新密码").fill("clerk-chose-this-1");
  await clerk.getByRole("button", { name: "保存新密码" }).click();
  await expect(clerk).toHaveURL(/\/workbench$/);
  await clerkContext.close();

  // The one-time password no longer works; the chosen one does.
  const again = await browser.newContext();
  const p2 = await again.newPage();
  await signInWithForm(p2, username, oneTime);
  await expect(p2.locator("#signin-error")).toBeVisible();
  await signInWithForm(p2, username, "clerk-chose-this-1");
  await expect(p2).toHaveURL(/\/workbench$/);
  await again.close();
});

test("an administrator unlocks an account locked by five wrong sign-ins and finds the unlock in the audit trail", async ({
  page,
  browser,
  db,
}) => {
  const user = await createUser(db, { role: "SUPERVISOR", jurisdictionCode: "chenzhou" });
  const ctx = await browser.newContext();
  const victim = await ctx.newPage();
  for (let i = 0; i < 5; i++) {
    await signInWithForm(victim, user.username, `wrong-${i}-password`);
    await expect(victim.locator("#signin-error")).toBeVisible();
  }
  await signInWithForm(victim, user.username, user.password);
  await expect(victim.locator("#signin-error")).toContainText("失败次数过多");

  await signInWithForm(page, "admin", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto(`/admin/users?q=${user.username}`);
  const row = page.getByRole("row").filter({ hasText: user.username });
  await expect(row.getByText("已锁定")).toBeVisible();
  await page.screenshot({ path: screenshotPath("admin-users"), fullPage: true });
  expect(await violations(page)).toEqual([]);
  await fitsPhone(page, "admin-users");
  await row.getByRole("link", { name: `管理 ${user.username}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`账号：${user.username}`);
  // The sign-in history in words: what happened, from which address and browser — no raw key: value dump.
  const history = page.getByRole("table", { name: "该账号的最近审计记录" });
  await expect(history.getByRole("row").filter({ hasText: "登录失败" }).first()).toContainText("浏览器：Chrome");
  await expect(history).toContainText("网络地址：");
  await expect(history).not.toContainText("userAgent");
  await expect(history).not.toContainText("Mozilla");
  expect(await violations(page)).toEqual([]);
  await page.screenshot({ path: screenshotPath("admin-user-detail"), fullPage: true });
  await fitsPhone(page, "admin-user-detail");
  await page.getByRole("button", { name: "解除锁定" }).click();
  await expect(page.getByTestId("done")).toHaveText("已解除锁定。");
  await expect(page.getByText("该账号当前没有被锁定。")).toBeVisible();

  await signInWithForm(victim, user.username, user.password);
  await expect(victim).toHaveURL(/\/supervision$/);
  await ctx.close();

  await page.goto("/admin/audit");
  await page.getByLabel("操作", { exact: true }).selectOption("auth.unlock");
  await page.getByLabel("操作人用户名").fill("admin");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/action=auth\.unlock/);
  const table = page.getByRole("table", { name: "审计记录（最新在前）" });
  // Actions in words, not codes.
  await expect(table.getByRole("row").filter({ hasText: user.username }).first()).toContainText("解除登录锁定");
  await expect(table).not.toContainText("auth.unlock");
  expect(await violations(page)).toEqual([]);
  await page.screenshot({ path: screenshotPath("admin-audit"), fullPage: true });
  await fitsPhone(page, "admin-audit");

  // The CSV of the filtered rows starts with the UTF-8 byte-order mark and holds the unlock.
  const href = await page.getByTestId("audit-export").getAttribute("href");
  expect(href).toContain("action=auth.unlock");
  const csv = await page.request.get(href!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const body = await csv.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = body.toString("utf8");
  expect(text).toContain("解除登录锁定");
  expect(text).toContain(user.username);
  expect(text.split("\r\n")[0]).toBe("\uFEFF编号,时间（北京时间，UTC+8）,操作人,操作,对象类型,对象编号,对象,内容");
  // China time with its offset, as the page shows it — not UTC.
  expect(text.split("\r\n")[1]).toMatch(/^\d+,\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \+08:00,/);
});

test("the CSV export and the admin pages refuse everyone but administrators", async ({ browser, db }) => {
  const clerk = await createUser(db, {
    role: "CLERK",
    stationId: (await db.user.findUniqueOrThrow({ where: { username: "clerk" } })).stationId!,
  });
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await signInProgrammatically(page.request, clerk);
  expect((await page.request.get("/admin/audit/export")).status()).toBe(403);
  for (const path of ["/admin/users", "/admin/units", "/admin/audit", "/admin/users/new"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
  }
  await ctx.close();
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get("/admin/audit/export")).status()).toBe(401);
  await anonymous.close();
});

test("units: the tree expands by level, a unit is renamed (audited), pages pass axe and fit a phone", async ({ page, db }) => {
  await signInWithForm(page, "admin", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/units");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("辖区单位");
  const chenzhou = page.getByTestId("unit-chenzhou");
  await expect(chenzhou).toContainText("郴州市");
  await expect(chenzhou).toContainText("政策代码：chenzhou");
  expect(await violations(page)).toEqual([]);
  await page.screenshot({ path: screenshotPath("admin-units"), fullPage: true });
  await fitsPhone(page, "admin-units");
  await page.getByRole("link", { name: "派出所", exact: true }).click();
  await expect(page).toHaveURL(/level=STATION/);
  const station = (await db.user.findUniqueOrThrow({ where: { username: "clerk" }, include: { station: true } })).station!;
  await expect(page.getByTestId(`unit-${station.code}`)).toBeVisible();
  await page
    .getByTestId(`unit-${station.code}`)
    .getByRole("link", { name: `修改 ${station.name}` })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`修改单位：${station.name}`);
  expect(await violations(page)).toEqual([]);
  await page.getByLabel("名称", { exact: true }).fill("");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("请填写单位名称");
  await page.getByLabel("名称", { exact: true }).fill(`${station.name}`);
  await page.getByLabel("英文名称").fill("Renamed Station (e2e)");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("status")).toHaveText("已保存单位信息。");
  expect(await db.auditEvent.count({ where: { action: "admin.unit-update", entityId: station.id } })).toBeGreaterThan(0);
});
