import AxeBuilder from "@axe-core/playwright";
import { createUser, expect, screenshotPath, signInProgrammatically, test } from "../fixtures";
import { buildCase, tinyPng } from "./follow-helpers";

// Screenshots and axe runs are slow on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
async function axe(page: import("@playwright/test").Page) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
async function noHorizontalOverflow(page: import("@playwright/test").Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}

test("the applicant follows a submitted case: timeline by station, deadline, facts, engine answer", async ({ page, db }) => {
  const applicant = await createUser(db, { role: "APPLICANT" });
  const { app, clerk, station } = await buildCase(db, { applicant, status: "SUBMITTED" });
  await signInProgrammatically(page.request, applicant);
  await page.goto(`/me/cases/${app.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(app.number);
  await expect(page.getByTestId("timeline")).toContainText("已提交");
  await expect(page.getByTestId("timeline")).toContainText("您本人");
  await expect(page.getByTestId("case-clock")).toContainText(/剩余 \d+ 个工作日/);
  await expect(page.getByTestId("case-clock")).toContainText(/应于 .+ 前办结/);
  await expect(page.locator("main")).toContainText(station.name);
  await expect(page.locator("main")).toContainText("郴政发〔2016〕1号 三(一)");
  // The facts in words, as the officer reads them (one row per answer).
  await expect(page.getByTestId("facts-view")).toContainText("租赁住房");
  await expect(page.getByTestId("facts-view")).toContainText("14 个月");
  await expect(page.locator("body")).not.toContainText(clerk.displayName);
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: screenshotPath("follow-case-submitted"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await noHorizontalOverflow(page);
  await page.screenshot({ path: screenshotPath("follow-case-submitted-phone"), fullPage: true });
});

test("the applicant answers a 补正 request: every item shown, missing files listed, then back to review", async ({ page, db }) => {
  const applicant = await createUser(db, { role: "APPLICANT" });
  const { app, clerk } = await buildCase(db, { applicant, status: "NEEDS_MATERIALS" });
  await signInProgrammatically(page.request, applicant);
  await page.goto(`/me/cases/${app.id}`);
  await expect(page.getByTestId("case-clock")).toContainText("时限暂停计算");
  for (const text of ["房屋租赁合同", "本人近期正面免冠相片", "租赁合同缺少第二页", "照片不清晰", "请说明与配偶的共同居住情况"])
    await expect(page.locator("#materials")).toContainText(text);
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: screenshotPath("follow-case-materials"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await noHorizontalOverflow(page);
  await page.screenshot({ path: screenshotPath("follow-case-materials-phone"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  // Nothing uploaded: both named items are listed at once.
  await page.getByRole("button", { name: "上传并提交补正" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "请先更正以下问题" });
  await expect(summary).toContainText("房屋租赁合同");
  await expect(summary).toContainText("本人近期正面免冠相片");

  const png = { mimeType: "image/png", buffer: Buffer.from(tinyPng()) };
  await page.locator("#file-lease").setInputFiles({ name: "lease.png", ...png });
  await page.locator("#file-photo").setInputFiles({ name: "photo.png", ...png });
  await page.locator("#answer-note").fill("已补齐两份材料");
  await page.getByRole("button", { name: "上传并提交补正" }).click();
  await expect(page.getByRole("status")).toContainText("补正材料已提交");
  await expect(page.locator("main")).toContainText("审核中");
  const after = await db.application.findUniqueOrThrow({ where: { id: app.id } });
  expect(after.status).toBe("IN_REVIEW");
  expect(after.clockPausedAt).toBeNull();
  expect(await db.notice.count({ where: { userId: clerk.id, applicationId: app.id, kind: "materials_answered" } })).toBe(1);
  await expect(page.getByTestId("documents")).toContainText("lease.png");
});

test("the applicant withdraws a case after confirming, with a reason", async ({ page, db }) => {
  const applicant = await createUser(db, { role: "APPLICANT" });
  const { app } = await buildCase(db, { applicant, status: "SUBMITTED" });
  await signInProgrammatically(page.request, applicant);
  await page.goto(`/me/cases/${app.id}`);
  await page.getByRole("link", { name: "撤回申请…" }).click();
  await page.getByRole("button", { name: "确认撤回" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "请填写撤回原因" })).toBeVisible();
  await page.getByLabel("撤回原因").fill("信息填写有误，准备重新申请");
  await page.getByRole("button", { name: "确认撤回" }).click();
  await expect(page.getByRole("status")).toContainText("申请已撤回");
  await expect(page.getByTestId("decision")).toContainText("申请已撤回");
  expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("WITHDRAWN");
  // Not "已办结，用时 0 个工作日": nothing was decided. And the inbox confirms it.
  await expect(page.getByTestId("case-clock")).toHaveText("申请已撤回，办理时限不再计算。");
  await page.getByTestId("inbox-link").click();
  await expect(page.getByTestId("inbox")).toContainText(`您已撤回申请 ${app.number}`);
  await expect(page.getByTestId("inbox")).toContainText("理由：信息填写有误，准备重新申请");
});

test("the applicant sees the decision with its reason, clause and certificate, and rates the service once", async ({ page, db }) => {
  const applicant = await createUser(db, { role: "APPLICANT" });
  const { app, station } = await buildCase(db, {
    applicant,
    status: "APPROVED",
    decision: { reason: "符合合法稳定就业落户条件", clause: "郴政发〔2016〕1号 三(一)" },
  });
  const certificate = await db.certificate.create({
    data: {
      code: `E2E${Date.now().toString(36).toUpperCase()}`,
      kind: "SETTLEMENT_NOTICE",
      applicationId: app.id,
      holderId: applicant.personId!,
      stationId: station.id,
      issuedOn: new Date(),
      data: { number: app.number },
    },
  });
  await signInProgrammatically(page.request, applicant);
  await page.goto(`/me/cases/${app.id}`);
  const decision = page.getByTestId("decision");
  await expect(decision).toContainText("申请已批准");
  await expect(decision).toContainText("符合合法稳定就业落户条件");
  await expect(decision).toContainText("郴政发〔2016〕1号 三(一)");
  await expect(decision).toContainText(certificate.code);
  await expect(decision.getByRole("link", { name: /下载/ })).toHaveAttribute("href", `/certificates/${certificate.id}`);
  await expect(decision.getByTestId("verify-link")).toHaveAttribute("href", `/verify/${certificate.code}`);
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: screenshotPath("follow-case-approved"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await noHorizontalOverflow(page);
  await page.screenshot({ path: screenshotPath("follow-case-approved-phone"), fullPage: true });

  await page.getByRole("button", { name: "提交评价" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "请选择 1 到 5 分" })).toBeVisible();
  await page.getByLabel("意见和建议（选填）").fill("办事快，态度好");
  await page.getByLabel("5 分 · 非常满意").check();
  await page.getByRole("button", { name: "提交评价" }).click();
  await expect(page.getByTestId("rating")).toContainText("5 分");
  await expect(page.getByRole("button", { name: "提交评价" })).toHaveCount(0);
  expect(await db.rating.findUnique({ where: { applicationId: app.id } })).toMatchObject({ score: 5, comment: "办事快，态度好" });
});

test("another applicant gets 404 on the case page", async ({ page, db }) => {
  const owner = await createUser(db, { role: "APPLICANT" });
  const stranger = await createUser(db, { role: "APPLICANT" });
  const { app } = await buildCase(db, { applicant: owner, status: "SUBMITTED" });
  await signInProgrammatically(page.request, stranger);
  const response = await page.goto(`/me/cases/${app.id}`);
  expect(response?.status()).toBe(404);
  await expect(page.locator("body")).not.toContainText(app.number);
});
