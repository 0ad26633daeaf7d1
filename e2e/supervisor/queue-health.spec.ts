// The supervisor's queue health: per-station rows (stations with nothing open listed too), a figure
// that opens the cases behind it, 督办 with a note and reassignment from the case screen, and the
// clerk seeing the note on the case and in the queue. Desktop and 390 px phone screenshots.
import { createUser, demoStations, DEMO_PASSWORD, expect, screenshotPath, signInProgrammatically, signInWithForm, test } from "../fixtures";
import { createSettlementCase } from "../clerk/casework-helpers";

async function noSidewaysScroll(page: import("@playwright/test").Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}

test("a supervisor opens an overdue figure, flags the case and reassigns it; the clerk sees the flag", async ({ page, db }) => {
  // Many steps and screenshots: on a loaded two-core machine 30 s was not enough.
  test.setTimeout(120_000);
  const { clerkStationId } = await demoStations(db);
  const station = await db.jurisdiction.findUniqueOrThrow({ where: { id: clerkStationId } });
  const quiet = await db.jurisdiction.findUniqueOrThrow({ where: { code: "chenzhou-beihu-yanquan-ps" } });
  const clerkA = await createUser(db, { role: "CLERK", stationId: clerkStationId });
  const clerkB = await createUser(db, { role: "CLERK", stationId: clerkStationId });
  // Two officers of the same name ("测试CLERK"): their 警号 tell them apart.
  const badgeA = String(700000 + Math.floor(Math.random() * 49999));
  const badgeB = String(750000 + Math.floor(Math.random() * 49999));
  await db.user.update({ where: { id: clerkA.id }, data: { badgeNumber: badgeA } });
  await db.user.update({ where: { id: clerkB.id }, data: { badgeNumber: badgeB } });
  const applicant = await createUser(db, { role: "APPLICANT" });
  const app = await createSettlementCase(db, { stationId: clerkStationId, applicant, status: "IN_REVIEW", assigneeId: clerkA.id });
  // Submitted six weeks ago; its legal deadline passed yesterday.
  const weeksAgo = new Date(Date.now() - 42 * 86_400_000);
  await db.application.update({
    where: { id: app.id },
    data: { submittedAt: weeksAgo, clockStartedAt: weeksAgo, dueAt: new Date(Date.now() - 86_400_000) },
  });

  await signInWithForm(page, "supervisor", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/supervision$/);
  const row = page.getByTestId(`station-${station.id}`);
  await expect(row).toContainText("人民路派出所");
  // A station with nothing open is listed all the same.
  await expect(page.getByTestId(`station-${quiet.id}`)).toContainText("燕泉派出所");
  await expect(page.getByTestId("total-row")).toBeVisible();
  // The period form is a plain GET form.
  await page.getByRole("combobox", { name: /^期间/ }).selectOption("year");
  await page.getByRole("button", { name: "查看" }).click();
  await expect(page).toHaveURL(/period=year/);
  await page.screenshot({ path: screenshotPath("supervisor-queue-health"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: screenshotPath("supervisor-queue-health-phone"), fullPage: true });
  await noSidewaysScroll(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  await row.locator('a[data-figure="overdue"]').click();
  await expect(page).toHaveURL(new RegExp(`/supervision/cases\\?unit=${station.id}&overdue=1`));
  await expect(page.getByTestId("list-showing")).toContainText("人民路派出所 · 超期未办结");
  const listed = page.getByTestId(`case-${app.number}`);
  await expect(listed).toBeVisible();
  // Masked: the applicant's name and ID number never appear in full.
  const person = await db.person.findUniqueOrThrow({ where: { id: applicant.personId! } });
  await expect(page.getByText(person.citizenId)).toHaveCount(0);
  await expect(listed).toContainText("测****");
  await page.screenshot({ path: screenshotPath("supervisor-cases"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByTestId(`card-${app.number}`)).toBeVisible();
  await page.screenshot({ path: screenshotPath("supervisor-cases-phone"), fullPage: true });
  await noSidewaysScroll(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole("link", { name: `查看并督办申请 ${app.number}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(app.number);
  await page.getByLabel("督办意见").fill("已超期，请今日内办结并报告。");
  await page.getByRole("button", { name: "督办", exact: true }).click();
  await expect(page.getByRole("status").first()).toContainText(`已督办申请 ${app.number}`);
  await expect(page.getByTestId("flag-note")).toContainText("已超期，请今日内办结并报告。");
  expect(await db.auditEvent.count({ where: { action: "application.flag", entityId: app.id } })).toBe(1);

  await expect(page.getByText(`测试CLERK（警号 ${badgeA}）`)).toBeVisible();
  await expect(page.getByLabel("改派给").locator(`option[value="${clerkB.id}"]`)).toHaveText(`测试CLERK（警号 ${badgeB}）`);
  await expect(page.getByLabel("改派给").locator(`option[value="${clerkA.id}"]`)).toHaveCount(0);
  await page.getByLabel("改派给").selectOption(clerkB.id);
  await page.getByRole("button", { name: "改派", exact: true }).click();
  await expect(page.getByRole("status").first()).toContainText(`已改派申请 ${app.number}`);
  await expect(page.getByText(`测试CLERK（警号 ${badgeB}）`).first()).toBeVisible();
  expect(await db.application.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({
    assigneeId: clerkB.id,
    flagNote: "已超期，请今日内办结并报告。",
    version: 3,
  });
  await page.screenshot({ path: screenshotPath("supervisor-flagged-case"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: screenshotPath("supervisor-flagged-case-phone"), fullPage: true });
  await noSidewaysScroll(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  // The clerk now handling it sees the note on the case and in the queue.
  await page.context().clearCookies();
  await signInProgrammatically(page.request, clerkB);
  await page.goto(`/workbench/cases/${app.id}`);
  await expect(page.getByTestId("flag-note")).toContainText("已超期，请今日内办结并报告。");
  await expect(page.getByRole("button", { name: "督办", exact: true })).toHaveCount(0);
  await page.goto("/workbench?overdue=1");
  await expect(page.getByTestId(`case-${app.number}`)).toContainText("督办意见");
  await expect(page.getByTestId(`case-${app.number}`)).toContainText("已超期，请今日内办结并报告。");
  await page.screenshot({ path: screenshotPath("clerk-queue-flag"), fullPage: true });
});

test("the exports are CSV with a BOM; another county's unit is not found; a clerk cannot open the supervision list", async ({
  page,
  db,
}) => {
  await signInWithForm(page, "supervisor", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/supervision$/);
  const stations = await page.request.get("/supervision/export?period=year");
  expect(stations.status()).toBe(200);
  expect(stations.headers()["content-type"]).toContain("text/csv");
  const body = await stations.body();
  expect(body.subarray(0, 3).toString("hex")).toBe("efbbbf");
  expect(body.toString("utf8")).toContain("人民路派出所");
  const cases = await page.request.get("/supervision/cases/export?overdue=1");
  expect(cases.status()).toBe(200);
  expect((await cases.body()).toString("utf8")).toContain("申请编号");
  const { otherStationId } = await demoStations(db);
  expect((await page.request.get(`/supervision/cases?unit=${otherStationId}`)).status()).toBe(404);
  expect((await page.request.get(`/supervision/cases/export?unit=${otherStationId}`)).status()).toBe(404);

  await page.context().clearCookies();
  const clerk = await createUser(db, { role: "CLERK", stationId: (await demoStations(db)).clerkStationId });
  await signInProgrammatically(page.request, clerk);
  expect((await page.request.get("/supervision/cases")).status()).toBe(403);
  expect((await page.request.get("/supervision/export")).status()).toBe(403);
});

test("no reassign drop-down when nobody else at the station can take the case", async ({ page, db }) => {
  test.setTimeout(90_000);
  const supervisor = await db.user.findUniqueOrThrow({ where: { username: "supervisor" }, include: { jurisdiction: true } });
  const stations = await db.jurisdiction.findMany({
    where: { level: "STATION", path: { startsWith: supervisor.jurisdiction!.path } },
    include: { stationUsers: { where: { role: "CLERK", active: true }, select: { id: true } } },
  });
  const lonely = stations.find((s) => s.stationUsers.length === 1 && s.code !== "chenzhou-beihu-renminlu-ps")!;
  expect(lonely, "a 郴州 station with one officer").toBeTruthy();
  const applicant = await createUser(db, { role: "APPLICANT" });
  const app = await createSettlementCase(db, {
    stationId: lonely.id,
    applicant,
    status: "IN_REVIEW",
    assigneeId: lonely.stationUsers[0]!.id,
  });
  await signInWithForm(page, "supervisor", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/supervision$/);
  await page.goto(`/workbench/cases/${app.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(app.number);
  await expect(page.getByTestId("reassign-nobody")).toHaveText("本所没有其他可承办此案的民警，无法改派。");
  await expect(page.getByLabel("改派给")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "改派", exact: true })).toHaveCount(0);
});
