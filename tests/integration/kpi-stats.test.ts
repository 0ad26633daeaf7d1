// The KPIs of a small registry made by hand, computed on paper first (the comments give the working).
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import type { Actor } from "@/lib/auth/permissions";
import { urbanizationOverview } from "@/lib/stats/urbanization";
import { activityOverview } from "@/lib/stats/activity";
import { targetsOverview } from "@/lib/stats/targets";
import { assessmentOverview } from "@/lib/stats/assessment";
import { makePerson } from "@/tests/factories/people";
import { approvedSettlement, makeHousehold, makeKpiTree, makeSupervisor, register, townSettler } from "./kpi-fixtures";

const db = useTestDb();
let tree: Awaited<ReturnType<typeof makeKpiTree>>;
let sup: Actor;

beforeAll(async () => {
  tree = await makeKpiTree(db);
  sup = await makeSupervisor(db, tree.city!);
  const residents = await registerResidents(tree);
  await settleMovers(tree, residents);
  await cityTargets(tree.city!.id);
});

type KpiTree = Awaited<ReturnType<typeof makeKpiTree>>;

/** Five households at stations A and B, eleven persons (p6 dies in 2018), nine of them registered since 2010 and p9 born. */
async function registerResidents(tree: KpiTree) {
  const { a, b } = tree;
  const hAu = await makeHousehold(db, { stationId: a.station.id, area: "TOWN" });
  const hAr = await makeHousehold(db, { stationId: a.station.id, area: "RURAL" });
  const hBu = await makeHousehold(db, { stationId: b.station.id, area: "CENTRAL_URBAN" });
  const hBu2 = await makeHousehold(db, { stationId: b.station.id, area: "TOWN" });
  const hBr = await makeHousehold(db, { stationId: b.station.id, area: "RURAL" });
  const p = await Promise.all(Array.from({ length: 11 }, (_, i) => makePerson(db, i === 5 ? { deceasedOn: "2018-05-01" } : {})));
  const [p1, p2, p3, p4, , p6, p7, p8, p9, p10, p11] = p;
  const since = "2010-01-01";
  await register(db, { personId: p1.id, householdId: hAu.id, from: since });
  await register(db, { personId: p2.id, householdId: hAr.id, from: since });
  await register(db, { personId: p3.id, householdId: hAr.id, from: since });
  await register(db, { personId: p4.id, householdId: hBu.id, from: since });
  await register(db, { personId: p6.id, householdId: hBr.id, from: since });
  await register(db, { personId: p7.id, householdId: hBu.id, from: since });
  await register(db, { personId: p8.id, householdId: hAr.id, from: since });
  await register(db, { personId: p10.id, householdId: hBr.id, from: since });
  await register(db, { personId: p11.id, householdId: hBr.id, from: since });
  // A birth into an urban household of A (no application: a newborn registration is another kind).
  await register(db, { personId: p9.id, householdId: hAu.id, from: "2018-04-01", reason: "出生登记" });
  return { hAu, hAr, hBu, hBu2, hBr, p };
}

/** Seven settlements of 2018, each a decided application with its moves (the comments say what each counts as). */
async function settleMovers(tree: KpiTree, residents: Awaited<ReturnType<typeof registerResidents>>) {
  const { a, b } = tree;
  const policyUnitId = tree.city!.id;
  const { hAu, hAr, hBu, hBu2, hBr, p } = residents;
  const [, , p3, p4, p5, , p7, p8, , p10, p11] = p;
  const settle = townSettler(db, policyUnitId);
  await settle(p3, "2018-03-15", hAr, hAu, a.station, "qiannan.town.work-business"); // rural → A town: agricultural transfer
  await settle(p4, "2018-06-10", hBu, hAu, a.station, "qiannan.town.work-business", "town"); // B urban → A: other resident
  await settle(p5, "2018-09-01", null, hBu, b.station, "qiannan.town.work-business"); // outside registry, rural per facts: agricultural transfer
  await settle(p7, "2018-07-01", hBu, hBu2, b.station, "qiannan.town.work-business", "town"); // B urban → B urban: not counted
  await settle(p8, "2018-08-08", hAr, hAu, a.station, "jiyuan.landless-villager-in-place"); // conversion in place: excluded
  await settle(p10, "2018-10-20", hBr, hBu, b.station, "qiannan.relocated-poverty"); // relocation, before 30 November
  await settle(p11, "2018-12-05", hBr, hBu, b.station, "qiannan.relocated-poverty"); // relocation, after the cut-off
}

