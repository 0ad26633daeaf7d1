// Steps shared by the "apply online" specs: a fresh resident signs up through /register, files are
// uploaded against the checklist, screenshots are taken at each step.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import type { Db } from "../../lib/db";
import { unusedCitizenId } from "../../tests/factories/citizen-ids";
import { PDF_BUFFER as PDF } from "../../tests/factories/documents";
import { createUser, expect, screenshotPath, signInProgrammatically, type TestUser } from "../fixtures";

export const RESIDENT_PASSWORD = "Chenzhou-Beihu-2026";

/** A valid citizen ID number nobody in the database has (a 430521 one unless a region is given). */
export function freshCitizenId(db: Db, options: { birthDate: string; sex: "MALE" | "FEMALE"; region?: string }): Promise<string> {
  return unusedCitizenId(db, { region: "430521", ...options });
}

export function uniqueName(prefix: string): string {
  return `${prefix}${randomUUID().slice(0, 4)}`;
}

export async function shot(page: Page, name: string) {
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
}

/** Fills the sign-up form (the page must be on /register) and expects to arrive signed in. */
export async function signUp(page: Page, person: { name: string; citizenId: string; phone?: string }) {
  await expect(page.getByRole("heading", { name: "注册账号" })).toBeVisible();
  await page.getByLabel("姓名").fill(person.name);
  await page.getByLabel("公民身份号码").fill(person.citizenId);
  await page.getByLabel("手机号码").fill(person.phone ?? "13912345678");
  await page.getByLabel("密码", { exact: true }).fill(RESIDENT_PASSWORD);
  await page.getByLabel("再次输入密码").fill(RESIDENT_PASSWORD);
  await page.getByRole("button", { name: "注册并登录" }).click();
  await expect(page.getByText("注册成功")).toBeVisible({ timeout: 20_000 });
}

/** From the landing page, through sign-in and sign-up, to the chooser. */
export async function landingToChooser(page: Page, person: { name: string; citizenId: string }, prefix: string) {
  await page.goto("/");
  await shot(page, `${prefix}-01-landing`);
  await page.getByRole("link", { name: "在线申请" }).first().click();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fapply/);
  await page.getByRole("link", { name: "注册账号" }).last().click();
  await expect(page).toHaveURL(/\/register\?callbackUrl=%2Fapply/);
  await shot(page, `${prefix}-02-register`);
  await signUp(page, person);
  await expect(page).toHaveURL(/\/apply\?registered=1/);
  await shot(page, `${prefix}-03-chooser`);
}

/** A resident nobody has seen (a fresh name and citizen ID), signed up from the landing page to the chooser. */
export async function newResidentAtChooser(
  page: Page,
  db: Db,
  options: { surname: string; birthDate: string; sex: "MALE" | "FEMALE"; prefix: string },
) {
  const person = {
    name: uniqueName(options.surname),
    citizenId: await freshCitizenId(db, { birthDate: options.birthDate, sex: options.sex }),
  };
  await landingToChooser(page, person, options.prefix);
  return person;
}

/** A new applicant, signed in, who has started a no-hukou draft at 广惠派出所 in 都匀市; the draft's page is open. */
export async function startNoHukouDraft(page: Page, db: Db): Promise<{ user: TestUser; id: string }> {
  const user = await createUser(db, { role: "APPLICANT" });
  await signInProgrammatically(page.request, user);
  await page.goto("/apply/new?kind=no_hukou&jurisdiction=qiannan&unit=qiannan-duyun");
  await page.getByLabel("广惠派出所").check();
  await page.getByRole("button", { name: "开始填写" }).click();
  await expect(page).toHaveURL(/\/apply\/[0-9a-f-]{36}$/);
  return { user, id: page.url().split("/").pop()! };
}

/** The start page's first two steps: the place whose reform document applies, then the county or town. */
export async function choosePlace(page: Page, place: { jurisdiction: string; unit: string }) {
  await page.getByLabel("地方（依据的改革文件）").selectOption(place.jurisdiction);
  await page.getByRole("button", { name: "下一步" }).click();
  await page.getByLabel("将要居住的县（市、区）或镇（街道、乡）").selectOption(place.unit);
  await page.getByRole("button", { name: "下一步" }).click();
}

export { PDF };
export const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

