// Facts that cannot all be true (ELIGIBILITY-V1 "Invalid requests", added 2026-12-07): the API answers
// 400 naming the paths involved; the self-check shows the same rule as field errors, in words, in its
// error summary and beside every field involved.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, screenshotPath, test } from "../fixtures";

const ROOT = path.resolve(__dirname, "../..");

test("the API answers contradictory facts with a 400 naming every path involved", async ({ request }) => {
  const response = await request.post("/api/v1/eligibility", {
    data: readFileSync(path.join(ROOT, "tests/fixtures/eligibility/contradictions.json"), "utf8"),
    headers: { "Content-Type": "application/json" },
  });
  expect(response.status()).toBe(400);
  const json = await response.json();
  expect(json.error.code).toBe("VALIDATION");
  expect(json.error.issues.map((i: { paths: string[] }) => i.paths)).toEqual([
    ["applicant.residence.cityMonths", "applicant.residence.months"],
    ["applicant.socialInsurance.urbanMonths", "applicant.birthDate"],
    ["members[1].relation", "members[0].relation"],
    ["applicant.employment.newPublicSectorHire", "applicant.employment.type"],
  ]);
});

test("/check: a residence permit with 2 months in the city but 10 at the dwelling gets field errors, not '再居住 4 个月即可'", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(
    "/check?jurisdiction=chenzhou&area=central_urban&kind=residence_permit&asOf=2026-12-07&applicant.birthDate=1990-04-01" +
      "&applicant.hukou.jurisdiction=elsewhere&applicant.hukou.area=rural&applicant.residence.type=rented" +
      "&applicant.residence.months=10&applicant.residence.cityMonths=2&applicant.employment.type=employee",
  );
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeVisible();
  await expect(summary).toContainText("在本市居住的月数不能少于在现住址居住的月数");
  // Both fields involved carry the sentence.
  await expect(page.locator("#f-applicant-residence-cityMonths-error")).toContainText("不能少于");
  await expect(page.locator("#f-applicant-residence-months-error")).toContainText("不能少于");
  await expect(page.locator("#f-applicant-residence-cityMonths")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("verdict")).toHaveCount(0);
  await expect(page.getByText("再居住")).toHaveCount(0);
  await page.screenshot({ path: screenshotPath("check-contradiction-phone"), fullPage: true });

  // The summary's link takes the resident to the field.
  await summary.getByRole("link").first().click();
  await expect(page).toHaveURL(/#f-applicant-residence-cityMonths$/);

  // Sixty months of insurance for a one-year-old, and two spouses.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(
    "/check?jurisdiction=chenzhou&area=central_urban&kind=settlement&asOf=2026-12-07&applicant.birthDate=2025-12-07" +
      "&applicant.hukou.jurisdiction=elsewhere&applicant.hukou.area=rural&applicant.residence.type=rented&applicant.employment.type=employee" +
      "&applicant.socialInsurance.urbanMonths=60&members=2&m0.relation=spouse&m1.relation=spouse",
  );
  await expect(summary).toContainText("比出生至今的时间还长");
  await expect(summary).toContainText("只能有一位配偶");
  await expect(page.locator("#f-applicant-socialInsurance-urbanMonths-error")).toBeVisible();
  await expect(page.locator("#f-m0-relation-error")).toContainText("只能有一位配偶");
  await expect(page.locator("#f-m1-relation-error")).toContainText("只能有一位配偶");
  await page.screenshot({ path: screenshotPath("check-contradiction-desktop"), fullPage: true });
});

test("/check: an unanswered hukou is asked, not read as 'no hukou'", async ({ page }) => {
  await page.goto("/check?jurisdiction=chenzhou&area=central_urban&kind=settlement&asOf=2026-12-07&applicant.hukou.jurisdiction=");
  await expect(page.getByTestId("error-summary")).toBeVisible();
  await expect(page.locator("#f-applicant-hukou-jurisdiction-error")).toBeVisible();
  await expect(page.locator("#f-applicant-hukou-jurisdiction")).toHaveValue("");
  await expect(page.getByTestId("verdict")).toHaveCount(0);
  await expect(page.getByText("无户口人员依法登记常住户口")).toHaveCount(0);
});
