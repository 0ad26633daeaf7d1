// A refusal is a written decision (行政许可法 第三十八条): the clerk refuses a case the engine found
// eligible (so the clause is not pre-filled, a written reason is required and the case is marked for the
// supervisor); the applicant sees the 不予许可决定书, downloads it, reads the appeal rights and follows
// the next step (a 居住证 application for the same place); anyone verifies the decision by its code.
import fs from "node:fs/promises";
import { createUser, demoStations, expect, screenshotPath, signInProgrammatically, test } from "../fixtures";
import { createSettlementCase } from "./casework-helpers";

test("the clerk refuses; the applicant gets the 不予许可决定书, the appeal rights and the next step", async ({ browser, db }) => {
  // Three browser contexts (clerk, applicant, anyone) and a download: more than the default 30 s on a busy machine.
  test.setTimeout(120_000);
  const { clerkStationId } = await demoStations(db);
  const applicant = await createUser(db, { role: "APPLICANT" });
  const clerk = await createUser(db, { role: "CLERK", stationId: clerkStationId });
  const app = await createSettlementCase(db, { stationId: clerkStationId, applicant, status: "IN_REVIEW", assigneeId: clerk.id });
  // The place the applicant chose (the station's own unit), as /apply/new records it.
  const station = await db.jurisdiction.findUniqueOrThrow({ where: { id: clerkStationId } });
  await db.application.update({ where: { id: app.id }, data: { targetUnitId: station.parentId } });

  const clerkContext = await browser.newContext();
  const page = await clerkContext.newPage();
  await signInProgrammatically(page.request, clerk);
  await page.goto(`/workbench/cases/${app.id}`);
  const form = page.locator("form", { has: page.getByRole("heading", { name: "不予批准" }) });
  // The engine found the applicant eligible: the met clause is not offered as the refusal's basis.
  await expect(form.getByTestId("refuse-against-engine")).toContainText("系统判断申请人已满足");
  await expect(form.getByLabel("依据条款（申请人可见）")).toHaveValue("");
  await form.getByRole("button", { name: "不予批准" }).click();
  // Each problem names its field and what to do.
  await expect(form.getByRole("alert")).toContainText("请写明不予批准的理由");
  await expect(form.getByRole("alert")).toContainText("请填写不予批准所依据的条款");
  await form.getByLabel("不予批准的理由（申请人可见）").fill("经向社保机构核实，所提交的社会保险缴费记录不属实");
  await form.getByLabel("依据条款（申请人可见）").fill("郴政发〔2016〕1号 三(一)");
  await form.getByRole("button", { name: "不予批准" }).click();
  await expect(page.getByText("已作出不予批准决定")).toBeVisible();
  await expect(page.getByText("不按系统判断不予批准")).toBeVisible();
  await expect(page.getByText("不予许可决定书")).toBeVisible();
  const row = await db.application.findUniqueOrThrow({ where: { id: app.id }, include: { certificates: true } });
  expect(row).toMatchObject({ status: "REJECTED", againstEngine: true });
  expect(row.certificates.map((c) => c.kind)).toEqual(["REFUSAL_DECISION"]);
  const code = row.certificates[0]!.code;
  await clerkContext.close();

  const applicantContext = await browser.newContext({ viewport: { width: 390, height: 844 }, acceptDownloads: true });
  const mine = await applicantContext.newPage();
  await signInProgrammatically(mine.request, applicant);
  // The inbox names the decision document and the appeal rights.
  await mine.goto("/me/inbox");
  await expect(mine.getByTestId("notice-details").first()).toContainText(code);
  await expect(mine.getByTestId("notice-details").first()).toContainText("申请行政复议");

  await mine.goto(`/me/cases/${app.id}`);
  const decision = mine.getByTestId("decision");
  await expect(decision).toContainText("申请未获批准");
  await expect(decision).toContainText("经向社保机构核实");
  await expect(decision).toContainText(code);
  const appeal = mine.getByTestId("appeal-rights");
  await expect(appeal).toContainText("六十日内");
  await expect(appeal).toContainText("申请行政复议");
  await expect(appeal).toContainText("六个月内向人民法院提起行政诉讼");
  const next = mine.getByTestId("next-step").getByRole("link", { name: "申领居住证" });
  await expect(next).toHaveAttribute("href", /^\/apply\/new\?kind=residence_permit&jurisdiction=chenzhou&unit=/);
  await mine.screenshot({ path: screenshotPath("refusal-applicant-390"), fullPage: true });

  const [download] = await Promise.all([
    mine.waitForEvent("download"),
    decision.getByRole("link", { name: /下载 不予许可决定书/ }).click(),
  ]);
  expect(download.suggestedFilename()).toContain(code);
  const bytes = await fs.readFile((await download.path())!);
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");

  // The next step starts a 居住证 application for the same place, with the answers already given.
  await next.click();
  await expect(mine.getByRole("heading", { level: 1 })).toContainText("开始申请：居住证申领");
  await expect(mine.getByText("已带入您在自助测评中填写的情况")).toBeVisible();
  await expect(mine.getByText("链接中的测评信息无法读取")).toHaveCount(0);
  await applicantContext.close();

  // Anyone: /verify finds the decision, the holder masked.
  const anyone = await browser.newPage();
  await anyone.goto(`/verify/${code}`);
  await expect(anyone.getByText("真实有效")).toBeVisible();
  await expect(anyone.getByText("不予许可决定书")).toBeVisible();
  await expect(anyone.getByText("测试申请人")).toHaveCount(0);
  await anyone.close();
});
