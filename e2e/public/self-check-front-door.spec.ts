// /check as the front door: the place in residents' terms, the standing of the law beside the verdict,
// what to bring, where, how long, and an "apply now" link carrying the facts (0122, 0123, 0126).
import { expect, screenshotPath, test } from "../fixtures";

function factsOf(href: string | null): Record<string, unknown> {
  const url = new URL(href ?? "", "http://x");
  return JSON.parse(Buffer.from(url.searchParams.get("facts") ?? "", "base64url").toString("utf8"));
}

test("no verdict before the first answer", async ({ page }) => {
  await page.goto("/check");
  await expect(page.getByTestId("not-asked")).toBeVisible();
  await expect(page.getByTestId("verdict")).toHaveCount(0);
});

test("郴州: a 建制镇 inside 北湖区 is answered under 三(二), with documents, station, time limit and apply now", async ({ page }) => {
  await page.goto("/check?jurisdiction=chenzhou&kind=settlement&asOf=2026-11-21&applicant.birthDate=1990-04-01&applicant.hukou.jurisdiction=elsewhere&applicant.hukou.area=rural&applicant.residence.type=rented");
  await expect(page.getByTestId("central-note")).toContainText("三(一)");
  await page.getByLabel("具体在哪个区县、乡镇或街道").selectOption({ label: "北湖区 · 华塘镇" });
  await expect(page.getByTestId("unit-area")).toContainText("城镇");
  await expect(page.getByTestId("verdict")).toContainText("符合落户条件");
  await expect(page.getByTestId("pathway-chenzhou.town.residence").locator('[data-mark="yes"]').first()).toContainText("符合");
  await expect(page.getByTestId("pathway-chenzhou.central-urban.employment-residence-insurance")).toHaveCount(0);
  await expect(page.getByTestId("standing")).toHaveAttribute("data-status", "in_force");
  const steps = page.getByTestId("next-steps");
  await expect(steps.getByTestId("documents")).toContainText("居民身份证");
  await expect(steps.getByTestId("documents")).toContainText("房屋租赁合同");
  await expect(steps.getByTestId("station")).toContainText("住址所属的派出所");
  await expect(steps).toContainText("20 个工作日");
  const apply = steps.getByTestId("apply-now");
  const href = await apply.getAttribute("href");
  expect(href).toMatch(/^\/apply\/new\?kind=settlement&jurisdiction=chenzhou&unit=chenzhou-beihu-huatang&facts=[A-Za-z0-9_-]+$/);
  expect(factsOf(href)).toMatchObject({ jurisdiction: "chenzhou", area: "town", kind: "settlement", asOf: "2026-11-21", applicant: { residence: { type: "rented" } } });
  await page.screenshot({ path: screenshotPath("front-door-chenzhou-huatang"), fullPage: true });

  // The district itself is its city streets: 三(一), and its stations are listed.
  await page.getByLabel("具体在哪个区县、乡镇或街道").selectOption({ label: "北湖区" });
  await expect(page.getByTestId("unit-area")).toContainText("中心城区");
  await expect(page.getByTestId("pathway-chenzhou.central-urban.employment-residence-insurance")).toBeVisible();
});

test("郴州 北湖区 city: the stations under the district are listed under a met pathway", async ({ page }) => {
  await page.goto("/check?jurisdiction=chenzhou&unit=chenzhou-beihu&kind=settlement&asOf=2026-11-21&applicant.hukou.jurisdiction=elsewhere&applicant.hukou.area=rural&applicant.residence.type=rented&applicant.employment.type=employee&applicant.socialInsurance.urbanMonths=3");
  const station = page.getByTestId("station");
  await expect(station).toContainText("人民路派出所");
  await expect(station).toContainText("燕泉派出所");
  expect(factsOf(await page.getByTestId("apply-now").getAttribute("href"))).toMatchObject({ area: "central_urban" });
});

