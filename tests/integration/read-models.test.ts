// The read models the pages render from (issue 17, item 2): scoped in the query like the commands beside
// them, and pure reads — opening a case or the home page marks nothing read by itself.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db";
import { databaseUrl } from "@/lib/db/connection";
import { loadApplicantHome } from "@/lib/applications/applicant-home";
import { loadOwnCase, loadOwnCaseContext } from "@/lib/applications/own-case";
import { loadCheckAnswers, loadDraftSection } from "@/lib/applications/draft-reads";
import { loadWorkbench } from "@/lib/applications/workbench";
import { loadReferenceData } from "@/lib/reference/reference-reads";
import { markNoticesRead } from "@/lib/inbox";
import { queueFilterSchema } from "@/lib/applications/queue";
import { makeCase, makeWorld } from "./mycase-helpers";

let db: Db;
let world: Awaited<ReturnType<typeof makeWorld>>;
const today = "2026-12-07";

beforeAll(async () => {
  db = createPrismaClient(databaseUrl());
  world = await makeWorld(db);
});
afterAll(() => db.$disconnect());

describe("the applicant's own case", () => {
  it("reads the case for its owner only, and leaves its notices unread until the page marks them", async () => {
    const applicant = await world.applicant();
    const stranger = await world.applicant();
    const app = await makeCase(db, { world, applicant, status: "SUBMITTED" });
    await db.notice.create({ data: { userId: applicant.id, kind: "submitted", applicationId: app.id } });

    const own = await loadOwnCase({ db, actor: applicant, applicationId: app.id });
    expect(own?.number).toBe(app.number);
    expect(await loadOwnCase({ db, actor: stranger, applicationId: app.id })).toBeNull();
    expect(await db.notice.count({ where: { userId: applicant.id, readAt: null } })).toBe(1);

    const context = await loadOwnCaseContext({ db, actor: applicant, app: own! });
    expect(context.holdsPermit).toBe(false);
    expect(await markNoticesRead({ db, actor: applicant, applicationId: app.id })).toBe(1);
  });

  it("refuses a clerk (read:application:own)", async () => {
    const app = await makeCase(db, { world, applicant: await world.applicant(), status: "SUBMITTED" });
    await expect(loadOwnCase({ db, actor: world.clerk, applicationId: app.id })).rejects.toThrow();
  });
});

describe("the applicant's home", () => {
  it("splits drafts from cases, shows only the actor's own, and counts unread notices without marking them", async () => {
    const applicant = await world.applicant();
    const stranger = await world.applicant();
    const draft = await makeCase(db, { world, applicant, status: "DRAFT" });
    const submitted = await makeCase(db, { world, applicant, status: "SUBMITTED" });
    await makeCase(db, { world, applicant: stranger, status: "SUBMITTED" });
    await db.notice.create({ data: { userId: applicant.id, kind: "submitted", applicationId: submitted.id } });

    const home = await loadApplicantHome({ db, actor: applicant });
    expect(home.drafts.map((d) => d.id)).toEqual([draft.id]);
    expect(home.cases.map((c) => c.id)).toEqual([submitted.id]);
    expect(home.unread).toBe(1);
    expect(home.latestNotices).toHaveLength(1);
    expect(home.identityVerifiedAt).toBeNull();
    expect(await db.notice.count({ where: { userId: applicant.id, readAt: null } })).toBe(1);
  });
});

describe("the draft's pages", () => {
  it("tells a draft from a submitted case and from someone else's or a section the kind has not", async () => {
    const applicant = await world.applicant();
    const draft = await makeCase(db, { world, applicant, status: "DRAFT" });
    const submitted = await makeCase(db, { world, applicant, status: "SUBMITTED" });
    const stranger = await world.applicant();

    const read = await loadDraftSection({ db, actor: applicant, applicationId: draft.id, section: "home", today });
    expect(read.kind).toBe("draft");
    if (read.kind === "draft") expect(read.households).toEqual([]);
    expect((await loadDraftSection({ db, actor: applicant, applicationId: draft.id, section: "documents", today })).kind).toBe("missing");
    expect((await loadDraftSection({ db, actor: applicant, applicationId: draft.id, section: "nonsense", today })).kind).toBe("missing");
    expect((await loadDraftSection({ db, actor: stranger, applicationId: draft.id, section: "home", today })).kind).toBe("missing");
    expect((await loadDraftSection({ db, actor: applicant, applicationId: submitted.id, section: "home", today })).kind).toBe("submitted");

    expect((await loadCheckAnswers({ db, actor: applicant, applicationId: draft.id, today })).kind).toBe("draft");
    expect((await loadCheckAnswers({ db, actor: stranger, applicationId: draft.id, today })).kind).toBe("missing");
    expect((await loadCheckAnswers({ db, actor: applicant, applicationId: "not-a-uuid", today })).kind).toBe("missing");
  });
});

describe("the clerk's workbench", () => {
  it("names a banner's case only when it is in the clerk's station", async () => {
    const app = await makeCase(db, { world, applicant: await world.applicant(), status: "SUBMITTED" });
    const other = await makeWorld(db);
    const filter = queueFilterSchema.parse({});
    const mine = await loadWorkbench({ db, actor: world.clerk, filter, caseId: app.id });
    expect(mine.bannerCase?.number).toBe(app.number);
    expect(mine.station?.name).toBe("测试派出所");
    expect((await loadWorkbench({ db, actor: world.clerk, filter, takenNumber: app.number })).bannerCase?.number).toBe(app.number);
    expect((await loadWorkbench({ db, actor: other.clerk, filter, caseId: app.id })).bannerCase).toBeNull();
  });
});

describe("reference data", () => {
  it("is read by administrators only", async () => {
    await expect(loadReferenceData({ db, actor: world.clerk, table: "calendar" })).rejects.toThrow();
    const admin = { ...world.clerk, role: "ADMIN" as const, stationId: null, scopePath: null };
    const { rows } = await loadReferenceData({ db, actor: admin, table: "calendar" });
    expect(Array.isArray(rows)).toBe(true);
  });
});
