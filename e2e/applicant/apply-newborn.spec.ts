import { expect, test } from "../fixtures";
import {
  checkAndSubmit,
  expectCaseStored,
  expectFitsWidth,
  freshCitizenId,
  landingToChooser,
  openSection,
  save,
  shot,
  uniqueName,
  uploadRequired,
} from "./apply-steps";

test.use({ viewport: { width: 390, height: 844 } });

test("a parent in 都匀 signs up on a phone and registers a newborn into the family household", async ({ page, db }) => {
  test.setTimeout(120_000);
  page.setDefaultTimeout(15_000);
  const name = uniqueName("吴");
  const citizenId = await freshCitizenId(db, { birthDate: "1993-05-20", sex: "FEMALE", region: "522701" });
  const parent = await db.person.create({ data: { citizenId, name, sex: "FEMALE", birthDate: new Date("1993-05-20T00:00:00Z") } });
  const station = await db.jurisdiction.findUniqueOrThrow({ where: { code: "qiannan-duyun-guanghui-ps" } });
  const household = await db.household.create({
    data: {
      householdNumber: `E2E-H-${citizenId.slice(-8)}`,
      type: "FAMILY",
      address: "都匀市广惠路 66 号",
      area: "CENTRAL_URBAN",
      stationId: station.id,
    },
  });
  await db.membership.create({
    data: {
      personId: parent.id,
      householdId: household.id,
      relation: "HEAD",
      validFrom: new Date("2015-01-01T00:00:00Z"),
      activePersonId: parent.id,
    },
  });

  await landingToChooser(page, { name, citizenId }, "apply-newborn-phone");
  // The register is the parent's only once an officer has checked the ID card (decision 0257; the unverified
  // side: e2e/security/identity-takeover.spec.ts). This parent has been to the counter.
  await db.user.update({ where: { username: citizenId }, data: { identityVerifiedAt: new Date() } });
  await page.reload();
  await page.getByRole("link", { name: "新生儿出生登记" }).last().click();
  await expect(page.getByText(household.householdNumber)).toBeVisible();
  await shot(page, "apply-newborn-phone-04-start");
  await expectFitsWidth(page);
  await page.getByRole("button", { name: "开始填写" }).click();

  await openSection(page, "新生儿");
  await page.getByLabel("新生儿姓名").fill("吴小满");
  await page.getByLabel("女").check();
  const born = new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("出生日期").fill(born);
  await page.getByLabel("出生地（省、市、县）").fill("贵州省黔南州都匀市");
  await page.getByLabel("出生医院（在家出生可不填）").fill("黔南州人民医院");
  await page.getByLabel(new RegExp(`户号 ${household.householdNumber}`)).check();
  await shot(page, "apply-newborn-phone-05-child");
  await expectFitsWidth(page);
  await save(page);

  await openSection(page, "上传材料");
  // The household booklet is the register's (电子证照): fetched, not asked for.
  await expect(page.getByTestId("held-parents_booklet")).toContainText(household.householdNumber);
  expect(await uploadRequired(page, "apply-newborn-phone-06")).toEqual(["birth_certificate", "parents_ids"]);
  await page.getByRole("link", { name: "返回任务列表" }).last().click();

  const number = await checkAndSubmit(page, "apply-newborn-phone-07");
  await expectFitsWidth(page);
  await expect(page.getByTestId("time-limit")).toContainText("20 个工作日");
  const app = await expectCaseStored(page, db, number);
  expect(app).toMatchObject({ kind: "NEWBORN_REGISTRATION", stationId: station.id, decisionSnapshot: null, eligibleAtSubmission: null });
  expect(app.placement).toEqual({ mode: "join", householdId: household.id });
  expect(app.members).toHaveLength(1);
  expect(app.members[0]).toMatchObject({ name: "吴小满", relation: "CHILD", sex: "FEMALE" });
  expect(app.members[0].birthDate.toISOString().slice(0, 10)).toBe(born);
});
