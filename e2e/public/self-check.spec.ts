import { expect, screenshotPath, test } from "../fixtures";

test("郴州: the answer follows the resident's input, names what is missing, and cites 三(一)", async ({ page }) => {
  await page.goto("/check");
  await page.getByLabel("地方", { exact: true }).selectOption("chenzhou");
  await page.getByLabel("落户区域").selectOption("central_urban");
  await page.getByLabel("申请日期").fill("2026-11-21");
  await page.getByLabel("本人出生日期").fill("1990-04-01");
  await page.getByLabel("在当地的就业情况").selectOption("employee");
  await page.getByLabel("在当地的住所").selectOption("rented");
  await page.getByLabel("在当地缴纳城镇社会保险（月）").fill("0");
  // Only the questions 郴州's rules read are asked: how long one has lived there is not one of them.
  await expect(page.getByLabel("在该住所已居住（月）")).toHaveCount(0);

  const card = page.getByTestId("pathway-chenzhou.central-urban.employment-residence-insurance");
  await expect(page.getByTestId("verdict")).toContainText("暂不符合条件");
  await expect(card.locator('[data-mark="no"]').first()).toContainText("不符合");
  await expect(card).toContainText("城镇社会保险");

  await page.getByLabel("在当地缴纳城镇社会保险（月）").fill("12");
  await expect(page.getByTestId("verdict")).toContainText("符合落户条件");
  await expect(card.locator('[data-mark="yes"]').first()).toContainText("符合");

  // A spouse who lives with the applicant may come along under the same clause.
  await page.getByRole("button", { name: "添加一位家属" }).click();
  await page.getByLabel("家属 1 · 关系").selectOption("spouse");
  await page.getByLabel("家属 1 · 出生日期").fill("1991-02-03");
  await page.getByLabel("家属 1 · 与本人共同居住生活").check();
  await expect(page.getByTestId("member-0")).toContainText("可以随迁（依据 郴政发〔2016〕1号 三(一)）");
  await page.screenshot({ path: screenshotPath("self-check-chenzhou"), fullPage: true });

  const citation = card.getByRole("link", { name: "郴政发〔2016〕1号 三(一)" });
  await citation.click();
  await expect(page).toHaveURL(/\/policies\/chenzhou#chenzhou\.central-urban\.employment-residence-insurance$/);
  const clause = page.locator('[id="chenzhou.central-urban.employment-residence-insurance"]');
  await expect(clause.locator("blockquote")).toContainText("中心城区");
  await page.screenshot({ path: screenshotPath("policy-library-chenzhou") });
});

test("乌审旗: one month of insurance short, then eligible under 二(一)2", async ({ page }) => {
  await page.goto("/check");
  await page.getByLabel("地方", { exact: true }).selectOption("wushen");
  await page.getByLabel("落户区域").selectOption("town");
  await page.getByLabel("申请日期").fill("2018-03-01");
  await page.getByLabel("本人出生日期").fill("1985-07-12");
  await page.getByLabel("现在的户口所在地").selectOption("elsewhere");
  await page.getByLabel("在当地的住所").selectOption("rented_registered");
  await page.getByLabel("在当地的就业情况").selectOption("flexible");
  await page.getByLabel("在当地缴纳城镇社会保险（月）").fill("23");

  const card = page.getByTestId("pathway-wushen.town.non-banner");
  await expect(card).toContainText("再缴纳 1 个月城镇社会保险即可");
  await expect(page.getByTestId("verdict")).toContainText("暂不符合条件");

  await page.getByLabel("在当地缴纳城镇社会保险（月）").fill("24");
  await expect(page.getByTestId("verdict")).toContainText("符合落户条件");
  await expect(card.locator('[data-mark="yes"]').first()).toContainText("符合");
  await expect(card.getByRole("link", { name: /二\(一\)2$/ })).toBeVisible();
  await page.screenshot({ path: screenshotPath("self-check-wushen"), fullPage: true });
});

test("without JavaScript the form still answers, lists every problem at once, and compares five places", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/check?jurisdiction=jiyuan&area=central_urban&kind=settlement");
  await page.getByLabel("在该住所已居住（月）").fill("一年");
  await page.getByLabel("在当地缴纳城镇社会保险（月）").fill("-2");
  await page.getByRole("button", { name: "查看结果" }).click();
  const alert = page.getByTestId("error-summary");
  await expect(alert).toHaveAttribute("role", "alert");
  await expect(alert).toContainText("请先更正以下 2 处内容");
  // Each problem is also shown beside its field, and the summary links to it.
  await expect(page.locator("#f-applicant-residence-months-error")).toHaveText("请填写 0 或正整数（月数）");
  await expect(page.getByLabel("在该住所已居住（月）")).toHaveAttribute("aria-invalid", "true");
  await expect(alert.getByRole("link", { name: /在该住所已居住/ })).toHaveAttribute("href", "#f-applicant-residence-months");
  await expect(alert).toContainText("在该住所已居住（月）：请填写 0 或正整数（月数）");
  await expect(alert).toContainText("在当地缴纳城镇社会保险（月）：请填写 0 或正整数（月数）");

  await page.getByLabel("申请日期").fill("2026-11-21");
  await page.getByLabel("本人出生日期").fill("1990-04-01");
  await page.getByLabel("在当地的住所").selectOption("owned");
  await page.getByLabel("在该住所已居住（月）").fill("24");
  await page.getByLabel("在当地缴纳城镇社会保险（月）").fill("0");
  await page.getByRole("button", { name: "查看结果" }).click();
  await expect(page.getByTestId("verdict")).toContainText("符合落户条件");
  await page.getByRole("link", { name: "在五地对比同样的情况" }).click();
  const table = page.getByRole("table", { name: "五地对比" });
  await expect(table.getByRole("row")).toHaveCount(6);
  // 韶关's trial measures ended in 2020: no settlement policy there in 2026.
  await expect(page.getByTestId("compare-shaoguan")).toContainText("无有效政策");
  await expect(page.getByTestId("compare-jiyuan").locator('[data-mark="yes"]').first()).toContainText("符合");
  await page.screenshot({ path: screenshotPath("self-check-compare"), fullPage: true });
  await context.close();
});

test("the self-check speaks English when asked", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "locale", value: "en", url: baseURL! }]);
  await page.goto("/check?jurisdiction=chenzhou&area=town&kind=settlement&asOf=2026-11-21&applicant.residence.type=rented");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Settlement self-check");
  await expect(page.getByLabel("Your dwelling there")).toHaveValue("rented");
  await expect(page.getByTestId("verdict")).toContainText("You may settle");
  await expect(page.getByTestId("pathway-chenzhou.town.residence")).toContainText("郴政发〔2016〕1号 三(二)");
  await page.screenshot({ path: screenshotPath("self-check-english"), fullPage: true });
});
