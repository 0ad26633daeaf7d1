// 补正 with a free-text item (issue 15 item 7): the clerk asks for a listed document and for something in
// free text ("其他事项"); the resident's inbox notice lists both and says by when (the clock is paused from
// the day of the request — the law sets no answer period); the resident answers both with files (several
// for one item) and a note; the clerk sees every file under its item and the note. Then the draft documents
// page (issue 15 item 18): files chosen under two items, one 上传 pressed — every file kept and named.
import { createUser, demoStations, expect, screenshotPath, signInProgrammatically, test } from "../fixtures";
import { createSettlementCase } from "../clerk/casework-helpers";
import { PDF, PNG, startNoHukouDraft } from "./apply-steps";

test.describe.configure({ timeout: 180_000 });

const OTHER = "请提供出租人的身份证复印件";

async function noHorizontalOverflow(page: import("@playwright/test").Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}

test("a free-text 补正 item is listed in the notice with the deadline, answered with files and a note, and seen by the clerk", async ({
  browser,
  db,
}) => {
  const { clerkStationId } = await demoStations(db);
  const applicant = await createUser(db, { role: "APPLICANT" });
  const clerkUser = await createUser(db, { role: "CLERK", stationId: clerkStationId });
  const app = await createSettlementCase(db, { stationId: clerkStationId, applicant, status: "IN_REVIEW", assigneeId: clerkUser.id });

  const clerkContext = await browser.newContext();
  const clerk = await clerkContext.newPage();
  clerk.setDefaultTimeout(20_000);
  await signInProgrammatically(clerk.request, clerkUser);
  await clerk.goto(`/workbench/cases/${app.id}`);
  const request = clerk.locator("form", { has: clerk.getByRole("heading", { name: "要求补正（一次性告知）" }) });
  // Exactly one listed document and one free-text item: untick what the form ticks for missing items.
  const boxes = request.getByRole("checkbox");
  await expect(async () => {
    for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).uncheck();
    await request.getByRole("checkbox", { name: /城镇社会保险缴费记录/ }).check();
    await expect(request.getByRole("checkbox", { checked: true })).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await request.getByLabel("其他需补正事项（每行一项）").fill(OTHER);
  await request.getByLabel("给申请人的说明").fill("请一次补齐");
  await request.getByRole("button", { name: "发送补正通知" }).click();
  await expect(clerk.getByText("已一次性告知申请人补正材料")).toBeVisible();

  // The notice itself lists both items and says by when.
  const residentContext = await browser.newContext();
  const resident = await residentContext.newPage();
  resident.setDefaultTimeout(20_000);
  await signInProgrammatically(resident.request, applicant);
  await resident.goto("/me/inbox");
  const details = resident.getByTestId("notice-details").first();
  await expect(details).toContainText("需补正：城镇社会保险缴费记录");
  await expect(details).toContainText(`需补正（其他事项）：${OTHER}`);
  await expect(details).toContainText("民警的说明：请一次补齐");
  await expect(details).toContainText(/补正期限：法规未规定补正期限。办理时限自 \d{4}\/\d{2}\/\d{2} 通知之日起暂停/);
  await resident.screenshot({ path: screenshotPath("materials-free-text-inbox"), fullPage: true });
  await resident.setViewportSize({ width: 390, height: 844 });
  await resident.reload();
  await expect(resident.getByTestId("notice-details").first()).toContainText(OTHER);
  await noHorizontalOverflow(resident);
  await resident.screenshot({ path: screenshotPath("materials-free-text-inbox-phone"), fullPage: true });

  // Every item has a file input (several files allowed); the free-text item may also be answered in the note.
  await resident.goto(`/me/cases/${app.id}`);
  const listed = resident.getByTestId("answer-insurance_record");
  const other = resident.getByTestId("answer-other-2");
  await expect(other).toContainText("其他事项");
  await expect(other).toContainText(OTHER);
  await expect(other.locator('input[type="file"]')).toHaveAttribute("multiple", "");
  await noHorizontalOverflow(resident);
  await resident.screenshot({ path: screenshotPath("materials-free-text-answer-phone"), fullPage: true });
  await resident.setViewportSize({ width: 1280, height: 800 });
  await listed.locator('input[type="file"]').setInputFiles([
    { name: "社保缴费记录-1.pdf", mimeType: "application/pdf", buffer: PDF },
    { name: "社保缴费记录-2.png", mimeType: "image/png", buffer: PNG },
  ]);
  await other.locator('input[type="file"]').setInputFiles({ name: "出租人身份证.png", mimeType: "image/png", buffer: PNG });
  await resident.locator("#answer-note").fill("出租人身份证复印件已上传");
  await resident.screenshot({ path: screenshotPath("materials-free-text-answer"), fullPage: true });
  await resident.getByRole("button", { name: "上传并提交补正" }).click();
  await expect(resident.getByRole("status")).toContainText("补正材料已提交");
  await expect(resident.getByTestId("documents")).toContainText(`其他事项：${OTHER}`);
  await expect(resident.getByTestId("documents")).toContainText("出租人身份证.png");

  const docs = await db.document.findMany({ where: { applicationId: app.id, requestId: { not: null } } });
  expect(docs.map((d) => `${d.kind} ${d.fileName}`).sort()).toEqual([
    "insurance_record 社保缴费记录-1.pdf",
    "insurance_record 社保缴费记录-2.png",
    "other-2 出租人身份证.png",
  ]);

  // The clerk sees each file under its item, and the note.
  await clerk.reload();
  await expect(clerk.getByTestId("document-other-2")).toContainText(`其他事项：${OTHER}`);
  await expect(clerk.getByTestId("document-other-2")).toContainText("出租人身份证.png");
  await expect(clerk.getByTestId("document-insurance_record")).toHaveCount(2);
  await expect(clerk.getByTestId("answer-note")).toContainText("出租人身份证复印件已上传");
  await clerk.screenshot({ path: screenshotPath("materials-free-text-clerk"), fullPage: true });
  await clerkContext.close();
  await residentContext.close();
});

test("files chosen under two items of the draft's documents page and one 上传 pressed: every file kept and named", async ({ page, db }) => {
  page.setDefaultTimeout(20_000);
  const { id } = await startNoHukouDraft(page, db);
  await page.goto(`/apply/${id}/documents`);
  // One file under one item, the other inputs left empty: one file stored, nothing refused.
  await page.locator("#file-no_hukou_statement").setInputFiles({ name: "第一份.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByTestId("item-no_hukou_statement").getByRole("button", { name: "上传" }).click();
  await expect(page.getByTestId("upload-done")).toContainText("第一份.pdf（无户口情况说明及相关证明）");
  await expect(page.getByTestId("upload-error")).toHaveCount(0);
  await page.locator("#file-no_hukou_statement").setInputFiles([
    { name: "情况说明.pdf", mimeType: "application/pdf", buffer: PDF },
    { name: "村委会证明.png", mimeType: "image/png", buffer: PNG },
  ]);
  const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120, 1)]);
  await page.locator("#file-photo").setInputFiles([
    { name: "相片.png", mimeType: "image/png", buffer: PNG },
    { name: "相片.pdf", mimeType: "application/pdf", buffer: elf },
  ]);
  // The last item's button: the files chosen under the first item go too.
  await page.getByTestId("item-photo").getByRole("button", { name: "上传" }).click();
  const done = page.getByTestId("upload-done");
  await expect(done).toContainText("已上传：3 个文件");
  for (const name of [
    "情况说明.pdf（无户口情况说明及相关证明）",
    "村委会证明.png（无户口情况说明及相关证明）",
    "相片.png（本人近期正面免冠相片）",
  ])
    await expect(done).toContainText(name);
  await expect(page.getByTestId("upload-error")).toContainText("本人近期正面免冠相片：只接受 PDF、JPEG 或 PNG 文件");
  await expect(page.getByTestId("item-no_hukou_statement").getByRole("link")).toHaveCount(3);
  await expect(page.getByTestId("item-photo").getByRole("link")).toHaveCount(1);
  expect(await db.document.count({ where: { applicationId: id } })).toBe(4);
  // The names come from the database: text put in the URL is not shown.
  const url = new URL(page.url());
  expect(url.searchParams.get("uploaded")).toMatch(/^[0-9a-f-]{36}(,[0-9a-f-]{36}){2}$/);
  await page.screenshot({ path: screenshotPath("documents-multi-upload"), fullPage: true });
  await page.goto(
    `/apply/${id}/documents?uploaded=${encodeURIComponent("<b>伪造.pdf</b>")}&refused=${encodeURIComponent("photo.<script>,constructor.FILE_TYPE")}`,
  );
  await expect(page.getByTestId("upload-done")).toHaveCount(0);
  await expect(page.getByTestId("upload-error")).toHaveCount(0);
  await expect(page.locator("body")).not.toContainText("伪造");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(url.toString());
  await expect(page.getByTestId("upload-done")).toContainText("已上传：3 个文件");
  await noHorizontalOverflow(page);
  await page.screenshot({ path: screenshotPath("documents-multi-upload-phone"), fullPage: true });
});
