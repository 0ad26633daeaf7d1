// The whole lifecycle through the browser, with no shortcut through the database: a resident asks the
// self-check, follows "apply now", signs up, finishes the application and submits it; the station's clerk
// takes it and asks for a missing record (补正); the resident answers on their case page; the clerk
// approves; the household register shows the move; the resident downloads the certificate and anyone can
// verify it. The database is only read, to check what each step stored.
import { createUser, expect, screenshotPath, test } from "../fixtures";
import { declare, freshCitizenId, openSection, PDF, save, signUp, uniqueName, uploadRequired } from "../applicant/apply-steps";
import { checkOriginals } from "./journey-steps";

const CHECK =
  "/check?jurisdiction=chenzhou&unit=chenzhou-beihu&kind=settlement&applicant.birthDate=1990-04-01" +
  "&applicant.hukou.jurisdiction=elsewhere&applicant.hukou.area=rural&applicant.residence.type=rented&applicant.residence.months=14" +
  "&applicant.employment.type=employee&applicant.employment.months=12&applicant.socialInsurance.urbanMonths=12";

test("a resident settles in 郴州: self-check → apply → 补正 → approval → household → certificate → verification", async ({
  browser,
  db,
}) => {
  test.setTimeout(240_000);
  const residentContext = await browser.newContext();
  const resident = await residentContext.newPage();
  resident.setDefaultTimeout(20_000);
  const person = { name: uniqueName("赵"), citizenId: await freshCitizenId(db, { birthDate: "1990-04-01", sex: "FEMALE" }) };

  // 1. The self-check answers and leads to the application with the facts already given.
  await resident.goto(CHECK);
  await expect(resident.getByTestId("verdict")).toContainText("符合落户条件");
  await resident.getByTestId("apply-now").click();
  await expect(resident).toHaveURL(/\/signin\?callbackUrl=/);
  await resident.getByRole("link", { name: "注册账号" }).last().click();
  await signUp(resident, person);
  await expect(resident).toHaveURL(/\/apply\/new\?.*facts=/);
  await expect(resident.getByText("已带入您在自助测评中填写的情况")).toBeVisible();
  await resident.getByLabel("人民路派出所").check();
  await resident.getByRole("button", { name: "开始填写" }).click();

  // 2. The task list: the self-check's answers are there; the resident confirms each section and adds the address.
  await openSection(resident, "关于您");
  await expect(resident.getByLabel("现在的户口所在地")).toHaveValue("elsewhere");
  await save(resident);
  await openSection(resident, "将要居住的地方");
  await expect(resident.getByLabel("在当地的住所")).toHaveValue("rented");
  await resident.getByLabel("详细地址").fill("北湖区人民西路 20 号 1 栋 502 室");
  await resident.getByLabel("在上面填写的地址新立户").check();
  await save(resident);
  await openSection(resident, "工作和社会保险");
  await expect(resident.getByLabel("在当地的就业情况")).toHaveValue("employee");
  await save(resident);
  await expect(resident.getByTestId("verdict")).toContainText("符合落户条件");
  await openSection(resident, "学历和其他落户依据");
  await save(resident);
  await openSection(resident, "随迁家属");
  await save(resident);
  await openSection(resident, "上传材料");
  await uploadRequired(resident, "journey-01");
  await resident.getByRole("link", { name: "返回任务列表" }).last().click();
  await resident.getByRole("link", { name: "检查并提交" }).click();
  // Without the 如实申报承诺 nothing is submitted: the error names it and links to the box.
  await resident.getByRole("button", { name: "提交申请" }).click();
  await expect(resident.getByTestId("error-summary")).toContainText("请勾选“如实申报承诺”后再提交申请");
  await declare(resident);
  await resident.getByRole("button", { name: "提交申请" }).click();
  await expect(resident.getByRole("heading", { name: "申请已提交" })).toBeVisible();
  const number = (await resident.getByTestId("application-number").innerText()).trim();
  await resident.screenshot({ path: screenshotPath("journey-02-submitted"), fullPage: true });
  const app = await db.application.findUniqueOrThrow({ where: { number } });
  expect(app).toMatchObject({ status: "SUBMITTED", kind: "SETTLEMENT", eligibleAtSubmission: true, policyId: "chenzhou-2016" });

  // 3. The station's clerk takes the case and asks, once, for the insurance record.
  const clerkUser = await createUser(db, { role: "CLERK", stationId: app.stationId! });
  const clerkContext = await browser.newContext();
  const clerk = await clerkContext.newPage();
  clerk.setDefaultTimeout(20_000);
  await clerk.goto("/signin");
  await clerk.getByLabel("用户名").fill(clerkUser.username);
  await clerk.getByLabel("密码").fill(clerkUser.password);
  await clerk.getByRole("button", { name: "登录" }).click();
  await expect(clerk).toHaveURL(/\/workbench/);
  await clerk.goto(`/workbench?kind=SETTLEMENT&who=unassigned`);
  await clerk.getByTestId(`case-${number}`).getByRole("link").first().click();
  await expect(clerk.getByRole("heading", { level: 1 })).toContainText(number);
  await clerk.getByRole("button", { name: "受理并开始审核" }).click();
  await expect(clerk.getByRole("status").first()).toContainText(`已受理申请 ${number}`);
  const request = clerk.locator("form", { has: clerk.getByRole("heading", { name: "要求补正（一次性告知）" }) });
  // The screen may still be re-rendering after 受理 (the form is replaced and the tick lost): tick until it holds.
  const insurance = request.getByRole("checkbox", { name: /城镇社会保险缴费记录/ });
  await expect(async () => {
    await insurance.check();
    await expect(insurance).toBeChecked({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await request.getByRole("button", { name: "发送补正通知" }).click();
  await expect(clerk.getByText("已一次性告知申请人补正材料")).toBeVisible();

  // 4. The resident sees the request in their inbox and case page, the clock paused, and answers it.
  await resident.goto("/me");
  await resident
    .getByRole("link", { name: new RegExp(number) })
    .first()
    .click();
  await expect(resident.getByTestId("case-clock")).toContainText("时限暂停计算");
  await expect(resident.locator("#materials")).toContainText("城镇社会保险缴费记录");
  await resident.locator("#file-insurance_record").setInputFiles({ name: "社保缴费记录.pdf", mimeType: "application/pdf", buffer: PDF });
  await resident.locator("#answer-note").fill("已补交近 12 个月的缴费记录");
  await resident.getByRole("button", { name: "上传并提交补正" }).click();
  await expect(resident.getByRole("status")).toContainText("补正材料已提交");

  // 5. The clerk approves; the registry changes in the same step.
  await clerk.reload();
  await expect(clerk.locator("main")).toContainText("社保缴费记录.pdf");
  // The resident's one visit: the officer checks the original ID card before approving (decision 0257).
  await checkOriginals(clerk);
  await clerk.getByRole("button", { name: "批准并办理登记" }).click();
  // The approval is the largest transaction of the journey: on a shared 2-core machine allow it 30 s, as the other slow steps are.
  await expect(clerk.getByText(`已批准申请 ${number}`)).toBeVisible({ timeout: 30_000 });
  const decided = await db.application.findUniqueOrThrow({ where: { id: app.id } });
  expect(decided).toMatchObject({ status: "APPROVED", againstEngine: false });
  const membership = await db.membership.findFirstOrThrow({
    where: { personId: app.applicantPersonId!, validTo: null },
    include: { household: true },
  });
  expect(membership.household.stationId).toBe(app.stationId);
  await clerk.getByRole("link", { name: "查看户籍登记" }).click();
  await expect(clerk.getByRole("heading", { level: 1 })).toContainText(membership.household.householdNumber);
  await expect(clerk.getByTestId("membership-row").first()).toContainText(`准予落户（${number}）`);
  await clerk.screenshot({ path: screenshotPath("journey-03-household"), fullPage: true });

  // 6. The resident reads the decision and downloads the certificate; anyone can verify it.
  await resident.reload();
  const decision = resident.getByTestId("decision");
  await expect(decision).toContainText("申请已批准");
  const certificate = await db.certificate.findFirstOrThrow({ where: { applicationId: app.id } });
  await expect(decision).toContainText(certificate.code);
  const download = await resident.request.get((await decision.getByRole("link", { name: /下载/ }).getAttribute("href")) ?? "");
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect((await download.body()).subarray(0, 5).toString()).toBe("%PDF-");
  // After the decision no file still reads 待审核: the ones nobody marked are filed with the case.
  await expect(resident.getByTestId("documents")).not.toContainText("待审核");
  await expect(resident.getByTestId("documents")).toContainText("随案归档");
  await expect(decision.getByTestId("verify-link")).toHaveAttribute("href", `/verify/${certificate.code}`);
  await clerk.goto(`/workbench/cases/${app.id}`);
  await expect(clerk.locator("main")).not.toContainText("待审核");
  await resident.screenshot({ path: screenshotPath("journey-04-decision"), fullPage: true });
  // A stranger (no account) checks the code printed on the certificate.
  const publicContext = await browser.newContext();
  const stranger = await publicContext.newPage();
  // /verify is linked from the landing page.
  await stranger.goto("/");
  await stranger.getByTestId("landing-verify").getByRole("link", { name: "核验证明真伪" }).click();
  await expect(stranger).toHaveURL(/\/verify$/);
  await stranger.getByLabel("核验码").fill(certificate.code);
  await stranger.getByRole("button", { name: "核验" }).click();
  await expect(stranger.getByRole("heading", { name: "真实有效" })).toBeVisible();
  await expect(stranger.locator("body")).not.toContainText(person.citizenId);
  await stranger.screenshot({ path: screenshotPath("journey-05-verified"), fullPage: true });
  await Promise.all([residentContext.close(), clerkContext.close(), publicContext.close()]);
});
