// Issue 16 over HTTP: M5 (quantity limits said in words), L6 (file names that lie: bidi, zero-width, a
// foreign extension; attachments), L7 (checklist ids like `constructor`, and items not asked for in 补正),
// I5 (the documents page names only this draft's files, never text from the URL).
import type { Page } from "@playwright/test";
import { createUser, demoStations, expect, screenshotPath, signInProgrammatically, test, type TestUser } from "../fixtures";
import type { Db } from "../../lib/db";
import { getBlobStore } from "../../lib/storage";
import { createSettlementCase } from "../clerk/casework-helpers";
import { PDF, PNG } from "../applicant/apply-steps";

test.describe.configure({ timeout: 180_000 });

const ITEM = "no_hukou_statement";

async function startDraft(page: Page): Promise<string> {
  await page.goto("/apply/new?kind=no_hukou&jurisdiction=qiannan&unit=qiannan-duyun");
  await page.getByLabel("广惠派出所").check();
  await page.getByRole("button", { name: "开始填写" }).click();
  await expect(page).toHaveURL(/\/apply\/[0-9a-f-]{36}$/);
  return page.url().split("/").pop()!;
}

async function applicantWithDraft(page: Page, db: Db): Promise<{ user: TestUser; id: string }> {
  page.setDefaultTimeout(30_000);
  const user = await createUser(db, { role: "APPLICANT" });
  await signInProgrammatically(page.request, user);
  return { user, id: await startDraft(page) };
}

/** Chooses a file under the item, first renaming the input (a hostile client posts whatever names it likes). */
async function uploadAs(
  page: Page,
  draftId: string,
  options: { field?: string; applicationId?: string; file: { name: string; mimeType: string; buffer: Buffer } },
) {
  await page.goto(`/apply/${draftId}/documents`);
  const input = page.locator(`#file-${ITEM}`);
  await input.setInputFiles(options.file);
  if (options.field) await input.evaluate((el, name) => el.setAttribute("name", name), options.field);
  if (options.applicationId)
    await page
      .locator('#upload-form input[name="applicationId"]')
      .evaluate((el, id) => ((el as HTMLInputElement).value = id), options.applicationId);
  await page.getByTestId(`item-${ITEM}`).getByRole("button", { name: "上传" }).click();
  await page.waitForLoadState("networkidle");
}

test("L6: a name with a bidi override and a foreign extension is stored and served as what the file is, as an attachment", async ({
  page,
  db,
}) => {
  const { user, id } = await applicantWithDraft(page, db);
  await uploadAs(page, id, { file: { name: "invoice\u202Efdp.exe", mimeType: "application/octet-stream", buffer: PDF } });
  await expect(page.getByTestId("upload-done")).toContainText("invoicefdp.pdf");
  const doc = await db.document.findFirstOrThrow({ where: { applicationId: id } });
  expect(doc.fileName).toBe("invoicefdp.pdf");
  expect(doc.mediaType).toBe("application/pdf");

  const response = await page.request.get(`/documents/${doc.id}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-disposition"]).toBe(
    `attachment; filename="document-${doc.id.slice(0, 8)}.pdf"; filename*=UTF-8''invoicefdp.pdf`,
  );
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect((await page.request.get(`/documents/${doc.id}?view=inline`)).headers()["content-disposition"]).toMatch(/^inline; /);

  // A row stored before names were cleaned is cleaned when served.
  const sha256 = await getBlobStore().put(PNG);
  const old = await db.document.create({
    data: {
      applicationId: id,
      kind: ITEM,
      fileName: "photo\u202Egnp.exe\u200B",
      sha256,
      sizeBytes: PNG.length,
      mediaType: "image/png",
      uploadedById: user.id,
    },
  });
  const served = (await page.request.get(`/documents/${old.id}`)).headers()["content-disposition"];
  expect(served).toBe(`attachment; filename="document-${old.id.slice(0, 8)}.png"; filename*=UTF-8''photognp.png`);
});

test("I5: the documents page shows a success banner only for this draft's own files named by id", async ({ page, db }) => {
  const { id } = await applicantWithDraft(page, db);
  for (const uploaded of ["<b>已上传</b>身份证.pdf", "00000000-0000-4000-8000-000000000000", "%00", "a,b,c"]) {
    await page.goto(`/apply/${id}/documents?uploaded=${encodeURIComponent(uploaded)}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByTestId("upload-done"), uploaded).toHaveCount(0);
  }
  // Another applicant's file id is no banner either.
  const other = await createUser(db, { role: "APPLICANT" });
  const { clerkStationId } = await demoStations(db);
  const theirs = await createSettlementCase(db, { stationId: clerkStationId, applicant: other });
  const theirDoc = await db.document.findFirstOrThrow({ where: { applicationId: theirs.id } });
  await page.goto(`/apply/${id}/documents?uploaded=${theirDoc.id}`);
  await expect(page.getByTestId("upload-done")).toHaveCount(0);
  await expect(page.getByText(theirDoc.fileName)).toHaveCount(0);
});

