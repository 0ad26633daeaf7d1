// 差评整改回访: a 1–2 rating opens a follow-up in the rating's transaction, due 15 working days later;
// 3–5 opens none; only the supervisors whose subtree holds the station see and close it (with a note,
// audited); the period's ratings per station reach the supervision table.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import { DomainError } from "@/lib/errors";
import { ForbiddenError, type Actor } from "@/lib/auth/permissions";
import { rateApplication } from "@/lib/applications/rate-application";
import { closeFollowUp, listFollowUps } from "@/lib/applications/rating-follow-ups";
import { loadCaseView } from "@/lib/applications/case-view";
import { stationHealth } from "@/lib/stats/station-health";
import { parsePeriod } from "@/lib/stats/period";
import { cn, makeExactCase, makeSupervisionTree, type SupervisionTree } from "./supervision-fixtures";

const db = useTestDb();
let tree: SupervisionTree;
let applicant: Actor;
// Monday 2 March 2026, 10:00 in China; March 2026 has no holidays: 15 working days later is Monday 23 March.
const ratedAt = cn("2026-03-02T10:00:00");
const DUE = "2026-03-23";

beforeAll(async () => {
  tree = await makeSupervisionTree(db);
  const u = tree.applicant.user;
  applicant = {
    id: u.id,
    role: "APPLICANT",
    displayName: u.displayName,
    stationId: null,
    jurisdictionId: null,
    scopePath: null,
    personId: u.personId,
  };
});

const closedCase = (stationId = tree.station.id) =>
  makeExactCase(db, tree, { stationId, status: "REJECTED", submitted: "2026-02-02T09:00:00", decided: "2026-02-20T09:00:00" });

async function rated(score: number, options: { stationId?: string; comment?: string } = {}) {
  const app = await closedCase(options.stationId);
  await rateApplication({ db, actor: applicant, applicationId: app.id, score, comment: options.comment ?? null, now: ratedAt });
  const followUp = await db.ratingFollowUp.findFirst({ where: { rating: { applicationId: app.id } } });
  return { app, followUp };
}

describe("rating a closed case", () => {
  it("opens a follow-up for a 1 or a 2, due 15 working days later, at the case's station, with the audit row naming it", async () => {
    for (const score of [1, 2]) {
      const { app, followUp } = await rated(score, { comment: "窗口态度不好" });
      expect(followUp).toMatchObject({ status: "OPEN", stationId: tree.station.id, note: null, closedById: null, closedAt: null });
      expect(followUp!.dueOn.toISOString().slice(0, 10)).toBe(DUE);
      const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: app.id, action: "application.rate" } });
      expect(audit.data).toMatchObject({ score, followUpId: followUp!.id, followUpDueOn: DUE });
    }
  });

  it("opens none for a 3, 4 or 5", async () => {
    for (const score of [3, 4, 5]) {
      const { followUp } = await rated(score);
      expect(followUp, `score ${score}`).toBeNull();
    }
  });

  it("shows the clerk the score, the comment and the open follow-up on the case screen", async () => {
    const { app } = await rated(1, { comment: "等了很久" });
    const view = await loadCaseView({ db, actor: tree.clerk, applicationId: app.id });
    expect(view.app.rating).toMatchObject({ score: 1, comment: "等了很久", followUp: { status: "OPEN" } });
  });
});

