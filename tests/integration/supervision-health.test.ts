// The per-station figures on a hand-worked fixture (tests/integration/supervision-fixtures.ts): every
// number below was counted by hand from the cases listed, working days against the March 2026 calendar.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import { DomainError } from "@/lib/errors";
import { parsePeriod } from "@/lib/stats/period";
import { stationHealth } from "@/lib/stats/station-health";
import { listSupervisionCases, type CaseListFilter } from "@/lib/stats/supervision-cases";
import { exportCases } from "@/lib/stats/supervision-export";
import { translator } from "@/lib/i18n";
import { NO_CASE_FIGURES } from "@/tests/factories/station-health";
import { cn, makeExactCase, makeSupervisionTree, type SupervisionTree } from "./supervision-fixtures";

const db = useTestDb();
let tree: SupervisionTree;
const ids: Record<string, string> = {};
const now = cn("2026-04-01T10:00:00");
const { period: march } = parsePeriod({ query: { period: "custom", from: "2026-03-01", to: "2026-03-31" }, today: "2026-04-01" });

beforeAll(async () => {
  tree = await makeSupervisionTree(db);
  const s1 = tree.station.id;
  const s2 = tree.station2.id;
  const c = (key: string, o: Parameters<typeof makeExactCase>[2]) => makeExactCase(db, tree, o).then((a) => (ids[key] = a.id));
  // Station 1
  await c("waiting", { stationId: s1, status: "SUBMITTED", submitted: "2026-03-20T09:00:00", dueAt: "2026-04-20T23:59:59" });
  await c("lateReview", { stationId: s1, status: "IN_REVIEW", submitted: "2026-02-02T09:00:00", dueAt: "2026-03-02T23:59:59" });
  // Past its stored deadline but paused for 补正: not overdue (the clock does not run).
  await c("materials", { stationId: s1, status: "NEEDS_MATERIALS", submitted: "2026-01-05T09:00:00", dueAt: "2026-02-01T23:59:59" });
  // Mon 03-02 → Fri 03-06: 4 working days.
  await c("approved4", { stationId: s1, status: "APPROVED", submitted: "2026-03-02T09:00:00", decided: "2026-03-06T15:00:00" });
  // Mon 03-02 → Mon 03-16: 10 working days, 2 paused → 8; against the engine.
  await c("against8", {
    stationId: s1,
    status: "APPROVED",
    submitted: "2026-03-02T09:00:00",
    decided: "2026-03-16T11:00:00",
    paused: 2,
    againstEngine: true,
  });
  // Mon 03-09 → Tue 03-10: 1.
  await c("refused1", { stationId: s1, status: "REJECTED", submitted: "2026-03-09T09:00:00", decided: "2026-03-10T11:00:00" });
  // Decided 02-27: before the period.
  await c("february", { stationId: s1, status: "APPROVED", submitted: "2026-02-02T09:00:00", decided: "2026-02-27T11:00:00" });
  // 03-31 23:30 China time is in March (15:30 UTC); 04-01 00:30 China time is not (still 03-31 in UTC).
  await c("lastMinute", { stationId: s1, status: "APPROVED", submitted: "2026-03-30T09:00:00", decided: "2026-03-31T23:30:00" });
  await c("afterMidnight", { stationId: s1, status: "APPROVED", submitted: "2026-03-30T09:00:00", decided: "2026-04-01T00:30:00" });
  // Station 2
  await c("lateWaiting", { stationId: s2, status: "SUBMITTED", submitted: "2026-02-10T09:00:00", dueAt: "2026-03-10T23:59:59" });
  // Mon 03-02 → Mon 03-23: 15 working days, 12 of them paused for 补正 → 3.
  await c("refused15", { stationId: s2, status: "REJECTED", submitted: "2026-03-02T09:00:00", decided: "2026-03-23T10:00:00", paused: 12 });
  // Another county: never in these figures.
  await c("elsewhere", {
    stationId: tree.other.station.id,
    status: "SUBMITTED",
    submitted: "2026-01-01T09:00:00",
    dueAt: "2026-01-30T23:59:59",
  });
});

