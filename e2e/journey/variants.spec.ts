// The cases people bring (issue 15), each through the browser from sign-up to the clerk's decision, and the
// register read afterwards: a residence permit from the self-check and straight from /apply, a family with
// a child who has no ID number, a collective household, joining a relative's household, a no-hukou
// registration. The database is read to check what each step stored; only the relative's household (a
// person already registered at the station) is made there.
import type { Browser, Page } from "@playwright/test";
import type { Db } from "../../lib/db";
import { parseCitizenId } from "../../lib/registry/citizen-id";
import { expect, test } from "../fixtures";
import { approve, clerkTakes } from "./journey-steps";
import {
  choosePlace,
  declare,
  freshCitizenId,
  openSection,
  save,
  shot,
  signUp,
  uniqueName,
  uploadRequired,
} from "../applicant/apply-steps";

const PHONE = { width: 390, height: 844 };

async function newResident(browser: Browser, db: Db, prefix: string, phone = false) {
  const context = await browser.newContext(phone ? { viewport: PHONE } : {});
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const person = { name: uniqueName(prefix), citizenId: await freshCitizenId(db, { birthDate: "1988-05-20", sex: "MALE" }) };
  return { context, page, person };
}

/** From /apply: sign up, choose a kind, the place (郴州 北湖区) and 人民路派出所. */
async function startFromApply(page: Page, person: { name: string; citizenId: string }, kind: string) {
  await page.goto("/apply");
  await page.getByRole("link", { name: "注册账号" }).last().click();
  await signUp(page, person);
  await page.getByRole("link", { name: kind }).last().click();
  await choosePlace(page, { jurisdiction: "chenzhou", unit: "chenzhou-beihu" });
  await page.getByLabel("人民路派出所").check();
  await page.getByRole("button", { name: "开始填写" }).click();
}

async function settlementSections(page: Page, home: (page: Page) => Promise<void>) {
  await openSection(page, "关于您");
  await page.getByLabel("现在的户口所在地").selectOption("elsewhere");
  await page.getByLabel("现户口的城乡属性").selectOption("rural");
  await save(page);
  await openSection(page, "将要居住的地方");
  await page.getByLabel("详细地址").fill("北湖区人民西路 20 号 1 栋 502 室");
  await page.getByLabel("在当地的住所").selectOption("rented");
  const months = page.getByLabel("在这个住址住了多少个月？", { exact: true });
  if (await months.count()) await months.fill("14");
  await home(page);
  await save(page);
  await openSection(page, "工作和社会保险");
  await page.getByLabel("在当地的就业情况").selectOption("employee");
  for (const [label, value] of [
    ["已就业（月）", "12"],
    ["在当地缴纳城镇社会保险（月）", "12"],
  ]) {
    const input = page.getByLabel(label, { exact: true });
    if (await input.count()) await input.fill(value);
  }
  await save(page);
  await openSection(page, "学历和其他落户依据");
  await page.getByLabel("最高学历").selectOption("bachelor");
  await save(page);
}

async function submit(page: Page, prefix: string) {
  await openSection(page, "上传材料");
  await uploadRequired(page, prefix);
  await page.getByRole("link", { name: "返回任务列表" }).last().click();
  await page.getByRole("link", { name: "检查并提交" }).click();
  // Eligible: no explanation is asked.
  await expect(page.getByLabel("您的说明")).toHaveCount(0);
  await declare(page);
  await page.getByRole("button", { name: "提交申请" }).click();
  await expect(page.getByRole("heading", { name: "申请已提交" })).toBeVisible();
  return (await page.getByTestId("application-number").innerText()).trim();
}

test("a residence permit straight from /apply asks the months in the city and is eligible: no explanation, no approval against the engine", async ({
  browser,
  db,
}) => {
  test.setTimeout(180_000);
  const { context, page, person } = await newResident(browser, db, "许", true);
  await startFromApply(page, person, "居住证");
  await openSection(page, "关于您");
  await page.getByLabel("现在的户口所在地").selectOption("elsewhere");
  await page.getByLabel("现户口的城乡属性").selectOption("rural");
  await save(page);
  await openSection(page, "将要居住的地方");
  await page.getByLabel("详细地址").fill("北湖区燕泉路 9 号");
  await page.getByLabel("在当地的住所").selectOption("rented");
  // The question the rule asks, in a resident's words.
  await page.getByLabel("您在本市（县）一共住了多少个月？").fill("9");
  await shot(page, "variants-permit-home-phone");
  await save(page);
  await expect(page.getByTestId("verdict")).toContainText("符合居住证申领条件");
  await openSection(page, "工作和社会保险");
  await page.getByLabel("在当地的就业情况").selectOption("employee");
  await save(page);
  await openSection(page, "学历和其他落户依据");
  await page.getByLabel("最高学历").selectOption("secondary");
  await save(page);
  const number = await submit(page, "variants-permit");
  expect(await db.application.findUniqueOrThrow({ where: { number } })).toMatchObject({ eligibleAtSubmission: true, explanation: null });

  const clerk = await clerkTakes(browser, db, number);
  await approve(clerk.page, number);
  const decided = await db.application.findUniqueOrThrow({ where: { number } });
  expect(decided).toMatchObject({ status: "APPROVED", againstEngine: false });
  expect(await db.residencePermit.count({ where: { holderId: decided.applicantPersonId } })).toBe(1);
  await Promise.all([context.close(), clerk.context.close()]);
});

