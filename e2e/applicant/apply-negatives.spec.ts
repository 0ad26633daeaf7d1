// What must not happen: another applicant's draft, case or file; a disguised, oversize or empty file; a
// submission with a document missing; two cases from one double submission; a stale form overwriting.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { createUser, expect, signInProgrammatically, test, type TestUser } from "../fixtures";
import type { Db } from "../../lib/db";
import { declare, PDF, shot, startNoHukouDraft } from "./apply-steps";

const UPLOAD_ROOT = process.env.UPLOAD_DIR ?? path.join(process.cwd(), ".data", "uploads");
const ORIGIN = new URL(process.env.E2E_BASE_URL ?? "http://127.0.0.1:3100").origin;

/** A signed-in applicant with a no-hukou draft whose only section is answered; documents still to come. */
async function draftFor(page: Page, db: Db): Promise<{ user: TestUser; id: string }> {
  const { user, id } = await startNoHukouDraft(page, db);
  await page.goto(`/apply/${id}/person`);
  await page.getByLabel("姓名").fill("石头");
  await page.getByLabel("男").check();
  await page.getByLabel("出生日期").fill("2015-03-03");
  await page.getByLabel("与您的关系").selectOption("CHILD");
  await page.getByLabel("没有户口的原因").selectOption("abandoned");
  await page.getByLabel("情况说明").fill("被遗弃后由我抚养至今。");
  await page.getByLabel("现居住地址").fill("都匀市广惠路 1 号");
  await page.getByLabel("在上面填写的地址新立户").check();
  await page.getByRole("button", { name: "保存并继续" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存" })).toBeVisible();
  return { user, id };
}

async function upload(page: Page, id: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.goto(`/apply/${id}/documents`);
  const item = page.getByTestId("item-no_hukou_statement");
  await item.locator("#file-no_hukou_statement").setInputFiles(file);
  await item.getByRole("button", { name: "上传" }).click();
}

test("another applicant's draft, case and file are 404, and so is a file for the signed-out", async ({ page, browser, db }) => {
  test.setTimeout(90_000);
  page.setDefaultTimeout(15_000);
  const { id } = await draftFor(page, db);
  await upload(page, id, { name: "说明.pdf", mimeType: "application/pdf", buffer: PDF });
  await expect(page.getByRole("status").filter({ hasText: "已上传" })).toBeVisible();
  const doc = await db.document.findFirstOrThrow({ where: { applicationId: id } });
  expect((await page.request.get(`/documents/${doc.id}`)).status()).toBe(200);

  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signInProgrammatically(other.request, await createUser(db, { role: "APPLICANT" }));
  const paths = [
    `/apply/${id}`,
    `/apply/${id}/person`,
    `/apply/${id}/documents`,
    `/apply/${id}/check`,
    `/apply/${id}/done`,
    `/documents/${doc.id}`,
  ];
  for (const p of paths) expect((await other.goto(p))?.status(), `draft ${p}`).toBe(404);

  await page.goto(`/apply/${id}/check`);
  await declare(page);
  await page.getByRole("button", { name: "提交申请" }).click();
  await expect(page.getByRole("heading", { name: "申请已提交" })).toBeVisible();
  for (const p of paths) expect((await other.goto(p))?.status(), `case ${p}`).toBe(404);
  await otherContext.close();

  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(`/documents/${doc.id}`)).status()).toBe(404);
  await anonymous.close();
});

