import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import { domainErrorOf as code } from "@/tests/factories/domain-error";
import { rateApplication } from "@/lib/applications/rate-application";
import { listNotices, markNoticesRead, unreadNoticeCount } from "@/lib/inbox";
import { makeCase, makeWorld } from "./mycase-helpers";

const db = useTestDb();
let world: Awaited<ReturnType<typeof makeWorld>>;

beforeAll(async () => {
  world = await makeWorld(db);
});

describe("rating a closed case (好差评)", () => {
  it("rates once, with its audit row", async () => {
    const applicant = await world.applicant();
    const app = await makeCase(db, { world, applicant, status: "APPROVED" });
    await rateApplication({ db, actor: applicant, applicationId: app.id, score: 5, comment: "办事快" });
    expect(await db.rating.findUnique({ where: { applicationId: app.id } })).toMatchObject({ score: 5, comment: "办事快" });
    expect(await db.auditEvent.count({ where: { entityId: app.id, action: "application.rate" } })).toBe(1);
    expect(await code(rateApplication({ db, actor: applicant, applicationId: app.id, score: 1 }))).toEqual({
      code: "INVALID_STATE",
      details: ["rated"],
    });
    expect(await db.rating.count({ where: { applicationId: app.id } })).toBe(1);
  });

  it("takes only whole scores 1–5", async () => {
    const applicant = await world.applicant();
    const app = await makeCase(db, { world, applicant, status: "REJECTED" });
    for (const score of [0, 6, 2.5, Number.NaN]) {
      expect(await code(rateApplication({ db, actor: applicant, applicationId: app.id, score }))).toEqual({
        code: "VALIDATION",
        details: ["score"],
      });
    }
    await rateApplication({ db, actor: applicant, applicationId: app.id, score: 1 });
  });

  it("only closed cases, and only one's own", async () => {
    const applicant = await world.applicant();
    for (const status of ["DRAFT", "SUBMITTED", "IN_REVIEW", "NEEDS_MATERIALS"] as const) {
      const app = await makeCase(db, { world, applicant, status });
      expect(await code(rateApplication({ db, actor: applicant, applicationId: app.id, score: 3 }))).toEqual({
        code: "INVALID_STATE",
        details: [],
      });
    }
    const withdrawn = await makeCase(db, { world, applicant, status: "WITHDRAWN" });
    const stranger = await world.applicant();
    expect(await code(rateApplication({ db, actor: stranger, applicationId: withdrawn.id, score: 3 }))).toEqual({
      code: "NOT_FOUND",
      details: [],
    });
    await rateApplication({ db, actor: applicant, applicationId: withdrawn.id, score: 3 });
  });
});

describe("the inbox", () => {
  it("lists only the user's own notices, newest first, paged, and marks read only their own", async () => {
    const applicant = await world.applicant();
    const other = await world.applicant();
    const app = await makeCase(db, { world, applicant, status: "SUBMITTED" });
    for (let i = 0; i < 5; i++) {
      await db.notice.create({
        data: { userId: applicant.id, kind: "submitted", applicationId: app.id, createdAt: new Date(Date.UTC(2026, 10, 1 + i)) },
      });
    }
    const foreign = await db.notice.create({ data: { userId: other.id, kind: "accepted" } });
    const first = await listNotices({ db, actor: applicant, page: 1, pageSize: 2 });
    expect(first).toMatchObject({ total: 5, pages: 3, page: 1 });
    expect(first.items.map((n) => n.createdAt.getUTCDate())).toEqual([5, 4]);
    const last = await listNotices({ db, actor: applicant, page: 99, pageSize: 2 });
    expect(last.page).toBe(3);
    expect(last.items).toHaveLength(1);
    expect(await unreadNoticeCount({ db, actor: applicant })).toBe(5);
    expect(await unreadNoticeCount({ db, actor: other })).toBe(1);

    // Another user's notice id is ignored.
    expect(await markNoticesRead({ db, actor: applicant, noticeIds: [...first.items.map((n) => n.id), foreign.id] })).toBe(2);
    expect(await unreadNoticeCount({ db, actor: applicant })).toBe(3);
    expect(await unreadNoticeCount({ db, actor: other })).toBe(1);
    expect(await markNoticesRead({ db, actor: applicant, applicationId: app.id })).toBe(3);
    expect(await unreadNoticeCount({ db, actor: applicant })).toBe(0);
  });

  it("works for a clerk too", async () => {
    await db.notice.create({ data: { userId: world.clerk.id, kind: "materials_answered" } });
    expect(await unreadNoticeCount({ db, actor: world.clerk })).toBeGreaterThan(0);
    expect((await listNotices({ db, actor: world.clerk })).items.every((n) => n.kind)).toBe(true);
  });
});
