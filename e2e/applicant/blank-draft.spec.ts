// A blank settlement draft: the answer panel lists what is still to answer; it never reads the
// unanswered hukou question as "no hukou" (无户口人员依法登记常住户口).
import { randomUUID } from "node:crypto";
import { createUser, demoStations, expect, screenshotPath, signInProgrammatically, stationAndPolicyUnit, test } from "../fixtures";

test("a blank settlement draft asks what is still to answer instead of giving a verdict", async ({ page, db }) => {
  test.setTimeout(120_000);
  const { clerkStationId } = await demoStations(db);
  const { station, policyUnit } = await stationAndPolicyUnit(db, clerkStationId);
  const applicant = await createUser(db, { role: "APPLICANT" });
  const app = await db.application.create({
    data: {
      number: `E2E-${randomUUID().slice(0, 12)}`,
      kind: "SETTLEMENT",
      status: "DRAFT",
      targetJurisdictionId: policyUnit.id,
      targetUnitId: station.parentId,
      targetArea: "CENTRAL_URBAN",
      stationId: station.id,
      applicantUserId: applicant.id,
      applicantPersonId: applicant.personId!,
      facts: {},
      formData: {},
    },
  });
  await signInProgrammatically(page.request, applicant);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/apply/${app.id}`);
  const panel = page.getByTestId("live-answer");
  await expect(panel.getByTestId("still-to-answer")).toBeVisible();
  await expect(panel).toContainText("现在的户口所在地");
  await expect(panel.getByTestId("verdict")).toHaveCount(0);
  await expect(panel).not.toContainText("无户口人员");
  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath("blank-draft-phone") });
  // The link takes the resident to the question.
  await panel.getByRole("link", { name: /现在的户口所在地/ }).click();
  await expect(page).toHaveURL(new RegExp(`/apply/${app.id}/about#f-applicant-hukou-jurisdiction$`));
});