test("黔南: the answer says it rests on a draft for comment, and the booklet fee is waived", async ({ page }) => {
  await page.goto("/check?jurisdiction=qiannan&area=town&kind=settlement&asOf=2026-11-21&applicant.hukou.jurisdiction=elsewhere&applicant.hukou.area=rural&applicant.employment.type=employee&applicant.residence.type=rented");
  await expect(page.getByTestId("verdict")).toContainText("符合落户条件");
  const standing = page.getByTestId("standing");
  await expect(standing).toHaveAttribute("data-status", "draft_for_comment");
  await expect(standing).toContainText("征求意见稿");
  await expect(standing).toContainText("派出所");
  await expect(page.getByTestId("next-steps")).toContainText("免收户口簿工本费");
  await page.screenshot({ path: screenshotPath("front-door-qiannan-draft"), fullPage: true });
});

test("韶关 after its trial: the measures expired, what still applies and whom to ask", async ({ page }) => {
  await page.goto("/check?jurisdiction=shaoguan&area=town&kind=settlement&asOf=2021-03-01&applicant.hukou.jurisdiction=elsewhere&applicant.hukou.area=rural");
  const standing = page.getByTestId("standing");
  await expect(standing).toHaveAttribute("data-status", "expired");
  await expect(standing).toContainText("2020-10-22 期满失效");
  await expect(standing).toContainText("居住证暂行条例");
  await expect(standing).toContainText("韶关市户籍管理规定");
  await expect(standing).toContainText("派出所");
  await page.screenshot({ path: screenshotPath("front-door-shaoguan-expired"), fullPage: true });
});

test("a residence permit: the first permit is free (第二十一条), 15 working days", async ({ page }) => {
  await page.goto("/check?jurisdiction=chenzhou&unit=chenzhou-beihu&kind=residence_permit&asOf=2026-11-21&applicant.hukou.jurisdiction=elsewhere&applicant.hukou.area=rural&applicant.residence.type=rented&applicant.residence.months=1&applicant.residence.cityMonths=8");
  await expect(page.getByTestId("verdict")).toContainText("居住证");
  const steps = page.getByTestId("next-steps");
  await expect(steps).toContainText("第二十一条");
  await expect(steps).toContainText("15 个工作日");
  expect(factsOf(await steps.getByTestId("apply-now").getAttribute("href"))).toMatchObject({ kind: "residence_permit", applicant: { residence: { cityMonths: 8 } } });
});

test.describe("on a phone (390 px)", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const [name, url] of [
    ["front-door-chenzhou-huatang-phone", "/check?jurisdiction=chenzhou&unit=chenzhou-beihu-huatang&kind=settlement&asOf=2026-11-21&applicant.hukou.jurisdiction=elsewhere&applicant.hukou.area=rural&applicant.residence.type=rented"],
    ["front-door-qiannan-draft-phone", "/check?jurisdiction=qiannan&area=town&kind=settlement&asOf=2026-11-21&applicant.hukou.jurisdiction=elsewhere&applicant.employment.type=employee&applicant.residence.type=rented"],
    ["front-door-shaoguan-expired-phone", "/check?jurisdiction=shaoguan&area=town&kind=settlement&asOf=2021-03-01&applicant.hukou.jurisdiction=elsewhere"],
  ] as const) {
    test(`${name}: no horizontal overflow, the answer one tap away`, async ({ page }) => {
      await page.goto(url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const jump = page.getByTestId("jump-to-answer");
      await expect(jump).toBeInViewport();
      await jump.click();
      await expect(page.getByRole("heading", { name: "测评结果" })).toBeInViewport();
      await page.goto(url);
      await page.screenshot({ path: screenshotPath(name), fullPage: true });
    });
  }
});

test("the policy library speaks to residents: conditions in words, readings behind “how we read this”", async ({ page }) => {
  await page.goto("/policies/chenzhou");
  // What a resident sees (closed "how we read this" sections are not rendered): words, no file names or fact paths.
  const seen = await page.locator("main").innerText();
  expect(seen).not.toContain(".md");
  expect(seen).not.toContain("applicant.");
  expect(seen).not.toContain("chenzhou.central-urban");
  const clause = page.locator('[id="chenzhou.central-urban.employment-residence-insurance"]');
  await expect(clause).toContainText("有合法稳定就业");
  const how = clause.getByTestId("how-we-read");
  await how.locator("summary").click();
  await expect(how).toContainText("郴州");
  await page.screenshot({ path: screenshotPath("policy-library-chenzhou-readings"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: screenshotPath("policy-library-chenzhou-phone"), fullPage: true });
  await page.goto("/policies");
  await expect(page.getByTestId("age-note")).toContainText("法释〔2006〕1号");
});
