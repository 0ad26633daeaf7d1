import type { APIRequestContext, Page } from "@playwright/test";
import { createSubmittedCase, createUser, demoStations, DEMO_PASSWORD, expect, signInProgrammatically, test } from "../fixtures";

test("an applicant is refused the clerk area with 403", async ({ page, db }) => {
  const applicant = await createUser(db, { role: "APPLICANT" });
  await signInProgrammatically(page.request, applicant);
  const response = await page.goto("/workbench");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
  await expect(page.getByText("本所待办队列")).toHaveCount(0);
});

test("an applicant is refused the supervisor and admin areas", async ({ page, db }) => {
  const applicant = await createUser(db, { role: "APPLICANT" });
  await signInProgrammatically(page.request, applicant);
  for (const path of ["/supervision", "/admin"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
  }
});

test("a signed-out visitor is sent to sign in, and comes back after", async ({ page }) => {
  await page.goto("/workbench");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fworkbench/);
  await page.getByLabel("用户名").fill("clerk");
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/workbench$/);
});

/** The server action's id, read from the form a clerk is shown (what a browser would post). */
async function takeActionFields(page: Page, applicationNumber: string) {
  const form = page.getByTestId(`case-${applicationNumber}`).locator("form");
  const names = await form
    .locator("input[type=hidden]")
    .evaluateAll((inputs) => inputs.map((i) => [(i as HTMLInputElement).name, (i as HTMLInputElement).value] as const));
  return Object.fromEntries(names) as Record<string, string>;
}

/** Posts the form as a browser without JavaScript would (browsers send Origin on a POST). */
async function postAction(request: APIRequestContext, fields: Record<string, string>) {
  const origin = new URL(process.env.E2E_BASE_URL ?? "http://127.0.0.1:3100").origin;
  return request.post("/workbench", { multipart: fields, maxRedirects: 0, headers: { Origin: origin } });
}

test("the clerk-only take-case action refuses an applicant's session and changes nothing", async ({ browser, db }) => {
  const { clerkStationId } = await demoStations(db);
  const owner = await createUser(db, { role: "APPLICANT" });
  const victim = await createSubmittedCase(db, { stationId: clerkStationId, applicant: owner });
  const control = await createSubmittedCase(db, { stationId: clerkStationId, applicant: owner });
  const clerk = await createUser(db, { role: "CLERK", stationId: clerkStationId });

  const clerkContext = await browser.newContext();
  const clerkPage = await clerkContext.newPage();
  await signInProgrammatically(clerkPage.request, clerk);
  await clerkPage.goto("/workbench");
  const fields = await takeActionFields(clerkPage, victim.number);
  expect(Object.keys(fields).some((k) => k.startsWith("$ACTION_ID_"))).toBe(true);
  expect(fields.applicationId).toBe(victim.id);

  // The applicant posts exactly what the clerk's form would post.
  const applicant = await createUser(db, { role: "APPLICANT" });
  const applicantContext = await browser.newContext();
  await signInProgrammatically(applicantContext.request, applicant);
  const refused = await postAction(applicantContext.request, fields);
  expect(refused.status()).toBe(303);
  expect(refused.headers()["location"]).toBe("/workbench?error=FORBIDDEN");
  const unchanged = await db.application.findUniqueOrThrow({ where: { id: victim.id } });
  expect(unchanged.status).toBe("SUBMITTED");
  expect(unchanged.version).toBe(victim.version);
  expect(unchanged.assigneeId).toBeNull();
  expect(await db.caseEvent.count({ where: { applicationId: victim.id } })).toBe(0);
  expect(await db.auditEvent.count({ where: { entityId: victim.id } })).toBe(0);
  // Following the refusal, the applicant lands on the workbench's 403.
  const page = await applicantContext.newPage();
  expect((await page.goto(refused.headers()["location"]))?.status()).toBe(403);

  // Signed out: refused too.
  const anonymous = await browser.newContext();
  const signedOut = await postAction(anonymous.request, fields);
  expect(signedOut.status()).toBe(303);
  expect(signedOut.headers()["location"]).toMatch(/^\/signin\?callbackUrl=/);

  // Control: the same request with the clerk's session does change the case, so the refusals
  // above are refusals, not a malformed request.
  const controlFields = { ...fields, applicationId: control.id, version: String(control.version) };
  const accepted = await postAction(clerkContext.request, controlFields);
  expect(accepted.status()).toBe(303);
  expect(accepted.headers()["location"]).toBe(`/workbench?taken=${control.number}`);
  expect((await db.application.findUniqueOrThrow({ where: { id: control.id } })).status).toBe("IN_REVIEW");

  await Promise.all([clerkContext.close(), applicantContext.close(), anonymous.close()]);
});

test("a clerk of station B cannot take a case of station A: not found, nothing changes", async ({ browser, db }) => {
  const { clerkStationId, otherStationId } = await demoStations(db);
  const owner = await createUser(db, { role: "APPLICANT" });
  const caseA = await createSubmittedCase(db, { stationId: clerkStationId, applicant: owner });
  const caseB = await createSubmittedCase(db, { stationId: otherStationId, applicant: owner });
  const clerkB = await createUser(db, { role: "CLERK", stationId: otherStationId });

  const context = await browser.newContext();
  const page = await context.newPage();
  await signInProgrammatically(page.request, clerkB);
  await page.goto("/workbench");
  const fields = await takeActionFields(page, caseB.number);
  const response = await postAction(context.request, { ...fields, applicationId: caseA.id, version: String(caseA.version) });
  expect(response.status()).toBe(303);
  expect(response.headers()["location"]).toContain("error=NOT_FOUND");
  const unchanged = await db.application.findUniqueOrThrow({ where: { id: caseA.id } });
  expect(unchanged.status).toBe("SUBMITTED");
  expect(unchanged.version).toBe(caseA.version);
  await context.close();
});

test("a stale version is refused: two clerks cannot both take the same case", async ({ browser, db }) => {
  const { clerkStationId } = await demoStations(db);
  const owner = await createUser(db, { role: "APPLICANT" });
  const app = await createSubmittedCase(db, { stationId: clerkStationId, applicant: owner });
  const first = await createUser(db, { role: "CLERK", stationId: clerkStationId });
  const second = await createUser(db, { role: "CLERK", stationId: clerkStationId });
  const c1 = await browser.newContext();
  const c2 = await browser.newContext();
  const p1 = await c1.newPage();
  const p2 = await c2.newPage();
  await signInProgrammatically(p1.request, first);
  await signInProgrammatically(p2.request, second);
  await p1.goto("/workbench");
  await p2.goto("/workbench");
  const f1 = await takeActionFields(p1, app.number);
  const f2 = await takeActionFields(p2, app.number);
  expect((await postAction(c1.request, f1)).headers()["location"]).toContain("taken=");
  const late = await postAction(c2.request, f2);
  expect(late.headers()["location"]).toMatch(/error=(STALE|INVALID_STATE)/);
  const after = await db.application.findUniqueOrThrow({ where: { id: app.id } });
  expect(after.assigneeId).toBe(first.id);
  expect(await db.caseEvent.count({ where: { applicationId: app.id } })).toBe(1);
  await Promise.all([c1.close(), c2.close()]);
});