test("the months in the city the self-check was told are carried into the application", async ({ browser, db }) => {
  test.setTimeout(120_000);
  const { context, page, person } = await newResident(browser, db, "闻");
  await page.goto(
    "/check?jurisdiction=chenzhou&unit=chenzhou-beihu&kind=residence_permit&applicant.hukou.jurisdiction=elsewhere&applicant.hukou.area=rural&applicant.residence.type=rented&applicant.residence.cityMonths=9",
  );
  await expect(page.getByTestId("verdict")).toContainText("符合");
  await page.getByTestId("apply-now").click();
  await page.getByRole("link", { name: "注册账号" }).last().click();
  await signUp(page, person);
  await page.getByLabel("人民路派出所").check();
  await page.getByRole("button", { name: "开始填写" }).click();
  await openSection(page, "将要居住的地方");
  await expect(page.getByLabel("您在本市（县）一共住了多少个月？")).toHaveValue("9");
  await context.close();
});

test("a family whose child has no ID number settles: the child is numbered at approval and the decision names everyone", async ({
  browser,
  db,
}) => {
  test.setTimeout(240_000);
  const { context, page, person } = await newResident(browser, db, "韩");
  await startFromApply(page, person, "落户（迁入户口）");
  await settlementSections(page, async (p) => p.getByLabel("在上面填写的地址新立户").check());
  await openSection(page, "随迁家属");
  await page.getByRole("button", { name: "添加一位家属" }).click();
  await page.getByLabel("家属 1 · 姓名").fill("韩小满");
  await page.getByTestId("member-row-0").getByLabel("男").check();
  await page.getByLabel("家属 1 · 关系").selectOption("child");
  await page.getByLabel("家属 1 · 出生日期").fill("2019-09-09");
  const coResident = page.getByLabel("家属 1 · 与本人共同居住生活");
  if (await coResident.count()) await coResident.check();
  await save(page);
  const number = await submit(page, "variants-child");

  const clerk = await clerkTakes(browser, db, number);
  await expect(clerk.page.getByTestId("member-0")).toContainText("无公民身份号码，批准时编发");
  await approve(clerk.page, number);
  const member = await db.applicationMember.findFirstOrThrow({ where: { application: { number } } });
  expect(member).toMatchObject({ approved: true, idIssued: true });
  expect(parseCitizenId({ input: member.citizenId! })).toMatchObject({ ok: true, birthDate: "2019-09-09", sex: "MALE" });
  const head = await db.membership.findFirstOrThrow({ where: { person: { citizenId: person.citizenId }, validTo: null } });
  expect(await db.membership.findFirstOrThrow({ where: { personId: member.personId!, validTo: null } })).toMatchObject({
    householdId: head.householdId,
    relation: "CHILD",
  });

  await page.goto("/me");
  await page
    .getByRole("link", { name: new RegExp(number) })
    .first()
    .click();
  await expect(page.getByTestId("decision-people")).toContainText("韩小满");
  await expect(page.getByTestId("decision-people")).toContainText("准予登记");
  await page.goto("/me/inbox");
  await expect(page.getByTestId("notice-details").first()).toContainText("韩小满");
  await shot(page, "variants-child-inbox");
  await Promise.all([context.close(), clerk.context.close()]);
});

test("a collective household asked for reaches the clerk pre-selected, and the resident is registered in one", async ({ browser, db }) => {
  test.setTimeout(200_000);
  const { context, page, person } = await newResident(browser, db, "柴");
  await startFromApply(page, person, "落户（迁入户口）");
  await settlementSections(page, async (p) => p.getByLabel("落在单位或社区集体户").check());
  await openSection(page, "随迁家属");
  await save(page);
  const number = await submit(page, "variants-collective");
  const clerk = await clerkTakes(browser, db, number);
  await expect(clerk.page.getByTestId("placement-asked")).toContainText("落入集体户");
  await expect(clerk.page.getByRole("radio", { name: "落入集体户" })).toBeChecked();
  await approve(clerk.page, number);
  const m = await db.membership.findFirstOrThrow({
    where: { person: { citizenId: person.citizenId }, validTo: null },
    include: { household: true },
  });
  expect(m).toMatchObject({ relation: "OTHER", household: { type: "COLLECTIVE_COMMUNITY" } });
  await Promise.all([context.close(), clerk.context.close()]);
});

