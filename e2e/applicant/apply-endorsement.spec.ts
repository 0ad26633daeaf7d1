import { expect, test } from "../fixtures";
import { checkAndSubmit, expectCaseStored, freshCitizenId, landingToChooser, openSection, save, shot, uniqueName } from "./apply-steps";

/** A day n days from today in China (ISO). */
const dueOn = (n: number) => new Date(Date.now() + 8 * 3_600_000 + n * 86_400_000).toISOString().slice(0, 10);

test("a permit holder signs up, the account links to the registry, and applies for the yearly endorsement", async ({ page, db }) => {
  test.setTimeout(120_000);
  page.setDefaultTimeout(15_000);
  // The registry knows this person and their 韶关 residence permit.
  const name = uniqueName("黄");
  const citizenId = await freshCitizenId(db, { birthDate: "1985-03-09", sex: "MALE" });
  const holder = await db.person.create({ data: { citizenId, name, sex: "MALE", birthDate: new Date("1985-03-09T00:00:00Z") } });
  const station = await db.jurisdiction.findUniqueOrThrow({ where: { code: "shaoguan-zhenjiang-donghe-ps" } });
  const city = await db.jurisdiction.findUniqueOrThrow({ where: { code: "shaoguan" } });
  const permit = await db.residencePermit.create({
    data: {
      number: `E2E-RP-${citizenId.slice(-8)}`,
      holderId: holder.id,
      jurisdictionId: city.id,
      stationId: station.id,
      address: "浈江区东河街道工业西路 3 号",
      issuedOn: new Date(`${dueOn(-365)}T00:00:00Z`),
      residenceSince: new Date(`${dueOn(-365)}T00:00:00Z`),
      // Due in a fortnight: inside the endorsement window (the month before the anniversary).
      validUntil: new Date(`${dueOn(14)}T00:00:00Z`),
    },
  });

  await landingToChooser(page, { name, citizenId }, "apply-endorsement");
  const user = await db.user.findUniqueOrThrow({ where: { username: citizenId } });
  expect(user.personId).toBe(holder.id);
  // Until an officer has checked the ID card the permit is not offered (decision 0257)…
  await expect(page.getByRole("link", { name: new RegExp(`居住证 ${permit.number}`) })).toHaveCount(0);
  // …this holder has been to the counter.
  await db.user.update({ where: { id: user.id }, data: { identityVerifiedAt: new Date() } });
  await page.reload();

  await page.getByRole("link", { name: new RegExp(`居住证 ${permit.number}`) }).click();
  await expect(page.getByRole("heading", { name: "开始申请：居住证签注" })).toBeVisible();
  await expect(page.getByText("东河派出所")).toBeVisible();
  await shot(page, "apply-endorsement-04-start");
  await page.getByRole("button", { name: "开始填写" }).click();
  await expect(page.getByTestId("task-list").getByRole("link")).toHaveCount(2);

  await openSection(page, "居住证和现住址");
  await expect(page.getByLabel("现居住地址")).toHaveValue(permit.address);
  await page.getByLabel("我确认仍在居住证登记的城市居住").check();
  await shot(page, "apply-endorsement-05-permit");
  await save(page);
  await expect(page.getByText("此事项依法不设条件")).toBeVisible();

  // The permit and the ID card are the portal's own records (电子证照): fetched, nothing to upload.
  await openSection(page, "上传材料");
  for (const item of ["id_card", "permit"]) await expect(page.getByTestId(`item-${item}`)).toContainText("已调取（系统内电子证照）");
  await expect(page.getByText("必需材料已经齐全。")).toBeVisible();
  await shot(page, "apply-endorsement-06-documents");
  await page.getByRole("link", { name: "返回任务列表" }).last().click();

  const number = await checkAndSubmit(page, "apply-endorsement-07");
  await expect(page.getByTestId("time-limit")).toContainText("15 个工作日");
  const app = await expectCaseStored(page, db, number);
  expect(app).toMatchObject({
    kind: "PERMIT_ENDORSEMENT",
    permitId: permit.id,
    stationId: station.id,
    decisionSnapshot: null,
    eligibleAtSubmission: null,
    policyId: null,
  });
  expect(app.address).toBe(permit.address);
});
