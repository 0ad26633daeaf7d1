// 补正 with a free-text item ("其他事项"): the clerk asks for a listed document and something in free
// text; the notice stores every item and the state of the clock, and reads as a list with the date; the
// applicant answers both with files (the free-text one under `other-<n>`) and a note; anything not asked
// — another checklist item, a key of no item, `constructor`, `__proto__` — is refused (issue 15 item 7,
// issue 16 L7).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import { domainErrorOf as code } from "@/tests/factories/domain-error";
import { localBlobStore } from "@/lib/storage";
import { addDocument } from "@/lib/applications/documents";
import { answerMaterials } from "@/lib/applications/answer-materials";
import { requestMaterials } from "@/lib/applications/request-materials";
import { checklistItem } from "@/lib/applications/checklist";
import { translator } from "@/lib/i18n";
import { noticeDetails } from "@/components/me/inbox-list";
import { makeCase, makeWorld, tinyPng } from "./mycase-helpers";

const db = useTestDb();
let world: Awaited<ReturnType<typeof makeWorld>>;
const store = localBlobStore({ root: mkdtempSync(path.join(tmpdir(), "materials-")) });

beforeAll(async () => {
  world = await makeWorld(db);
});

// Asked on Mon 2026-11-09 10:00 China time; the case was filed Mon 11-02, so five working days are used.
const ASKED = new Date("2026-11-09T02:00:00Z");

async function askedCase() {
  const applicant = await world.applicant();
  const app = await makeCase(db, { world, applicant, status: "IN_REVIEW" });
  const { requestId, version } = await requestMaterials({
    db,
    actor: world.clerk,
    applicationId: app.id,
    expectedVersion: 1,
    items: [
      { item: "lease", note: "缺第二页" },
      { item: null, note: "其他事项：请提供房东的身份证复印件" },
    ],
    message: "请一次补齐",
    now: ASKED,
  });
  return { applicant, app, requestId, version };
}