test("a renamed executable, a script, an 11 MB file and an empty file are refused with a clear message, and nothing is stored", async ({
  page,
  db,
}) => {
  test.setTimeout(90_000);
  page.setDefaultTimeout(15_000);
  const { id } = await draftFor(page, db);
  const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120, 1)]);
  const cases = [
    { name: "身份证.pdf", buffer: elf, message: "只接受 PDF、JPEG 或 PNG 文件" },
    { name: "说明.pdf", buffer: Buffer.from("#!/bin/sh\nrm -rf /\n"), message: "只接受 PDF、JPEG 或 PNG 文件" },
    { name: "扫描件.pdf", buffer: Buffer.concat([PDF, Buffer.alloc(11 * 1024 * 1024)]), message: "文件超过 10 MB" },
    { name: "空文件.pdf", buffer: Buffer.alloc(0), message: "文件是空的" },
  ];
  for (const [i, c] of cases.entries()) {
    await upload(page, id, { name: c.name, mimeType: "application/pdf", buffer: c.buffer });
    await expect(page.getByTestId("upload-error")).toContainText(c.message);
    if (i === 0) await shot(page, "apply-negative-upload-refused");
    const hash = createHash("sha256").update(c.buffer).digest("hex");
    expect(fs.existsSync(path.join(UPLOAD_ROOT, hash.slice(0, 2), hash.slice(2, 4), hash)), c.name).toBe(false);
  }
  expect(await db.document.count({ where: { applicationId: id } })).toBe(0);
  expect(await db.auditEvent.count({ where: { action: "document.add", data: { path: ["applicationId"], equals: id } } })).toBe(0);
});

test("a submission with a missing document is refused with the list; a double submission makes one case", async ({ page, db }) => {
  test.setTimeout(90_000);
  page.setDefaultTimeout(15_000);
  const { id } = await draftFor(page, db);
  await page.goto(`/apply/${id}`);
  // The task list does not offer "check and submit" yet…
  await expect(page.getByRole("link", { name: "检查并提交" })).toHaveCount(0);
  // …and a post anyway is refused with everything that is missing.
  await page.goto(`/apply/${id}/check`);
  await declare(page);
  await page.getByRole("button", { name: "提交申请" }).click();
  await expect(page.getByTestId("missing-documents")).toContainText("无户口情况说明及相关证明");
  await shot(page, "apply-negative-missing-documents");
  expect((await db.application.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");

  await upload(page, id, { name: "说明.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.goto(`/apply/${id}/check`);
  // The form as a browser without JavaScript posts it, twice at once (a double click, a retry).
  const fields = Object.fromEntries(
    await page
      .locator("form:has(button:text('提交申请')) input[type=hidden]")
      .evaluateAll((inputs) => inputs.map((i) => [(i as HTMLInputElement).name, (i as HTMLInputElement).value])),
  ) as Record<string, string>;
  fields.declaration = "yes"; // the ticked 如实申报承诺
  const post = () => page.request.post(`/apply/${id}/check`, { multipart: fields, maxRedirects: 0, headers: { Origin: ORIGIN } });
  const responses = await Promise.all([post(), post()]);
  for (const r of responses) expect(r.status()).toBeLessThan(400);
  const app = await db.application.findUniqueOrThrow({ where: { id }, include: { caseEvents: true } });
  expect(app.status).toBe("SUBMITTED");
  expect(app.caseEvents).toHaveLength(1);
  expect(await db.notice.count({ where: { applicationId: id, kind: "submitted" } })).toBe(1);
  // Either post lands on the same confirmation.
  await page.goto(`/apply/${id}/check`);
  await expect(page.getByTestId("application-number")).toHaveText(app.number);
});

test("a stale form (an older version) is refused with a message, not a silent overwrite", async ({ page, db }) => {
  test.setTimeout(90_000);
  page.setDefaultTimeout(15_000);
  const { id } = await draftFor(page, db);
  const second = await page.context().newPage();
  await page.goto(`/apply/${id}/person`);
  await second.goto(`/apply/${id}/person`);
  await page.getByLabel("情况说明").fill("第一个窗口写的说明。");
  await page.getByRole("button", { name: "保存并继续" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存" })).toBeVisible();
  await second.getByLabel("情况说明").fill("第二个窗口（旧表单）写的说明。");
  await second.getByRole("button", { name: "保存并继续" }).click();
  await expect(second.getByTestId("stale")).toContainText("这份表单已过时");
  await expect(second.getByLabel("情况说明")).toHaveValue("第一个窗口写的说明。");
  await shot(second, "apply-negative-stale");
  const app = await db.application.findUniqueOrThrow({ where: { id } });
  expect((app.formData as { person: { story: string } }).person.story).toBe("第一个窗口写的说明。");
});