/** The city's reform targets for 2018 and its resident population from the statistics. */
async function cityTargets(policyUnitId: string) {
  await db.reformTarget.createMany({
    data: [
      {
        unitId: policyUnitId,
        metric: "SETTLEMENTS",
        fromYear: 2018,
        toYear: 2018,
        value: 4,
        sourceDocument: "测试文件",
        sourceClause: "一",
      },
      {
        unitId: policyUnitId,
        metric: "HUKOU_URBANIZATION_RATE",
        fromYear: 2018,
        toYear: 2018,
        value: 95,
        sourceDocument: "测试文件",
        sourceClause: "一",
      },
      {
        unitId: policyUnitId,
        metric: "NO_QUOTA",
        fromYear: 2016,
        toYear: 2020,
        value: null,
        sourceDocument: "测试文件",
        sourceClause: "三(三)",
      },
    ],
  });
  await db.populationStat.create({ data: { unitId: policyUnitId, year: 2018, residentTotal: 20, residentUrban: 19, source: "测试" } });
}

describe("hukou urbanization rate from the registry", () => {
  it("counts memberships active at each year end, urban by the household's attribute, the dead left out", async () => {
    // End of 2017 — A: p1 urban; p2, p3, p8 rural → 1 of 4. B: p4, p7 urban; p6, p10, p11 rural → 2 of 5.
    // End of 2018 — A: p1, p3, p4, p8, p9 urban; p2 rural → 5 of 6. B: p5, p7, p10, p11 urban; p6 died → 4 of 4.
    const o = await urbanizationOverview({ db, actor: sup, unitId: null, year: 2018, fromYear: 2017 });
    expect(o.unit.id).toBe(tree.city!.id);
    expect(o.trend.map((t) => [t.year, t.population.urban, t.population.total])).toEqual([
      [2017, 3, 9],
      [2018, 9, 10],
    ]);
    expect(o.trend[0].hukouRate).toBeCloseTo(33.3333, 3);
    expect(o.trend[1].hukouRate).toBeCloseTo(90, 10);
    // Resident 19 of 20 = 95%; gap 95 − 90 = 5 points.
    expect(o.trend[1].residentRate).toBeCloseTo(95, 10);
    expect(o.trend[1].gap).toBeCloseTo(5, 10);
    const [ua, ub] = o.byUnit;
    expect([ua.unit.id, ua.prev, ua.now]).toEqual([tree.a.county.id, { urban: 1, total: 4 }, { urban: 5, total: 6 }]);
    expect(ua.change).toBeCloseTo((5 / 6) * 100 - 25, 8);
    expect([ub.prev, ub.now, ub.rate]).toEqual([{ urban: 2, total: 5 }, { urban: 4, total: 4 }, 100]);
  });

  it("on any day: 30 June 2018, and the change since the year end before it", async () => {
    // A: p1, p3 (settled 15 Mar), p4 (10 Jun), p9 (born 1 Apr) urban; p2, p8 rural → 4 of 6.
    // B: p7 urban; p10, p11 rural; p5 not yet settled; p6 died on 1 May → 1 of 3. City 5 of 9; end of 2017 3 of 9.
    const o = await urbanizationOverview({ db, actor: sup, unitId: null, year: 2018, fromYear: 2018, on: "2018-06-30" });
    expect(o.onDay.population).toEqual({ urban: 5, total: 9 });
    expect(o.onDay.sinceYearEnd).toBe("2017-12-31");
    expect(o.onDay.change).toBeCloseTo((5 / 9 - 3 / 9) * 100, 8);
  });

  it("a county with nobody registered has no rate; a unit outside the scope is not found", async () => {
    const other = await makeKpiTree(db);
    const o = await urbanizationOverview({ db, actor: await makeSupervisor(db, other.city!), unitId: null, year: 2018, fromYear: 2018 });
    expect(o.trend[0].hukouRate).toBeNull();
    await expect(urbanizationOverview({ db, actor: sup, unitId: other.a.county.id, year: 2018, fromYear: 2018 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("settlements by the 黔南 counting standard", () => {
  it("per month and category, and by pathway", async () => {
    const o = await activityOverview({ db, actor: sup, unitId: null, from: "2018-01-01", to: "2019-01-01" });
    const m = (month: string) => o.months.find((x) => x.month === month)!.counts;
    expect(o.months).toHaveLength(12);
    expect([
      m("2018-03").AGRI_TRANSFER,
      m("2018-06").OTHER_RESIDENT,
      m("2018-07").LOCAL_URBAN_MOVE,
      m("2018-08").EXCLUDED_CONVERSION,
    ]).toEqual([1, 1, 1, 1]);
    expect([m("2018-09").AGRI_TRANSFER, m("2018-10").AGRI_TRANSFER, m("2018-12").AGRI_TRANSFER]).toEqual([1, 1, 1]);
    expect(o.months.reduce((n, x) => n + x.counts.counted, 0)).toBe(5); // p3, p4, p5, p10, p11
    expect(o.months.reduce((n, x) => n + x.counts.all, 0)).toBe(7);
    const work = o.pathways.find((g) => g.pathwayId === "qiannan.town.work-business")!;
    expect([work.counts.AGRI_TRANSFER, work.counts.OTHER_RESIDENT, work.counts.LOCAL_URBAN_MOVE, work.counts.all]).toEqual([2, 1, 1, 4]);
    expect(o.pathways.find((g) => g.pathwayId === "qiannan.relocated-poverty")!.counts.AGRI_TRANSFER).toBe(2);
    // By deciding station: A decided p3, p4, p8 (2 counted); B decided p5, p7, p10, p11 (3 counted).
    expect(o.stations.map((s) => [s.name, s.counts.counted, s.counts.all])).toEqual([
      ["测试b派出所", 3, 4],
      ["测试a派出所", 2, 3],
    ]);
  });

  it("one county only: A has p3 (agricultural transfer) and p4 (other resident); p8's conversion is excluded", async () => {
    const o = await activityOverview({ db, actor: sup, unitId: tree.a.county.id, from: "2018-01-01", to: "2019-01-01" });
    const total = (k: "AGRI_TRANSFER" | "OTHER_RESIDENT" | "EXCLUDED_CONVERSION") => o.months.reduce((n, x) => n + x.counts[k], 0);
    expect([total("AGRI_TRANSFER"), total("OTHER_RESIDENT"), total("EXCLUDED_CONVERSION")]).toEqual([1, 1, 1]);
  });
});

describe("targets", () => {
  it("progress measured in the registry; no quota shows none", async () => {
    const { targets } = await targetsOverview({ db, actor: sup, unitId: tree.a.county.id });
    const settlements = targets.find((x) => x.metric === "SETTLEMENTS")!;
    expect([settlements.actual, settlements.progress.percent, settlements.progress.met]).toEqual([5, 125, true]);
    const rate = targets.find((x) => x.metric === "HUKOU_URBANIZATION_RATE")!;
    expect(rate.actual).toBeCloseTo(90, 10);
    expect(rate.progress.percent).toBeCloseTo((90 / 95) * 100, 8);
    expect(rate.progress.met).toBe(false);
    const none = targets.find((x) => x.metric === "NO_QUOTA")!;
    expect(none.progress).toEqual({ percent: null, met: null, reason: "NO_QUOTA" });
  });
});

describe("黔南 附件1 county assessment", () => {
  it("entered figures and registry counts, scored by hand", async () => {
    const qiannan = await db.jurisdiction.findFirst({ where: { policyCode: "qiannan" } });
    const guizhou =
      qiannan ??
      (await db.jurisdiction.upsert({
        where: { code: "guizhou" },
        update: {},
        create: { code: "guizhou", name: "贵州省", level: "PROVINCE", area: "CENTRAL_URBAN", path: "/guizhou/" },
      }));
    const prefecture =
      qiannan ??
      (await db.jurisdiction.create({
        data: {
          code: "qiannan",
          name: "黔南布依族苗族自治州",
          level: "CITY",
          area: "CENTRAL_URBAN",
          path: "/guizhou/qiannan/",
          policyCode: "qiannan",
          regionCode: "522700",
          parentId: guizhou.id,
        },
      }));
    const q = await makeKpiTree(db, { parent: prefecture });
    // Q1: every figure entered. (53.10 − 52.00) ÷ 0.6 × 40 = 73.3 → 40; (30 + 10) ÷ 80 × 30 = 15; 45 ÷ 60 × 30 = 22.5 → 77.5.
    await db.assessmentInput.create({
      data: {
        unitId: q.a.county.id,
        year: 2018,
        requiredIncrease: 0.6,
        hukouTotalPrev: 1000,
        hukouUrbanPrev: 520,
        hukouTotal: 1000,
        hukouUrban: 531,
        agriTransferSettlements: 30,
        otherSettlements: 10,
        urbanIncreaseTotal: 80,
        relocatedSettled: 45,
        relocatedMovedIn: 60,
        source: "测试报表",
      },
    });
    // Q2: only the required rise and the provincial list entered; the rest from the registry.
    // r2 urban since 2010; r1 rural, relocated into town on 2018-05-05. 2017: 1 of 2 = 50%; 2018: 2 of 2 = 100%.
    // (100 − 50) ÷ 1.0 × 40 → 40; settlements 1 agricultural ÷ 1 urban addition × 30 = 30; relocation 1 ÷ 2 × 30 = 15 → 85.
    await db.assessmentInput.create({
      data: { unitId: q.b.county.id, year: 2018, requiredIncrease: 1, relocatedMovedIn: 2, source: "测试" },
    });
    const urban = await makeHousehold(db, { stationId: q.b.station.id, area: "TOWN" });
    const rural = await makeHousehold(db, { stationId: q.b.station.id, area: "RURAL" });
    const [r1, r2] = [await makePerson(db), await makePerson(db)];
    await register(db, { personId: r2.id, householdId: urban.id, from: "2010-01-01" });
    await register(db, { personId: r1.id, householdId: rural.id, from: "2010-01-01" });
    await approvedSettlement(db, {
      policyUnitId: prefecture.id,
      stationId: q.b.station.id,
      on: "2018-05-05",
      personId: r1.id,
      fromHousehold: rural.id,
      toHousehold: urban.id,
      targetArea: "TOWN",
      factsArea: "rural",
      pathwayId: "qiannan.relocated-poverty",
      clause: "二(一)2",
    });

    const qsup = await makeSupervisor(db, prefecture);
    const { counties } = await assessmentOverview({ db, actor: qsup, year: 2018 });
    const q1 = counties.find((c) => c.unit.id === q.a.county.id)!;
    expect(q1.result.rateIncrease.score).toBe(40);
    expect(q1.result.rateIncrease.capped).toBe(true);
    expect(q1.result.settlements.score).toBeCloseTo(15, 10);
    expect(q1.result.relocation.score).toBeCloseTo(22.5, 10);
    expect(q1.result.total).toBeCloseTo(77.5, 10);
    expect(q1.inputs.hukouTotal).toEqual({ value: 1000, source: "ENTERED" });

    const q2 = counties.find((c) => c.unit.id === q.b.county.id)!;
    expect(q2.inputs.hukouUrbanPrev).toEqual({ value: 1, source: "REGISTRY" });
    expect(q2.inputs.hukouTotal).toEqual({ value: 2, source: "REGISTRY" });
    expect(q2.inputs.agriTransferSettlements).toEqual({ value: 1, source: "REGISTRY" });
    expect(q2.inputs.urbanIncreaseTotal).toEqual({ value: 1, source: "REGISTRY" });
    expect(q2.inputs.relocatedSettled).toEqual({ value: 1, source: "REGISTRY" });
    expect(q2.inputs.relocatedMovedIn).toEqual({ value: 2, source: "ENTERED" });
    expect([q2.result.rateIncrease.score, q2.result.settlements.score, q2.result.relocation.score]).toEqual([40, 30, 15]);
    expect(q2.result.settlements.capped).toBe(false);
    expect(q2.result.total).toBe(85);

    // A supervisor whose subtree holds no 黔南 gets NOT_FOUND, like any unit outside the scope.
    await expect(assessmentOverview({ db, actor: sup, year: 2018 })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
