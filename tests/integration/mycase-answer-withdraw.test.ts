import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import { domainErrorOf as code } from "@/tests/factories/domain-error";
import { localBlobStore } from "@/lib/storage";
import { addDocument } from "@/lib/applications/documents";
import { answerMaterials } from "@/lib/applications/answer-materials";
import { withdrawApplication } from "@/lib/applications/withdraw-application";
import { makeCase, makeWorld, tinyPng } from "./mycase-helpers";
import { makeDocument } from "@/tests/factories/documents";

const db = useTestDb();
let world: Awaited<ReturnType<typeof makeWorld>>;
const store = localBlobStore({ root: mkdtempSync(path.join(tmpdir(), "mycase-")) });

beforeAll(async () => {
  world = await makeWorld(db);
});

async function caseWaitingForMaterials() {
  const applicant = await world.applicant();
  const app = await makeCase(db, { world, applicant, status: "NEEDS_MATERIALS", pausedAt: new Date("2026-11-09T02:00:00Z") });
  const request = await db.materialsRequest.create({
    data: {
      applicationId: app.id,
      requestedById: world.clerk.id,
      requestedAt: new Date("2026-11-09T02:00:00Z"),
      message: "请补充材料",
      items: [
        { item: "lease", note: "租赁合同缺页" },
        { item: "photo", note: "照片不清晰" },
        { item: null, note: "请说明居住情况" },
      ],
    },
  });
  return { applicant, app, request };
}

describe("answering a 补正 request", () => {
  it("refuses while a named item has no new file, listing every one at once", async () => {
    const { applicant, app } = await caseWaitingForMaterials();
    // A file uploaded before the request does not answer it.
    await makeDocument(db, {
      applicationId: app.id,
      kind: "lease",
      fileName: "old.png",
      sizeBytes: 1,
      mediaType: "image/png",
      uploadedById: applicant.id,
    });
    // The free-text item (third) wants a file or a written answer: with neither it is listed too.
    expect(await code(answerMaterials({ db, actor: applicant, applicationId: app.id, expectedVersion: 1 }))).toEqual({
      code: "MISSING_DOCUMENTS",
      details: ["lease", "photo", "other-3"],
    });
    await addDocument({ db, actor: applicant, applicationId: app.id, item: "lease", fileName: "lease.png", bytes: tinyPng(), store });
    expect(await code(answerMaterials({ db, actor: applicant, applicationId: app.id, expectedVersion: 1, note: "与配偶同住" }))).toEqual({
      code: "MISSING_DOCUMENTS",
      details: ["photo"],
    });
    expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("NEEDS_MATERIALS");
  });

  it("marks the request answered, returns the case to IN_REVIEW, resumes the clock, tells the clerk and audits", async () => {
    const { applicant, app, request } = await caseWaitingForMaterials();
    for (const item of ["lease", "photo"])
      await addDocument({ db, actor: applicant, applicationId: app.id, item, fileName: `${item}.png`, bytes: tinyPng(), store });
    // Paused Mon 2026-11-09 (China time), answered Fri 11-13: four working days counted out.
    const now = new Date("2026-11-13T03:00:00Z");
    const result = await answerMaterials({ db, actor: applicant, applicationId: app.id, expectedVersion: 1, note: "已补齐", now });
    expect(result.version).toBe(2);
    const after = await db.application.findUniqueOrThrow({ where: { id: app.id } });
    expect(after.status).toBe("IN_REVIEW");
    expect(after.clockPausedAt).toBeNull();
    expect(after.pausedWorkingDays).toBe(4);
    expect(after.dueAt).not.toBeNull();
    const answered = await db.materialsRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(answered.answeredAt?.toISOString()).toBe(now.toISOString());
    expect(answered.answerNote).toBe("已补齐");
    expect(await db.notice.count({ where: { userId: world.clerk.id, applicationId: app.id, kind: "materials_answered" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: app.id, action: "application.answer-materials", actorId: applicant.id } })).toBe(
      1,
    );
    expect(await db.caseEvent.count({ where: { applicationId: app.id, fromStatus: "NEEDS_MATERIALS", toStatus: "IN_REVIEW" } })).toBe(1);
    // Answered once: a second post finds nothing open.
    expect(await code(answerMaterials({ db, actor: applicant, applicationId: app.id, expectedVersion: 2 }))).toEqual({
      code: "INVALID_STATE",
      details: [],
    });
  });

  it("finds nothing for another applicant's case", async () => {
    const { app } = await caseWaitingForMaterials();
    const stranger = await world.applicant();
    expect(await code(answerMaterials({ db, actor: stranger, applicationId: app.id, expectedVersion: 1 }))).toEqual({
      code: "NOT_FOUND",
      details: [],
    });
    expect(
      await code(addDocument({ db, actor: stranger, applicationId: app.id, item: "lease", fileName: "x.png", bytes: tinyPng(), store })),
    ).toEqual({ code: "NOT_FOUND", details: [] });
  });
});