test("joining a relative's household: the number and relation reach the clerk, the head's consent is asked for, approval joins it", async ({
  browser,
  db,
}) => {
  test.setTimeout(200_000);
  const station = await db.jurisdiction.findUniqueOrThrow({ where: { code: "chenzhou-beihu-renminlu-ps" } });
  const host = await db.household.findFirstOrThrow({
    where: { stationId: station.id, type: "FAMILY", closedOn: null, memberships: { some: { relation: "HEAD", validTo: null } } },
    orderBy: { householdNumber: "asc" },
  });
  const { context, page, person } = await newResident(browser, db, "温");
  await startFromApply(page, person, "落户（迁入户口）");
  await settlementSections(page, async (p) => {
    await p.getByLabel("投靠亲属，落在其户内（需户号和户主同意书）").check();
    // The household's number and the relation are asked once the choice is made (after a save without them).
    const number = p.getByLabel("被投靠户的户号");
    if (!(await number.isVisible())) await p.getByRole("button", { name: "保存并继续" }).click();
    await number.fill(host.householdNumber);
    await p.getByLabel("您与该户户主的关系").selectOption("PARENT");
  });
  await openSection(page, "随迁家属");
  await save(page);
  await openSection(page, "上传材料");
  await expect(page.getByTestId("item-head_consent")).toContainText("必需");
  await page.getByRole("link", { name: "返回任务列表" }).last().click();
  const number = await submit(page, "variants-join");
  const clerk = await clerkTakes(browser, db, number);
  await expect(clerk.page.getByTestId("placement-asked")).toContainText(host.householdNumber);
  await expect(clerk.page.getByTestId("placement-request")).toContainText("已上传");
  await expect(clerk.page.getByRole("radio", { name: /投靠已有家庭户/ })).toBeChecked();
  await expect(clerk.page.getByLabel("与户主关系")).toHaveValue("PARENT");
  await approve(clerk.page, number);
  expect(await db.membership.findFirstOrThrow({ where: { person: { citizenId: person.citizenId }, validTo: null } })).toMatchObject({
    householdId: host.id,
    relation: "PARENT",
  });
  await Promise.all([context.close(), clerk.context.close()]);
});

test("a no-hukou registration is approved: the person is numbered and registered where the application said; the applicant stays", async ({
  browser,
  db,
}) => {
  test.setTimeout(200_000);
  const { context, page, person } = await newResident(browser, db, "江", true);
  await startFromApply(page, person, "无户口人员登记");
  await openSection(page, "需要登记户口的人");
  await page.getByLabel("姓名").fill("江小溪");
  await page.getByLabel("女").check();
  await page.getByLabel("出生日期").fill("2014-04-04");
  await page.getByLabel("与您的关系").selectOption("CHILD");
  await page.getByLabel("没有户口的原因").selectOption("non_marital_birth");
  await page.getByLabel("情况说明").fill("非婚生育，孩子一直随我生活，未办理出生登记。");
  await page.getByLabel("现居住地址").fill("北湖区燕泉路 11 号");
  await page.getByLabel("在上面填写的地址新立户").check();
  await save(page);
  const number = await submit(page, "variants-no-hukou");
  const clerk = await clerkTakes(browser, db, number);
  await expect(clerk.page.getByText("准予登记的人员")).toBeVisible();
  await expect(clerk.page.getByText("登记人员与户主关系")).toBeVisible();
  await approve(clerk.page, number);
  const member = await db.applicationMember.findFirstOrThrow({ where: { application: { number } } });
  expect(member).toMatchObject({ approved: true, idIssued: true });
  expect(parseCitizenId({ input: member.citizenId! })).toMatchObject({ ok: true, birthDate: "2014-04-04", sex: "FEMALE" });
  const m = await db.membership.findFirstOrThrow({ where: { personId: member.personId!, validTo: null }, include: { household: true } });
  expect(m).toMatchObject({ relation: "HEAD", household: { address: "北湖区燕泉路 11 号" } });
  expect(await db.membership.count({ where: { person: { citizenId: person.citizenId }, validTo: null } })).toBe(0);
  await shot(clerk.page, "variants-no-hukou-decided");
  await Promise.all([context.close(), clerk.context.close()]);
});