describe("the supervisors' follow-ups", () => {
  it("are listed to the supervisors of the station's subtree only, nearest deadline first, overdue once past it", async () => {
    const { app, followUp } = await rated(2, { comment: "材料要求说不清" });
    const mine = await listFollowUps({ db, actor: tree.supervisor, now: cn("2026-03-10T09:00:00") });
    const row = mine.open.find((r) => r.id === followUp!.id);
    expect(row).toMatchObject({
      number: app.number,
      score: 2,
      comment: "材料要求说不清",
      dueOn: DUE,
      overdue: false,
      station: "测试一派出所",
    });
    const later = await listFollowUps({ db, actor: tree.supervisor, now: cn("2026-03-24T09:00:00") });
    expect(later.open.find((r) => r.id === followUp!.id)?.overdue).toBe(true);
    const dues = mine.open.map((r) => r.dueOn);
    expect(dues).toEqual([...dues].sort());
    const theirs = await listFollowUps({ db, actor: tree.outsider, now: ratedAt });
    expect(theirs.open.some((r) => r.id === followUp!.id)).toBe(false);
    await expect(listFollowUps({ db, actor: tree.clerk, now: ratedAt })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("is closed by a supervisor of the subtree with a note, in the audit trail; a second close is refused", async () => {
    const { app, followUp } = await rated(1);
    const closedAt = cn("2026-03-05T15:00:00");
    await closeFollowUp({
      db,
      actor: tree.supervisor,
      followUpId: followUp!.id,
      note: "  已电话回访，解释了不予许可的理由，申请人表示理解  ",
      now: closedAt,
    });
    const after = await db.ratingFollowUp.findUniqueOrThrow({ where: { id: followUp!.id } });
    expect(after).toMatchObject({
      status: "CLOSED",
      note: "已电话回访，解释了不予许可的理由，申请人表示理解",
      closedById: tree.supervisor.id,
      closedAt,
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: "RatingFollowUp", entityId: followUp!.id } });
    expect(audit).toMatchObject({
      actorId: tree.supervisor.id,
      action: "rating.follow-up.close",
      data: { applicationId: app.id, score: 1 },
    });
    const listed = await listFollowUps({ db, actor: tree.supervisor, now: closedAt });
    expect(listed.open.some((r) => r.id === followUp!.id)).toBe(false);
    expect(listed.closed.find((r) => r.id === followUp!.id)).toMatchObject({ status: "CLOSED", closedBy: tree.supervisor.displayName });
    await expect(closeFollowUp({ db, actor: tree.supervisor, followUpId: followUp!.id, note: "再次" })).rejects.toEqual(
      new DomainError("INVALID_STATE"),
    );
    // The clerk's case screen shows what the supervisor found.
    const view = await loadCaseView({ db, actor: tree.clerk, applicationId: app.id });
    expect(view.app.rating?.followUp).toMatchObject({ status: "CLOSED", note: "已电话回访，解释了不予许可的理由，申请人表示理解" });
  });

  it("is NOT_FOUND for another subtree's supervisor, forbidden to a clerk, and needs a note — each refusal writing nothing", async () => {
    const { followUp } = await rated(1);
    const audits = () => db.auditEvent.count({ where: { entityType: "RatingFollowUp", entityId: followUp!.id } });
    await expect(closeFollowUp({ db, actor: tree.outsider, followUpId: followUp!.id, note: "越权" })).rejects.toEqual(
      new DomainError("NOT_FOUND"),
    );
    await expect(closeFollowUp({ db, actor: tree.clerk, followUpId: followUp!.id, note: "越权" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(closeFollowUp({ db, actor: tree.supervisor, followUpId: followUp!.id, note: "   " })).rejects.toEqual(
      new DomainError("VALIDATION", ["note"]),
    );
    await expect(
      closeFollowUp({ db, actor: tree.supervisor, followUpId: "00000000-0000-4000-8000-000000000000", note: "x" }),
    ).rejects.toEqual(new DomainError("NOT_FOUND"));
    expect(await db.ratingFollowUp.findUniqueOrThrow({ where: { id: followUp!.id } })).toMatchObject({ status: "OPEN", note: null });
    expect(await audits()).toBe(0);
  });
});

describe("ratings in the supervision table", () => {
  it("counts the period's ratings per station and averages them, rolled up to the county", async () => {
    // A station of its own so the other tests' ratings do not mix in.
    await rated(5, { stationId: tree.station3.id });
    await rated(2, { stationId: tree.station3.id });
    await rated(4, { stationId: tree.station3.id });
    const { period: march } = parsePeriod({ query: { period: "custom", from: "2026-03-01", to: "2026-03-31" }, today: "2026-04-01" });
    const h = await stationHealth({ db, actor: tree.supervisor, period: march, now: cn("2026-04-01T09:00:00") });
    const station3 = h.unplaced.concat(h.counties.flatMap((c) => c.stations)).find((s) => s.unitId === tree.station3.id)!;
    expect(station3.figures).toMatchObject({ ratings: 3, averageRating: 11 / 3 });
    const county = h.counties.find((c) => c.unitId === tree.county.id)!;
    expect(county.figures.ratings).toBeGreaterThanOrEqual(3);
    const { period: april } = parsePeriod({ query: { period: "custom", from: "2026-04-01", to: "2026-04-30" }, today: "2026-05-01" });
    const none = await stationHealth({ db, actor: tree.supervisor, period: april, now: cn("2026-05-01T09:00:00") });
    expect(
      none.counties
        .flatMap((c) => c.stations)
        .concat(none.unplaced)
        .find((s) => s.unitId === tree.station3.id)!.figures,
    ).toMatchObject({ ratings: 0, averageRating: null });
  });
});
