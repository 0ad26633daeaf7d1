// Reference-data forms without JavaScript: a refused post (a full page load) comes back with every
// problem listed AND with what the administrator typed still in the fields, on each of the four forms.
import { createUser, expect, screenshotPath, signInProgrammatically, test } from "../fixtures";

test("without JavaScript, a refused reference form keeps what was typed", async ({ browser, db }) => {
  const admin = await createUser(db, { role: "ADMIN" });
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "zh-CN" });
  const page = await context.newPage();
  await signInProgrammatically(page.request, admin);
  const qiannan = await db.jurisdiction.findUniqueOrThrow({ where: { code: "qiannan" } });

  // Resident population: urban above total is refused.
  await page.goto("/admin/reference/population");
  await page.getByLabel("单位").selectOption(qiannan.id);
  await page.getByLabel("年份").fill("2031");
  await page.getByLabel("常住人口", { exact: true }).fill("1000");
  await page.getByLabel("城镇常住人口").fill("2000");
  await page.getByLabel("来源").fill("无脚本测试（来源）");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page).toHaveURL(/errors=residentUrban/);
  await expect(page.getByRole("alert")).toContainText("请改正以下问题");
  await expect(page.getByLabel("单位")).toHaveValue(qiannan.id);
  await expect(page.getByLabel("年份")).toHaveValue("2031");
  await expect(page.getByLabel("常住人口", { exact: true })).toHaveValue("1000");
  await expect(page.getByLabel("城镇常住人口")).toHaveValue("2000");
  await expect(page.getByLabel("来源")).toHaveValue("无脚本测试（来源）");
  await page.screenshot({ path: screenshotPath("admin-reference-refill-nojs"), fullPage: true });
  expect(await db.populationStat.count({ where: { unitId: qiannan.id, year: 2031 } })).toBe(0);

  // 黔南 assessment inputs: two problems at once, every figure kept (blank stays blank).
  const pingtang = await db.jurisdiction.findUniqueOrThrow({ where: { code: "qiannan-pingtang" } });
  await page.goto("/admin/reference/assessment");
  await page.getByLabel("县（市）").selectOption(pingtang.id);
  await page.getByLabel("年份").fill("2031");
  await page.getByLabel("上年末城镇户籍人口").fill("60000");
  await page.getByLabel("上年末户籍人口总数").fill("50000");
  await page.getByLabel("来源").fill("   ");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("alert")).toContainText("上年末城镇户籍人口不能大于户籍人口总数");
  await expect(page.getByRole("alert")).toContainText("请写明数字来源");
  await expect(page.getByLabel("县（市）")).toHaveValue(pingtang.id);
  await expect(page.getByLabel("上年末城镇户籍人口")).toHaveValue("60000");
  await expect(page.getByLabel("上年末户籍人口总数")).toHaveValue("50000");
  await expect(page.getByLabel("本年末户籍人口总数")).toHaveValue("");

  // Targets: a NO_QUOTA row with a value is refused; the texts come back.
  await page.goto("/admin/reference/targets");
  await page.getByLabel("指标").selectOption("NO_QUOTA");
  await page.getByLabel("起始年份").fill("2030");
  await page.getByLabel("结束年份").fill("2031");
  await page.getByLabel("目标值").fill("5");
  await page.getByLabel("文件").fill("《测试文件》");
  await page.getByLabel("条款").fill("一(二)");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("alert")).toBeVisible();
  await expect(page.getByLabel("指标")).toHaveValue("NO_QUOTA");
  await expect(page.getByLabel("目标值")).toHaveValue("5");
  await expect(page.getByLabel("文件")).toHaveValue("《测试文件》");

  // Holiday calendar: a blank name after trimming is refused; the date and kind stay.
  await page.goto("/admin/reference/calendar");
  await page.getByLabel("日期").fill("2031-10-01");
  await page.getByLabel("类别").selectOption("WORKDAY");
  await page.getByLabel("名称").fill("  ");
  await page.getByLabel("来源").fill("国办发明电（测试）");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("alert")).toBeVisible();
  await expect(page.getByLabel("日期")).toHaveValue("2031-10-01");
  await expect(page.getByLabel("类别")).toHaveValue("WORKDAY");
  await expect(page.getByLabel("来源")).toHaveValue("国办发明电（测试）");
  await context.close();
});