test("L7: `constructor` and `__proto__` are no checklist items, and 补正 takes only the items asked for", async ({ page, db }) => {
  const { user, id } = await applicantWithDraft(page, db);
  for (const field of ["file-constructor", "file-__proto__", "file-toString"]) {
    await uploadAs(page, id, { field, file: { name: "x.pdf", mimeType: "application/pdf", buffer: PDF } });
    await expect(page.getByTestId("upload-error"), field).toContainText("请先选择文件");
  }
  expect(await db.document.count({ where: { applicationId: id } })).toBe(0);

  // A case waiting for 补正 of the insurance record only.
  const { clerkStationId } = await demoStations(db);
  const clerk = await createUser(db, { role: "CLERK", stationId: clerkStationId });
  const app = await createSettlementCase(db, { stationId: clerkStationId, applicant: user, status: "IN_REVIEW", assigneeId: clerk.id });
  await db.application.update({ where: { id: app.id }, data: { status: "NEEDS_MATERIALS", clockPausedAt: new Date() } });
  await db.materialsRequest.create({
    data: { applicationId: app.id, items: [{ item: "insurance_record", note: "" }], requestedById: clerk.id },
  });
  const before = await db.document.count({ where: { applicationId: app.id } });

  // The draft upload form pointed at the case, with an item not asked for (and one that is no item at all).
  for (const field of ["file-head_consent", "file-constructor"]) {
    await uploadAs(page, id, { field, applicationId: app.id, file: { name: "consent.pdf", mimeType: "application/pdf", buffer: PDF } });
  }
  // The answer form with an extra file input for an item not asked for.
  await page.goto(`/me/cases/${app.id}`);
  const answer = page.locator("form", { has: page.getByRole("button", { name: "上传并提交补正" }) });
  await answer.evaluate((form) => {
    const extra = document.createElement("input");
    extra.type = "file";
    extra.name = "file-head_consent";
    extra.id = "extra-head-consent";
    form.appendChild(extra);
  });
  await page.locator("#extra-head-consent").setInputFiles({ name: "consent.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "上传并提交补正" }).click();
  await expect(page.getByRole("alert").first()).toContainText("城镇社会保险缴费记录");
  expect(await db.document.count({ where: { applicationId: app.id } })).toBe(before);
  expect(await db.document.count({ where: { applicationId: app.id, kind: { in: ["head_consent", "constructor"] } } })).toBe(0);
  expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("NEEDS_MATERIALS");
});

test("M5: the 21st file under an item and a second draft of a kind are refused with the limit in words", async ({ page, db }) => {
  const { user, id } = await applicantWithDraft(page, db);
  const sha256 = await getBlobStore().put(PDF);
  for (let n = 0; n < 20; n++) {
    await db.document.create({
      data: {
        applicationId: id,
        kind: ITEM,
        fileName: `说明-${n + 1}.pdf`,
        sha256,
        sizeBytes: PDF.length,
        mediaType: "application/pdf",
        uploadedById: user.id,
      },
    });
  }
  await uploadAs(page, id, { file: { name: "说明-21.pdf", mimeType: "application/pdf", buffer: PDF } });
  await expect(page.getByTestId("upload-error")).toContainText("每项材料最多上传 20 个文件：请先删除该项下不需要的文件，再上传。");
  expect(await db.document.count({ where: { applicationId: id } })).toBe(20);
  await page.screenshot({ path: screenshotPath("limits-files-per-item") });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByTestId("upload-error")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: screenshotPath("limits-files-per-item-phone") });

  await page.goto("/apply/new?kind=no_hukou&jurisdiction=qiannan&unit=qiannan-duyun");
  await page.getByLabel("广惠派出所").check();
  await page.getByRole("button", { name: "开始填写" }).click();
  const refusal = page.getByRole("alert").filter({ hasText: "同一类申请只能有 1 份未提交的草稿" });
  await expect(refusal).toBeVisible();
  await expect(refusal.getByRole("link", { name: /未提交的申请/ })).toHaveAttribute("href", "/apply");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: screenshotPath("limits-drafts-phone") });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: screenshotPath("limits-drafts") });
  expect(await db.application.count({ where: { applicantUserId: user.id, status: "DRAFT" } })).toBe(1);
});