/** Uploads one file to every required item of the checklist; returns the item ids. */
export async function uploadRequired(page: Page, prefix: string): Promise<string[]> {
  const items = page.locator('[data-testid^="item-"]');
  const ids: string[] = [];
  for (let i = 0; i < (await items.count()); i++) {
    const item = items.nth(i);
    if ((await item.getByText("必需", { exact: true }).count()) > 0) ids.push((await item.getAttribute("data-testid"))!.slice(5));
  }
  expect(ids.length).toBeGreaterThan(0);
  for (const [n, id] of ids.entries()) {
    const item = page.getByTestId(`item-${id}`);
    await item
      .locator(`#file-${id}`)
      .setInputFiles(
        n % 2 === 0
          ? { name: `${id}.pdf`, mimeType: "application/pdf", buffer: PDF }
          : { name: `${id}.png`, mimeType: "image/png", buffer: PNG },
      );
    await item.getByRole("button", { name: "上传" }).click();
    await expect(page.getByRole("status").filter({ hasText: "已上传：" })).toBeVisible();
    await expect(page.getByTestId(`item-${id}`).getByRole("link")).toHaveCount(1);
  }
  await expect(page.getByText("必需材料已经齐全。")).toBeVisible();
  await shot(page, `${prefix}-documents`);
  return ids;
}

/** Opens a section from the task list. */
export async function openSection(page: Page, title: string) {
  await page.getByTestId("task-list").getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

export async function save(page: Page) {
  await page.getByRole("button", { name: "保存并继续" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存" })).toBeVisible();
}

/** Ticks the 如实申报承诺 on the check-answers page (nothing is submitted without it). */
export async function declare(page: Page) {
  await page.getByRole("checkbox", { name: /本人承诺所填信息和所交材料真实有效/ }).check();
}

/** Check answers → submit → confirmation; returns the application number. */
export async function checkAndSubmit(page: Page, prefix: string, explanation?: string): Promise<string> {
  await page.getByRole("link", { name: "检查并提交" }).click();
  await expect(page.getByRole("heading", { name: "检查您的回答" })).toBeVisible();
  if (explanation) await page.getByLabel("您的说明").fill(explanation);
  await declare(page);
  await shot(page, `${prefix}-check`);
  await page.getByRole("button", { name: "提交申请" }).click();
  await expect(page.getByRole("heading", { name: "申请已提交" })).toBeVisible();
  await shot(page, `${prefix}-done`);
  return (await page.getByTestId("application-number").innerText()).trim();
}

/** The case is listed on /me, and every file comes back to its owner byte for byte. */
export async function expectCaseStored(page: Page, db: Db, number: string) {
  await page.goto("/me");
  await expect(page.getByText(number).first()).toBeVisible();
  const app = await db.application.findUniqueOrThrow({ where: { number }, include: { documents: true, caseEvents: true, members: true } });
  expect(app.status).toBe("SUBMITTED");
  expect(app.submittedAt).not.toBeNull();
  expect(app.dueAt).not.toBeNull();
  expect(app.caseEvents.map((e) => e.toStatus)).toEqual(["SUBMITTED"]);
  expect(await db.notice.count({ where: { applicationId: app.id, kind: "submitted" } })).toBe(1);
  expect(await db.auditEvent.count({ where: { entityId: app.id, action: "application.submit" } })).toBe(1);
  for (const doc of app.documents) {
    const response = await page.request.get(`/documents/${doc.id}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe(doc.mediaType);
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect(response.headers()["cache-control"]).toContain("no-store");
    expect(response.headers()["content-disposition"]).toMatch(
      /^attachment; filename="document-[0-9a-f]{8}\.(pdf|png|jpg)"; filename\*=UTF-8''/,
    );
    expect(Buffer.from(await response.body()).equals(doc.mediaType === "application/pdf" ? PDF : PNG)).toBe(true);
  }
  return app;
}

/** Fills an input only where the form asks it (the form asks only what the local rules read). */
export async function fillIfAsked(page: Page, label: string, value: string) {
  const input = page.getByLabel(label, { exact: true });
  if ((await input.count()) === 0) return;
  if ((await input.evaluate((el) => el.tagName)) === "SELECT") await input.selectOption(value);
  else await input.fill(value);
}

/** No horizontal overflow: the page fits the phone. */
export async function expectFitsWidth(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}
