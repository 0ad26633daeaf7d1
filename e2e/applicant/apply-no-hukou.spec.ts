import { expect, test } from "../fixtures";
import {
  checkAndSubmit,
  choosePlace,
  expectCaseStored,
  newResidentAtChooser,
  openSection,
  save,
  shot,
  uploadRequired,
} from "./apply-steps";

test("a resident signs up and asks to register a child who has no hukou, choosing one of two stations", async ({ page, db }) => {
  test.setTimeout(120_000);
  page.setDefaultTimeout(15_000);
  await newResidentAtChooser(page, db, { surname: "杨", birthDate: "1980-11-02", sex: "MALE", prefix: "apply-no-hukou" });

  await page.getByRole("link", { name: "无户口人员登记" }).last().click();
  await choosePlace(page, { jurisdiction: "qiannan", unit: "qiannan-duyun" });
  // Two stations serve 都匀市: none is chosen for the resident.
  await expect(page.getByLabel("广惠派出所")).not.toBeChecked();
  await page.getByLabel("文峰派出所").check();
  await shot(page, "apply-no-hukou-04-start");
  await page.getByRole("button", { name: "开始填写" }).click();
  await expect(page.getByTestId("task-list").getByRole("link")).toHaveCount(2);

  await openSection(page, "需要登记户口的人");
  await page.getByLabel("姓名").fill("杨小树");
  await page.getByLabel("男").check();
  await page.getByLabel("出生日期").fill("2012-06-01");
  await page.getByLabel("与您的关系").selectOption("CHILD");
  await page.getByLabel("没有户口的原因").selectOption("non_marital_birth");
  await page.getByLabel("情况说明").fill("孩子出生后一直随我在都匀生活，因非婚生育未办理出生登记，有出生医学证明和亲子鉴定。");
  await page.getByLabel("现居住地址").fill("都匀市文峰路 18 号");
  await page.getByLabel("在上面填写的地址新立户").check();
  await shot(page, "apply-no-hukou-05-person");
  await save(page);

  await openSection(page, "上传材料");
  expect(await uploadRequired(page, "apply-no-hukou-06")).toEqual(["no_hukou_statement"]);
  await page.getByRole("link", { name: "返回任务列表" }).last().click();

  const number = await checkAndSubmit(page, "apply-no-hukou-07");
  await expect(page.getByText("文峰派出所")).toBeVisible();
  const app = await expectCaseStored(page, db, number);
  const station = await db.jurisdiction.findUniqueOrThrow({ where: { code: "qiannan-duyun-wenfeng-ps" } });
  expect(app).toMatchObject({
    kind: "NO_HUKOU_REGISTRATION",
    stationId: station.id,
    targetArea: "CENTRAL_URBAN",
    decisionSnapshot: null,
    address: "都匀市文峰路 18 号",
  });
  expect(app.members[0]).toMatchObject({ name: "杨小树", relation: "CHILD", sex: "MALE" });
  expect(app.placement).toEqual({ type: "new_family" });
  expect(app.facts).toMatchObject({ kind: "no_hukou_registration", jurisdiction: "qiannan", answers: { situation: "non_marital_birth" } });
});
