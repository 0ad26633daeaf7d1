// What round two (issue 16; decision records 0260–0262) looks like, at 390 px and on a desktop: the
// password page that refused actions point to, the case screen of a clerk who does not hold the case,
// and a supervisor's view of a no-hukou case (files listed, not shown; personal facts masked).
import { createUser, demoStations, expect, screenshotPath, signInProgrammatically, test } from "../fixtures";
import { createSettlementCase } from "../clerk/casework-helpers";

test.describe.configure({ timeout: 120_000 });

const sizes = [
  { name: "390", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 800 },
];

test("the password page says an action was refused", async ({ page, db }) => {
  const user = await createUser(db, { role: "CLERK", stationId: (await demoStations(db)).clerkStationId });
  await db.user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
  await signInProgrammatically(page.request, user);
  await page.goto("/workbench");
  await expect(page).toHaveURL(/\/account\/password/);
  await page.goto("/account/password?refused=1");
  await expect(page.getByRole("alert").filter({ hasText: "刚才的操作没有执行" })).toBeVisible();
  for (const s of sizes) {
    await page.setViewportSize(s);
    await page.screenshot({ path: screenshotPath(`round-two-password-refused-${s.name}`), fullPage: true });
  }
});

test("a colleague's case: no decision forms, how to get it; a supervisor: files listed, facts masked, birth year only", async ({
  browser,
  db,
}) => {
  const { clerkStationId } = await demoStations(db);
  const applicant = await createUser(db, { role: "APPLICANT" });
  const holder = await createUser(db, { role: "CLERK", stationId: clerkStationId });
  const colleague = await createUser(db, { role: "CLERK", stationId: clerkStationId });
  const app = await createSettlementCase(db, { stationId: clerkStationId, applicant, status: "IN_REVIEW", assigneeId: holder.id });
  await db.application.update({
    where: { id: app.id },
    data: {
      kind: "NO_HUKOU_REGISTRATION",
      decisionSnapshot: undefined,
      formData: {
        person: {
          name: "李某",
          sex: "MALE",
          birthDate: "2001-03-04",
          relation: "CHILD",
          situation: "non_marital_birth",
          story: "母亲王某某未婚生育，一直未登记",
          address: "北湖区人民西路 12 号",
          placement: "new",
        },
      },
    },
  });
  const person = await db.person.findUniqueOrThrow({ where: { id: applicant.personId! } });
  const fullBirth = person.birthDate.toISOString().slice(0, 10);

  const clerkContext = await browser.newContext();
  const clerkPage = await clerkContext.newPage();
  await signInProgrammatically(clerkPage.request, colleague);
  await clerkPage.goto(`/workbench/cases/${app.id}`);
  await expect(clerkPage.getByTestId("not-holder")).toContainText("请所长改派给您");
  await expect(clerkPage.getByRole("button", { name: "批准并办理登记" })).toHaveCount(0);
  // L3: beside the masked number, the year of birth only.
  await expect(clerkPage.getByText(`${fullBirth.slice(0, 4)}年出生`).first()).toBeVisible();
  for (const s of sizes) {
    await clerkPage.setViewportSize(s);
    await clerkPage.screenshot({ path: screenshotPath(`round-two-not-holder-${s.name}`), fullPage: true });
  }
  await clerkContext.close();

  const supContext = await browser.newContext();
  const supPage = await supContext.newPage();
  await signInProgrammatically(supPage.request, await createUser(db, { role: "SUPERVISOR", jurisdictionCode: "chenzhou" }));
  await supPage.goto(`/workbench/cases/${app.id}`);
  await expect(supPage.getByTestId("no-files")).toBeVisible();
  await expect(supPage.locator('img[src^="/documents/"], object[data^="/documents/"], a[href^="/documents/"]')).toHaveCount(0);
  const body = await supPage.locator("main").innerText();
  expect(body).not.toContain("王某某");
  expect(body).not.toContain("2001-03-04");
  expect(body).toContain("仅受理民警可见");
  for (const s of sizes) {
    await supPage.setViewportSize(s);
    expect(await supPage.evaluate(() => document.documentElement.scrollWidth), `${s.name}: no sideways scroll`).toBeLessThanOrEqual(
      s.width,
    );
    await supPage.screenshot({ path: screenshotPath(`round-two-supervisor-case-${s.name}`), fullPage: true });
  }
  await supContext.close();
});
