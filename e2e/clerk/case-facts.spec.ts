// The facts a decision rests on, as the clerk reads them: in words, in the sections the resident filled,
// 未填写 for what the resident did not answer (not the request's defaults shown as answers).
import { createUser, demoStations, expect, screenshotPath, signInProgrammatically, test } from "../fixtures";
import { createSettlementCase } from "./casework-helpers";

test("the clerk reads the facts in words, with 未填写 for a question the resident left blank", async ({ page, db }) => {
  test.setTimeout(120_000);
  const { clerkStationId } = await demoStations(db);
  const clerk = await createUser(db, { role: "CLERK", stationId: clerkStationId });
  const applicant = await createUser(db, { role: "APPLICANT" });
  const app = await createSettlementCase(db, { stationId: clerkStationId, applicant });
  // The answers as typed: the insurance months were never given (the stored request holds its default).
  await db.application.update({
    where: { id: app.id },
    data: {
      formData: {
        about: {
          "applicant.hukou.jurisdiction": "elsewhere",
          "applicant.hukou.area": "rural",
          "applicant.hukou.formerNature": "agricultural",
        },
        home: {
          address: "北湖区人民西路 18 号 2 栋 301",
          "applicant.residence.type": "rented",
          "applicant.residence.months": "14",
          "applicant.residence.ownDoorNumber": "on",
          placement: "new",
        },
        work: { "applicant.employment.type": "employee", "applicant.employment.months": "12", "applicant.stableIncome": "on" },
        grounds: { "applicant.education.level": "bachelor" },
        family: { members: "0" },
      },
    },
  });
  await signInProgrammatically(page.request, clerk);
  await page.goto(`/workbench/cases/${app.id}`);
  const facts = page.getByTestId("facts-view");
  await expect(facts).toBeVisible();
  await expect(page.getByTestId("facts-about")).toContainText("外地");
  await expect(page.getByTestId("facts-home")).toContainText("租赁住房");
  await expect(page.getByTestId("facts-home")).toContainText("14 个月");
  await expect(page.getByTestId("facts-work")).toContainText("受雇就业");
  await expect(page.getByTestId("facts-work")).toContainText("未填写");
  await expect(page.getByTestId("facts-family")).toContainText("无随迁家属");
  await expect(facts).not.toContainText("me.home.");
  await facts.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath("clerk-case-facts"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await facts.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath("clerk-case-facts-phone") });
});
