// Certificates end to end: the public verification page (no sign-in) and the PDF download, which only
// the holder's account and the issuing station's clerks get (anyone else: 404).
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { issueCertificate } from "../../lib/certificates/issue";
import { checkChar } from "../../lib/certificates/code";
import { maskCitizenId } from "../../lib/registry/citizen-id";
import type { Db } from "../../lib/db";
import { createSubmittedCase, createUser, demoStations, expect, screenshotPath, signInProgrammatically, test, type TestUser } from "../fixtures";

async function certificateFor(db: Db, applicant: TestUser, stationId: string) {
  const app = await createSubmittedCase(db, { stationId, applicant });
  await db.application.update({ where: { id: app.id }, data: { status: "APPROVED", decidedAt: new Date() } });
  const station = await db.jurisdiction.findUniqueOrThrow({ where: { id: stationId } });
  return db.$transaction((tx) =>
    issueCertificate({
      tx,
      actorId: applicant.id,
      kind: "SETTLEMENT_NOTICE",
      applicationId: app.id,
      permitId: null,
      holderId: applicant.personId!,
      stationId,
      issuedOn: new Date(),
      data: { address: `${station.name}辖区人民路 8 号`, householdNumber: "431002009999", applicationNumber: app.number, decisionDate: new Date().toISOString().slice(0, 10) },
    }),
  );
}

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: screenshotPath(`${name}-desktop`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: screenshotPath(`${name}-phone`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("a genuine certificate: verified without signing in, holder masked", async ({ page, db }) => {
  const applicant = await createUser(db, { role: "APPLICANT" });
  const { clerkStationId } = await demoStations(db);
  const { code } = await certificateFor(db, applicant, clerkStationId);
  const person = await db.person.findUniqueOrThrow({ where: { id: applicant.personId! } });

  const response = await page.goto(`/verify/${code}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "真实有效" })).toBeVisible();
  await expect(page.getByTestId("holder-name")).toHaveText("测****");
  await expect(page.getByTestId("holder-id")).toHaveText(maskCitizenId(person.citizenId));
  await expect(page.getByText("准予迁入证明")).toBeVisible();
  await expect(page.locator("body")).not.toContainText(person.citizenId);
  await expect(page.locator("body")).not.toContainText("测试申请人");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  expect(await axe(page)).toEqual([]);
  await shoot(page, "verify-genuine");
});

test("an altered code is not valid; a well-formed unknown code is not found", async ({ page, db }) => {
  const applicant = await createUser(db, { role: "APPLICANT" });
  const { clerkStationId } = await demoStations(db);
  const { code } = await certificateFor(db, applicant, clerkStationId);
  const altered = (code[0] === "A" ? "B" : "A") + code.slice(1);

  await page.goto(`/verify/${altered}`);
  await expect(page.getByRole("heading", { name: "核验码无效" })).toBeVisible();
  await expect(page.getByText("可能输错了，或者被改动过")).toBeVisible();
  await expect(page.getByTestId("holder-name")).toHaveCount(0);
  await shoot(page, "verify-invalid");

  const body = "0000111122223333";
  await page.goto(`/verify/${body.match(/.{4}/g)!.join("-")}-${checkChar(body)}`);
  await expect(page.getByRole("heading", { name: "查无此证明" })).toBeVisible();
  await expect(page.getByTestId("holder-name")).toHaveCount(0);
  expect(await axe(page)).toEqual([]);
  await shoot(page, "verify-unknown");
});

test("a revoked certificate says so", async ({ page, db }) => {
  const applicant = await createUser(db, { role: "APPLICANT" });
  const { clerkStationId } = await demoStations(db);
  const { id, code } = await certificateFor(db, applicant, clerkStationId);
  await db.certificate.update({ where: { id }, data: { revokedAt: new Date() } });
  await page.goto(`/verify/${code}`);
  await expect(page.getByRole("heading", { name: "已撤销" })).toBeVisible();
  await expect(page.getByText("不再有效")).toBeVisible();
  await expect(page.getByTestId("holder-name")).toHaveText("测****");
  await shoot(page, "verify-revoked");
});

test("the verify form works without JavaScript, lists a missing code, and takes a typed code", async ({ browser, db }) => {
  const applicant = await createUser(db, { role: "APPLICANT" });
  const { clerkStationId } = await demoStations(db);
  const { code } = await certificateFor(db, applicant, clerkStationId);
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto("/verify");
  await shoot(page, "verify-form");
  await page.getByRole("button", { name: "核验" }).click();
  await expect(page.getByRole("alert", { name: "请改正以下问题" })).toContainText("请输入核验码");
  await expect(page.getByLabel("核验码")).toHaveAttribute("aria-invalid", "true");
  await shoot(page, "verify-form-error");
  await page.getByLabel("核验码").fill(code.toLowerCase().replace(/-/g, " "));
  await page.getByRole("button", { name: "核验" }).click();
  await expect(page.getByRole("heading", { name: "真实有效" })).toBeVisible();
  await context.close();
});

test("the verify form and its error state pass axe", async ({ page }) => {
  await page.goto("/verify");
  expect(await axe(page)).toEqual([]);
  await page.goto("/verify?code=");
  await expect(page.getByRole("alert", { name: "请改正以下问题" })).toContainText("请输入核验码");
  expect(await axe(page)).toEqual([]);
});

test("the PDF: the applicant and the station's clerk download it, another applicant and another station get 404", async ({ playwright, db }) => {
  const baseURL = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3100";
  const owner = await createUser(db, { role: "APPLICANT" });
  const stranger = await createUser(db, { role: "APPLICANT" });
  const { clerkStationId, otherStationId } = await demoStations(db);
  const clerk = await createUser(db, { role: "CLERK", stationId: clerkStationId });
  const otherClerk = await createUser(db, { role: "CLERK", stationId: otherStationId });
  const { id } = await certificateFor(db, owner, clerkStationId);

  for (const [user, status] of [[owner, 200], [clerk, 200], [stranger, 404], [otherClerk, 404]] as const) {
    const request = await playwright.request.newContext({ baseURL });
    await signInProgrammatically(request, user);
    const response = await request.get(`/certificates/${id}`);
    expect(response.status(), user.username).toBe(status);
    if (status === 200) {
      expect(response.headers()["content-type"]).toBe("application/pdf");
      expect(response.headers()["cache-control"]).toContain("no-store");
      expect(response.headers()["content-disposition"]).toContain("filename*=UTF-8''%E5%87%86%E4%BA%88%E8%BF%81%E5%85%A5%E8%AF%81%E6%98%8E");
      const body = await response.body();
      expect(body.subarray(0, 5).toString()).toBe("%PDF-");
      expect(body.byteLength).toBeLessThan(200_000);
    }
    await request.dispose();
  }
  expect(await db.auditEvent.count({ where: { action: "certificate.download", entityId: id } })).toBe(2);
});

test("a signed-out visitor asking for a certificate is sent to sign in", async ({ request, db }) => {
  const owner = await createUser(db, { role: "APPLICANT" });
  const { clerkStationId } = await demoStations(db);
  const { id } = await certificateFor(db, owner, clerkStationId);
  const response = await request.get(`/certificates/${id}`, { maxRedirects: 0 });
  expect(response.status()).toBe(303);
  expect(response.headers()["location"]).toContain(`/signin?callbackUrl=${encodeURIComponent(`/certificates/${id}`)}`);
});
