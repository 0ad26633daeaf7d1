import { expect, test } from "../fixtures";
import {
  checkAndSubmit,
  choosePlace,
  expectCaseStored,
  expectFitsWidth,
  fillIfAsked,
  newResidentAtChooser,
  openSection,
  save,
  shot,
  uploadRequired,
} from "./apply-steps";

test.use({ viewport: { width: 390, height: 844 } });

test("a migrant worker signs up on a phone and applies for a 济源 residence permit", async ({ page, db }) => {
  test.setTimeout(120_000);
  page.setDefaultTimeout(15_000);
  await newResidentAtChooser(page, db, { surname: "刘", birthDate: "1996-07-15", sex: "FEMALE", prefix: "apply-permit-phone" });
  await expectFitsWidth(page);

  await page.getByRole("link", { name: "申领居住证" }).last().click();
  await choosePlace(page, { jurisdiction: "jiyuan", unit: "jiyuan-qinyuan" });
  // One station serves 沁园街道: it is suggested already.
  await expect(page.getByLabel("沁园派出所")).toBeChecked();
  await shot(page, "apply-permit-phone-04-start");
  await expectFitsWidth(page);
  await page.getByRole("button", { name: "开始填写" }).click();
  await expect(page.getByTestId("task-list").getByRole("link")).toHaveCount(5);
  await shot(page, "apply-permit-phone-05-tasks");
  await expectFitsWidth(page);

  await openSection(page, "关于您");
  await page.getByLabel("现在的户口所在地").selectOption("elsewhere");
  await page.getByLabel("现户口的城乡属性").selectOption("rural");
  await save(page);

  await openSection(page, "将要居住的地方");
  await page.getByLabel("详细地址").fill("济源市沁园街道宣化街 8 号");
  await page.getByLabel("在当地的住所").selectOption("rented");
  // 居住半年以上 counts the months in the city (居住证暂行条例 第二条): asked of every residence permit.
  await page.getByLabel("您在本市（县）一共住了多少个月？").fill("8");
  await fillIfAsked(page, "在这个住址住了多少个月？", "8");
  await shot(page, "apply-permit-phone-06-home");
  await expectFitsWidth(page);
  await save(page);

  await openSection(page, "工作和社会保险");
  await page.getByLabel("在当地的就业情况").selectOption("employee");
  await fillIfAsked(page, "已就业（月）", "8");
  await fillIfAsked(page, "在当地缴纳城镇社会保险（月）", "8");
  await save(page);

  await openSection(page, "学历和其他落户依据");
  await page.getByLabel("最高学历").selectOption("secondary");
  await save(page);
  await expect(page.getByTestId("verdict")).toContainText("符合居住证申领条件");

  await openSection(page, "上传材料");
  const items = await uploadRequired(page, "apply-permit-phone-07");
  expect(items).toEqual(expect.arrayContaining(["id_card", "photo"]));
  await expectFitsWidth(page);
  await page.getByRole("link", { name: "返回任务列表" }).last().click();

  const number = await checkAndSubmit(page, "apply-permit-phone-08");
  await expectFitsWidth(page);
  await expect(page.getByTestId("time-limit")).toContainText("15 个工作日");
  await expect(page.getByTestId("time-limit")).toContainText("第十条");
  const app = await expectCaseStored(page, db, number);
  expect(app).toMatchObject({ kind: "RESIDENCE_PERMIT", eligibleAtSubmission: true, targetArea: "CENTRAL_URBAN" });
  expect(app.policyId).toBeTruthy();
  expect(app.policyVersion).toBeTruthy();
  expect(app.facts).toMatchObject({ kind: "residence_permit", jurisdiction: "jiyuan" });
  expect(app.members).toHaveLength(0);
  await shot(page, "apply-permit-phone-09-me");
});
