// 好差评 seen by staff (issue 15 item 14): an applicant's poor rating opens a follow-up the 郴州 supervisor
// sees on /supervision with its deadline and closes with a note; the clerk sees the rating on the case
// screen; the supervisor downloads the case's certificate (item 15, audited) and is offered no 黔南
// assessment (item 19). The landing page sends signed-in staff to their own home, never to 在线申请.
import { request as playwrightRequest } from "@playwright/test";
import { createUser, expect, screenshotPath, signInProgrammatically, test } from "../fixtures";
import { buildCase } from "../applicant/follow-helpers";
import { issueCertificate } from "../../lib/certificates/issue";

test.describe.configure({ timeout: 180_000 });

async function noHorizontalOverflow(page: import("@playwright/test").Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth), "page wider than 390 px").toBeLessThanOrEqual(390);
}

test("a poor rating reaches the clerk's case screen and the supervisor, who closes its follow-up with a note", async ({
  page,
  browser,
  db,
}) => {
  const applicant = await createUser(db, { role: "APPLICANT" });
  const { app, station, clerk } = await buildCase(db, {
    applicant,
    status: "APPROVED",
    decision: { reason: "符合合法稳定就业落户条件", clause: "郴政发〔2016〕1号 三(一)" },
  });
  const certificate = await db.$transaction((tx) =>
    issueCertificate({
      tx,
      actorId: clerk.id,
      kind: "SETTLEMENT_NOTICE",
      applicationId: app.id,
      permitId: null,
      holderId: applicant.personId!,
      stationId: station.id,
      issuedOn: new Date(),
      data: {
        address: "湖南省郴州市北湖区人民西路 18 号",
        householdNumber: "431002000999",
        decisionDate: "2026-12-01",
        clause: "郴政发〔2016〕1号 三(一)",
        applicationNumber: app.number,
      },
    }),
  );

  // The applicant rates 1 with a comment.
  await signInProgrammatically(page.request, applicant);
  await page.goto(`/me/cases/${app.id}`);
  await page.getByLabel("意见和建议（选填）").fill("窗口让我来回跑了三趟");
  await page.getByLabel("1 分 · 非常不满意").check();
  await page.getByRole("button", { name: "提交评价" }).click();
  await expect(page.getByTestId("rating")).toContainText("1 分");
  const followUp = await db.ratingFollowUp.findFirstOrThrow({ where: { rating: { applicationId: app.id } } });
  expect(followUp.status).toBe("OPEN");
  const due = followUp.dueOn.toISOString().slice(0, 10);

  // The station's clerk sees the score, the comment and the open follow-up on the case screen.
  const clerkContext = await browser.newContext();
  const clerkPage = await clerkContext.newPage();
  const officer = await createUser(db, { role: "CLERK", stationId: station.id });
  await signInProgrammatically(clerkPage.request, officer);
  await clerkPage.goto(`/workbench/cases/${app.id}`);
  const card = clerkPage.getByTestId("case-rating");
  await expect(card).toContainText("1 分 · 非常不满意");
  await expect(card).toContainText("窗口让我来回跑了三趟");
  await expect(card).toContainText(`差评整改回访进行中，期限 ${due}`);
  await clerkPage.screenshot({ path: screenshotPath("ratings-clerk-case"), fullPage: true });

  // The landing page, signed in as that clerk: their own workbench, no 在线申请 (which would be a 403).
  await clerkPage.goto("/");
  const hero = clerkPage.locator("main section").first();
  await expect(hero.getByRole("link", { name: "在线申请" })).toHaveCount(0);
  await expect(hero.getByRole("link", { name: "进入户籍工作台" })).toHaveAttribute("href", "/workbench");
  await clerkPage.screenshot({ path: screenshotPath("ratings-landing-clerk") });
  await clerkPage.setViewportSize({ width: 390, height: 844 });
  await clerkPage.reload();
  await noHorizontalOverflow(clerkPage);
  await clerkPage.screenshot({ path: screenshotPath("ratings-landing-clerk-390"), fullPage: true });
  await clerkPage.getByRole("link", { name: "进入户籍工作台" }).click();
  await expect(clerkPage).toHaveURL(/\/workbench$/);
  await clerkContext.close();

  // The 郴州 supervisor: the follow-up with its deadline, the ratings per station, no 黔南 tab.
  await page.context().clearCookies();
  const supervisor = await createUser(db, { role: "SUPERVISOR", jurisdictionCode: "chenzhou" });
  await signInProgrammatically(page.request, supervisor);
  await page.goto("/supervision");
  const nav = page.getByRole("navigation", { name: "督办与改革指标页面" });
  await expect(nav.getByRole("link", { name: "改革指标", exact: true })).toBeVisible();
  await expect(nav.getByRole("link", { name: "黔南州县（市）考评" })).toHaveCount(0);
  const item = page.getByTestId(`follow-up-${app.number}`);
  await expect(item).toContainText("1 分 · 非常不满意");
  await expect(item).toContainText("窗口让我来回跑了三趟");
  await expect(item).toContainText(`回访期限：${due}`);
  await expect(page.getByTestId(`station-${station.id}`).locator('[data-figure="ratings"]')).not.toHaveText("0");
  await page.screenshot({ path: screenshotPath("ratings-supervision"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await noHorizontalOverflow(page);
  await page.screenshot({ path: screenshotPath("ratings-supervision-390"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  await item.getByLabel("核实整改情况").fill("已电话回访申请人，核实窗口一次性告知不到位，已对窗口民警进行提醒");
  await item.getByRole("button", { name: "办结回访" }).click();
  await expect(page.getByRole("status").filter({ hasText: `已办结 ${app.number} 的差评回访` })).toBeVisible();
  await expect(page.getByTestId(`follow-up-${app.number}`)).toHaveCount(0);
  await expect(page.locator("#follow-ups-closed").locator("..")).toContainText("已电话回访申请人");
  const closed = await db.ratingFollowUp.findUniqueOrThrow({ where: { id: followUp.id } });
  expect(closed).toMatchObject({ status: "CLOSED", closedById: supervisor.id });
  expect(await db.auditEvent.count({ where: { action: "rating.follow-up.close", entityId: followUp.id, actorId: supervisor.id } })).toBe(1);

  // The case screen as the supervisor: the certificate link downloads the PDF, and the download is audited.
  await page.goto(`/workbench/cases/${app.id}`);
  await expect(page.locator(`a[href="/certificates/${certificate.id}"]`)).toHaveText("下载");
  const pdf = await page.request.get(`/certificates/${certificate.id}`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(await db.auditEvent.count({ where: { action: "certificate.download", entityId: certificate.id, actorId: supervisor.id } })).toBe(
    1,
  );
  await expect(page.getByTestId("case-rating")).toContainText("差评已回访");
});

test("the demo cases' documents open: every document of the seeded 郴州 cases is served", async ({ page, db }) => {
  // The demo applicants' cases (applicant-NN, resident): the documents the seed created, not the tests'.
  const chenzhou = await db.jurisdiction.findUniqueOrThrow({ where: { code: "chenzhou" } });
  const docs = await db.document.findMany({
    // Submitted cases only: a draft's files are the applicant's alone (decision record 0262).
    where: {
      application: {
        status: { not: "DRAFT" },
        station: { path: { startsWith: chenzhou.path } },
        applicantUser: { OR: [{ username: { startsWith: "applicant-" } }, { username: "resident" }] },
      },
    },
    select: { id: true, fileName: true, mediaType: true, applicationId: true, application: { select: { stationId: true } } },
  });
  expect(docs.length, "seeded 郴州 documents").toBeGreaterThan(5);
  // The files are the station's officers' to open (a supervisor opens none: decision record 0262).
  const failed: string[] = [];
  for (const stationId of new Set(docs.map((d) => d.application.stationId))) {
    const context = await playwrightRequest.newContext({ baseURL: process.env.E2E_BASE_URL ?? "http://127.0.0.1:3100" });
    await signInProgrammatically(context, await createUser(db, { role: "CLERK", stationId }));
    for (const d of docs.filter((x) => x.application.stationId === stationId)) {
      const response = await context.get(`/documents/${d.id}`);
      if (response.status() !== 200 || response.headers()["content-type"] !== d.mediaType)
        failed.push(`${d.fileName} (${response.status()})`);
    }
    await context.dispose();
  }
  expect(failed).toEqual([]);
  const supervisor = await createUser(db, { role: "SUPERVISOR", jurisdictionCode: "chenzhou" });
  await signInProgrammatically(page.request, supervisor);
  expect((await page.request.get(`/documents/${docs[0]!.id}`)).status(), "a supervisor opens no uploaded file").toBe(404);
  await page.goto(`/workbench/cases/${docs[0]!.applicationId}`);
  await page.screenshot({ path: screenshotPath("ratings-seeded-documents"), fullPage: true });
});