describe("withdrawing", () => {
  for (const status of ["DRAFT", "SUBMITTED", "IN_REVIEW", "NEEDS_MATERIALS"] as const) {
    it(`withdraws a ${status} case with its reason, event and audit`, async () => {
      const applicant = await world.applicant();
      const app = await makeCase(db, { world, applicant, status, assigned: status === "IN_REVIEW" || status === "NEEDS_MATERIALS" });
      await withdrawApplication({ db, actor: applicant, applicationId: app.id, expectedVersion: 1, reason: "不再需要" });
      const after = await db.application.findUniqueOrThrow({ where: { id: app.id } });
      expect(after.status).toBe("WITHDRAWN");
      expect(await db.caseEvent.findFirst({ where: { applicationId: app.id, toStatus: "WITHDRAWN" } })).toMatchObject({
        fromStatus: status,
        reason: "不再需要",
      });
      expect(await db.auditEvent.count({ where: { entityId: app.id, action: "application.withdraw" } })).toBe(1);
      const clerkNotices = await db.notice.count({ where: { userId: world.clerk.id, applicationId: app.id, kind: "withdrawn" } });
      expect(clerkNotices).toBe(after.assigneeId ? 1 : 0);
      // The applicant's inbox confirms a withdrawal of anything sent (a draft was never a case).
      const own = await db.notice.findMany({ where: { userId: applicant.id, applicationId: app.id, kind: "withdrawn_by_you" } });
      expect(own).toHaveLength(status === "DRAFT" ? 0 : 1);
      if (own.length) expect(own[0].data).toMatchObject({ number: after.number, reason: "不再需要" });
    });
  }

  it("refuses a decided case", async () => {
    const applicant = await world.applicant();
    for (const status of ["APPROVED", "REJECTED", "WITHDRAWN"] as const) {
      const app = await makeCase(db, { world, applicant, status });
      expect(await code(withdrawApplication({ db, actor: applicant, applicationId: app.id, expectedVersion: 1, reason: "x" }))).toEqual({
        code: "INVALID_STATE",
        details: [],
      });
    }
  });

  it("refuses an old version (STALE), an empty reason, and another applicant's case (NOT_FOUND)", async () => {
    const applicant = await world.applicant();
    const app = await makeCase(db, { world, applicant, status: "SUBMITTED" });
    await db.application.update({ where: { id: app.id }, data: { version: 2 } });
    expect(await code(withdrawApplication({ db, actor: applicant, applicationId: app.id, expectedVersion: 1, reason: "x" }))).toEqual({
      code: "STALE",
      details: [],
    });
    expect(await code(withdrawApplication({ db, actor: applicant, applicationId: app.id, expectedVersion: 2, reason: "  " }))).toEqual({
      code: "VALIDATION",
      details: ["reason"],
    });
    const stranger = await world.applicant();
    expect(await code(withdrawApplication({ db, actor: stranger, applicationId: app.id, expectedVersion: 2, reason: "x" }))).toEqual({
      code: "NOT_FOUND",
      details: [],
    });
    expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("SUBMITTED");
  });
});