describe("queue health per station", () => {
  it("counts each station by hand-worked figures, lists the empty station, and rolls up county and total", async () => {
    const h = await stationHealth({ db, actor: tree.supervisor, period: march, now });
    expect(h.counties.map((c) => c.unitId)).toEqual([tree.county.id]);
    const county = h.counties[0]!;
    const byId = Object.fromEntries(county.stations.map((s) => [s.unitId, s.figures]));
    expect(Object.keys(byId).sort()).toEqual([tree.station.id, tree.station2.id, tree.station3.id].sort());
    expect(byId[tree.station.id]).toEqual({
      waiting: 1,
      inReview: 1,
      needsMaterials: 1,
      overdue: 1,
      oldestSubmittedAt: cn("2026-01-05T09:00:00"),
      decided: 4,
      approved: 3,
      refused: 1,
      againstEngine: 1,
      medianWorkingDays: 2.5,
      approvalRate: 0.75, // 1, 1, 4, 8
      ratings: 0,
      averageRating: null,
    });
    expect(byId[tree.station2.id]).toMatchObject({
      waiting: 1,
      overdue: 1,
      decided: 1,
      approved: 0,
      refused: 1,
      medianWorkingDays: 3,
      approvalRate: 0,
    });
    expect(byId[tree.station3.id]).toEqual(NO_CASE_FIGURES);
    // The county's median is of its five decisions 1, 1, 3, 4, 8 — not the mean of the stations' medians (2.5, 3).
    expect(county.figures).toMatchObject({
      waiting: 2,
      inReview: 1,
      needsMaterials: 1,
      overdue: 2,
      decided: 5,
      approved: 3,
      refused: 2,
      againstEngine: 1,
      medianWorkingDays: 3,
      approvalRate: 0.6,
    });
    expect(h.total).toEqual(county.figures);
  });

  it("gives a supervisor of another county only their own subtree", async () => {
    const h = await stationHealth({ db, actor: tree.outsider, period: march, now });
    expect(h.units.stations.map((s) => s.id).sort()).toEqual([tree.other.station.id, tree.other.station2.id].sort());
    expect(h.total).toMatchObject({ waiting: 1, overdue: 1, decided: 0 });
  });
});

describe("the cases behind a figure", () => {
  const list = (filter: CaseListFilter, pageSize?: number) =>
    listSupervisionCases({ db, actor: tree.supervisor, filter, period: march, now, pageSize });

  it("overdue, statuses, decisions of the period and against the engine", async () => {
    expect((await list({ overdue: "1" })).rows.map((r) => r.id).sort()).toEqual([ids.lateReview, ids.lateWaiting].sort());
    expect((await list({ unit: tree.station.id, overdue: "1" })).rows.map((r) => r.id)).toEqual([ids.lateReview]);
    expect((await list({ status: "NEEDS_MATERIALS" })).rows.map((r) => r.id)).toEqual([ids.materials]);
    // Open cases oldest first.
    expect((await list({})).rows.map((r) => r.id)).toEqual([ids.materials, ids.lateReview, ids.lateWaiting, ids.waiting]);
    // Decisions newest first.
    expect((await list({ decided: "all" })).rows.map((r) => r.id)).toEqual([
      ids.lastMinute,
      ids.refused15,
      ids.against8,
      ids.refused1,
      ids.approved4,
    ]);
    expect((await list({ decided: "against" })).rows.map((r) => r.id)).toEqual([ids.against8]);
    expect((await list({ decided: "refused", unit: tree.station2.id })).rows.map((r) => r.id)).toEqual([ids.refused15]);
    expect((await list({ decided: "all" })).total).toBe(5);
  });

  it("masks names and ID numbers", async () => {
    const [row] = (await list({ status: "NEEDS_MATERIALS" })).rows;
    expect(row!.applicantName).toBe("申**");
    expect(row!.applicantId).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
  });

  it("pages by keyset without repeating or skipping a case", async () => {
    for (const filter of [{}, { decided: "all" as const }]) {
      const seen: string[] = [];
      let after: string | undefined;
      for (let i = 0; i < 10; i++) {
        const page = await list({ ...filter, after }, 2);
        seen.push(...page.rows.map((r) => r.id));
        if (!page.next) break;
        after = page.next;
      }
      expect(seen).toEqual((await list(filter)).rows.map((r) => r.id));
    }
  });

  it("a unit outside the subtree is not found", async () => {
    await expect(list({ unit: tree.other.station.id })).rejects.toEqual(new DomainError("NOT_FOUND"));
    const outsider = await listSupervisionCases({ db, actor: tree.outsider, filter: {}, period: march, now });
    expect(outsider.rows.map((r) => r.id)).toEqual([ids.elsewhere]);
  });

  it("exports the list as CSV with a BOM, masked, and audits the export", async () => {
    // Every case of March, in Chinese, as the supervisor's export button asks for it (at most `limit` rows if given).
    const exportMarch = (limit?: number) =>
      exportCases({
        db,
        actor: tree.supervisor,
        filter: { decided: "all" },
        period: march,
        now,
        t: translator("zh-CN"),
        english: false,
        limit,
      });
    const file = await exportMarch();
    expect(file.csv.startsWith("\uFEFF申请编号,")).toBe(true);
    const lines = file.csv.trim().split("\r\n");
    expect(lines).toHaveLength(6);
    expect(file.csv).not.toContain(tree.applicant.person.citizenId);
    expect(file.csv).toContain("申**");
    const audit = await db.auditEvent.findFirst({
      where: { actorId: tree.supervisor.id, action: "supervision.export.cases" },
      orderBy: { id: "desc" },
    });
    expect(audit?.data).toMatchObject({ decided: "all", rows: 5, from: "2026-03-01", to: "2026-03-31" });
    const truncated = await exportMarch(2);
    expect(truncated.csv.trim().split("\r\n")).toHaveLength(4);
    expect(truncated.csv).toContain("仅导出前 2 条");
  });
});
