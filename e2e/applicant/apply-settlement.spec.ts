import { expect, test } from "../fixtures";
import {
  checkAndSubmit,
  choosePlace,
  expectCaseStored,
  fillIfAsked,
  newResidentAtChooser,
  openSection,
  save,
  shot,
  uploadRequired,
} from "./apply-steps";

test("a resident from elsewhere signs up and applies to settle in 郴州 with their spouse, from the landing page to the confirmation", async ({
  page,
  db,
}) => {
  test.setTimeout(120_000);
  page.setDefaultTimeout(15_000);
  const person = await newResidentAtChooser(page, db, { surname: "王", birthDate: "1990-04-01", sex: "MALE", prefix: "apply-settlement" });

  await page.getByRole("link", { name: "落户（迁入户口）" }).last().click();
  await expect(page.getByRole("heading", { name: "开始申请：落户" })).toBeVisible();
  await choosePlace(page, { jurisdiction: "chenzhou", unit: "chenzhou-beihu" });
  await page.getByLabel("人民路派出所").check();
  await shot(page, "apply-settlement-04-start");
  await page.getByRole("button", { name: "开始填写" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("落户");
  await shot(page, "apply-settlement-05-tasks");

  await openSection(page, "关于您");
  await page.getByLabel("现在的户口所在地").selectOption("elsewhere");
  await page.getByLabel("现户口的城乡属性").selectOption("rural");
  await save(page);

  await openSection(page, "将要居住的地方");
  // A save with gaps keeps nothing back: every problem is listed at once, and what was typed stays.
  await page.getByLabel("详细地址").fill("北湖区人民西路 12 号 3 栋 201 室");
  await page.getByRole("button", { name: "保存并继续" }).click();
  await expect(page.getByTestId("error-summary")).toBeVisible();
  await expect(page.getByTestId("error-summary").getByRole("link", { name: /在当地的住所/ })).toHaveCount(1);
  await expect(page.getByLabel("详细地址")).toHaveValue("北湖区人民西路 12 号 3 栋 201 室");
  await shot(page, "apply-settlement-06-errors");
  await page.getByLabel("在当地的住所").selectOption("rented");
  await fillIfAsked(page, "在这个住址住了多少个月？", "14");
  await page.getByLabel("在上面填写的地址新立户").check();
  await save(page);

  await openSection(page, "工作和社会保险");
  await page.getByLabel("在当地的就业情况").selectOption("employee");
  await page.getByLabel("在当地缴纳城镇社会保险（月）").fill("12");
  await save(page);
  await expect(page.getByTestId("verdict")).toContainText("符合落户条件");

  await openSection(page, "学历和其他落户依据");
  await page.getByLabel("最高学历").selectOption("bachelor");
  await save(page);

  await openSection(page, "随迁家属");
  await page.getByRole("button", { name: "添加一位家属" }).click();
  await page.getByLabel("家属 1 · 姓名").fill("李梅");
  await page.getByRole("group", { name: "家属 1" }).getByLabel("女").check();
  await page.getByLabel("家属 1 · 关系").selectOption("spouse");
  await page.getByLabel("家属 1 · 出生日期").fill("1991-02-03");
  await page.getByLabel("家属 1 · 与本人共同居住生活").check();
  await shot(page, "apply-settlement-07-family");
  await save(page);
  await expect(page.getByTestId("member-0")).toContainText("可以随迁");

  await openSection(page, "上传材料");
  const items = await uploadRequired(page, "apply-settlement-08");
  expect(items).toEqual(expect.arrayContaining(["id_card", "household_booklet", "marriage_certificate"]));
  await page.getByRole("link", { name: "返回任务列表" }).last().click();
  await shot(page, "apply-settlement-09-tasks-done");

  const number = await checkAndSubmit(page, "apply-settlement-10");
  await expect(page.getByTestId("time-limit")).toContainText("20 个工作日");
  const app = await expectCaseStored(page, db, number);
  expect(app.kind).toBe("SETTLEMENT");
  expect(app.eligibleAtSubmission).toBe(true);
  expect(app.policyId).toBe("chenzhou-2016");
  expect(app.policyVersion).toBe("郴政发〔2016〕1号");
  expect((app.decisionSnapshot as { eligible: boolean }).eligible).toBe(true);
  expect(app.facts).toMatchObject({
    jurisdiction: "chenzhou",
    area: "central_urban",
    kind: "settlement",
    applicant: { residence: { type: "rented" } },
  });
  expect(app.members).toHaveLength(1);
  expect(app.members[0]).toMatchObject({ name: "李梅", relation: "SPOUSE", sex: "FEMALE", eligible: true });
  expect(app.placement).toEqual({ type: "new_family" });
  const user = await db.user.findUniqueOrThrow({ where: { username: person.citizenId }, include: { person: true } });
  expect(user.identityVerifiedAt).toBeNull();
  expect(user.person?.sex).toBe("MALE");
  expect(await db.auditEvent.count({ where: { actorId: user.id, action: "user.register" } })).toBe(1);
});
