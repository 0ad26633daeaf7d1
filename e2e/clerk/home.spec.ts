import { createSubmittedCase, createUser, demoStations, DEMO_PASSWORD, expect, screenshotPath, signInWithForm, test } from "../fixtures";

test("a clerk signs in and sees the station queue", async ({ page }) => {
  await signInWithForm(page, "clerk", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/workbench$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("户籍民警工作台");
  await expect(page.getByRole("heading", { name: "本所待办队列" })).toBeVisible();
  await page.screenshot({ path: screenshotPath("clerk-home"), fullPage: true });
});

test("a clerk accepts a submitted case: status, case event and audit row change together", async ({ page, db }) => {
  const { clerkStationId } = await demoStations(db);
  const applicant = await createUser(db, { role: "APPLICANT" });
  const app = await createSubmittedCase(db, { stationId: clerkStationId, applicant });
  await signInWithForm(page, "clerk", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/workbench$/);
  const row = page.getByTestId(`case-${app.number}`);
  await row.getByRole("button", { name: "受理并开始审核" }).click();
  await expect(page.getByRole("status")).toHaveText(`已受理申请 ${app.number}，现由您承办。`);
  const after = await db.application.findUniqueOrThrow({ where: { id: app.id } });
  expect(after.status).toBe("IN_REVIEW");
  expect(after.version).toBe(app.version + 1);
  const clerk = await db.user.findUniqueOrThrow({ where: { username: "clerk" } });
  expect(after.assigneeId).toBe(clerk.id);
  expect(await db.caseEvent.count({ where: { applicationId: app.id, toStatus: "IN_REVIEW", actorId: clerk.id } })).toBe(1);
  expect(await db.auditEvent.count({ where: { entityId: app.id, action: "application.take", actorId: clerk.id } })).toBe(1);
});

test("a per-test clerk of another station does not see the demo station's case", async ({ page, db }) => {
  const { clerkStationId, otherStationId } = await demoStations(db);
  const applicant = await createUser(db, { role: "APPLICANT" });
  const app = await createSubmittedCase(db, { stationId: clerkStationId, applicant });
  const otherClerk = await createUser(db, { role: "CLERK", stationId: otherStationId });
  await signInWithForm(page, otherClerk.username, otherClerk.password);
  await expect(page).toHaveURL(/\/workbench$/);
  await expect(page.getByTestId(`case-${app.number}`)).toHaveCount(0);
});