describe("a 补正 request with a free-text item", () => {
  it("stores every item (names in both languages), the request day and the days left in the notice", async () => {
    const { applicant, app } = await askedCase();
    const notice = await db.notice.findFirstOrThrow({
      where: { userId: applicant.id, applicationId: app.id, kind: "materials_requested" },
    });
    const lease = checklistItem("lease")!;
    expect(notice.data).toMatchObject({
      items: [
        { item: "lease", labelZh: lease.labelZh, labelEn: lease.labelEn, note: "缺第二页" },
        { item: null, labelZh: null, labelEn: null, note: "其他事项：请提供房东的身份证复印件" },
      ],
      message: "请一次补齐",
      requestedOn: "2026-11-09",
      answerBy: null,
      // RESIDENCE_PERMIT: 15 working days (《居住证暂行条例》 第十条); 11-02 … 11-06 used.
      remainingWorkingDays: 10,
    });
  });

  it("reads in the inbox as every item, the message and the day the clock paused (zh and en)", async () => {
    const { applicant, app } = await askedCase();
    const notice = await db.notice.findFirstOrThrow({
      where: { userId: applicant.id, applicationId: app.id, kind: "materials_requested" },
    });
    const zh = noticeDetails(translator("zh-CN"), notice.kind, notice.data, "zh-CN");
    expect(zh).toEqual([
      "需补正：房屋租赁合同（缺第二页）",
      "需补正（其他事项）：其他事项：请提供房东的身份证复印件",
      "民警的说明：请一次补齐",
      expect.stringMatching(/^补正期限：法规未规定补正期限。办理时限自 2026\/11\/09 通知之日起暂停.*尚余 10 个工作日/),
    ]);
    const en = noticeDetails(translator("en"), notice.kind, notice.data, "en");
    expect(en[0]).toBe("To supply: Lease contract (缺第二页)");
    expect(en[3]).toMatch(/paused from .*2026.*10 working days left/);
    // A stored answer-by day (none is set today) is shown as such.
    expect(noticeDetails(translator("zh-CN"), "materials_requested", { items: [], answerBy: "2026-12-01" })).toEqual([
      expect.stringContaining("请于 2026/12/01 前提交补正"),
    ]);
    // Malformed data adds nothing.
    expect(noticeDetails(translator("zh-CN"), "materials_requested", { items: "x", requestedOn: "<b>" })).toEqual([]);
  });

  it("is answered with files for both items (the free-text one under other-2) and a note", async () => {
    const { applicant, app, requestId, version } = await askedCase();
    for (const [item, name] of [
      ["lease", "lease-1.png"],
      ["lease", "lease-2.png"],
      ["other-2", "房东身份证.png"],
    ]) {
      await addDocument({ db, actor: applicant, applicationId: app.id, item, fileName: name, bytes: tinyPng(), store });
    }
    const docs = await db.document.findMany({ where: { applicationId: app.id }, orderBy: { createdAt: "asc" } });
    expect(docs.map((d) => [d.kind, d.fileName, d.requestId])).toEqual([
      ["lease", "lease-1.png", requestId],
      ["lease", "lease-2.png", requestId],
      ["other-2", "房东身份证.png", requestId],
    ]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "document.add", entityId: docs[2].id } });
    expect(audit.data).toMatchObject({ item: "other-2", requestId });
    await answerMaterials({ db, actor: applicant, applicationId: app.id, expectedVersion: version, note: "房东身份证复印件已上传" });
    expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("IN_REVIEW");
    expect(await db.materialsRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
      answerNote: "房东身份证复印件已上传",
    });
  });

  it("takes a written answer (the note) for a free-text item without a file, but not for a listed document", async () => {
    const { applicant, app, version } = await askedCase();
    // Nothing at all: both items listed at once, the free-text one by its key.
    expect(await code(answerMaterials({ db, actor: applicant, applicationId: app.id, expectedVersion: version }))).toEqual({
      code: "MISSING_DOCUMENTS",
      details: ["lease", "other-2"],
    });
    // A note answers the free-text item, never the listed document.
    expect(
      await code(answerMaterials({ db, actor: applicant, applicationId: app.id, expectedVersion: version, note: "房东在外地，下周补交" })),
    ).toEqual({ code: "MISSING_DOCUMENTS", details: ["lease"] });
    await addDocument({ db, actor: applicant, applicationId: app.id, item: "lease", fileName: "lease.png", bytes: tinyPng(), store });
    expect(await code(answerMaterials({ db, actor: applicant, applicationId: app.id, expectedVersion: version }))).toEqual({
      code: "MISSING_DOCUMENTS",
      details: ["other-2"],
    });
    await answerMaterials({ db, actor: applicant, applicationId: app.id, expectedVersion: version, note: "房东在外地，下周补交" });
    expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("IN_REVIEW");
  });

  it("refuses a file for anything the open request does not ask for, and stores nothing", async () => {
    const { applicant, app } = await askedCase();
    for (const item of ["photo", "other-1", "other-3", "other-02", "constructor", "__proto__", "toString", "hasOwnProperty"]) {
      expect(
        await code(addDocument({ db, actor: applicant, applicationId: app.id, item, fileName: "x.png", bytes: tinyPng(), store })),
        item,
      ).toEqual({ code: "VALIDATION", details: ["item"] });
    }
    expect(await db.document.count({ where: { applicationId: app.id } })).toBe(0);
  });

  it("refuses prototype names and free-text keys on a draft too (own-property checklist lookups)", async () => {
    const applicant = await world.applicant();
    const draft = await makeCase(db, { world, applicant, status: "DRAFT" });
    for (const item of ["constructor", "__proto__", "valueOf", "other-1"]) {
      expect(
        await code(addDocument({ db, actor: applicant, applicationId: draft.id, item, fileName: "x.png", bytes: tinyPng(), store })),
        item,
      ).toEqual({ code: "VALIDATION", details: ["item"] });
    }
    expect(checklistItem("constructor")).toBeNull();
    expect(checklistItem("__proto__")).toBeNull();
    await addDocument({ db, actor: applicant, applicationId: draft.id, item: "id_card", fileName: "id.png", bytes: tinyPng(), store });
    expect(await db.document.count({ where: { applicationId: draft.id } })).toBe(1);
  });

  it("refuses a request whose checklist id is a prototype name", async () => {
    const applicant = await world.applicant();
    const app = await makeCase(db, { world, applicant, status: "IN_REVIEW" });
    expect(
      await code(
        requestMaterials({ db, actor: world.clerk, applicationId: app.id, expectedVersion: 1, items: [{ item: "constructor", note: "" }] }),
      ),
    ).toEqual({ code: "VALIDATION", details: ["item:constructor"] });
  });
});
