// Settled persons recorded by each approval (decision record 0213) give the KPI pages the same figures
// as deriving every settlement of a period from the registry on each request (the oracle), and keep the
// category of the decision day when a household is re-coded later.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import { settlementGroups } from "@/lib/stats/registry-queries";
import { recordMissingSettlements } from "@/lib/stats/settlement-records";
import { makePerson } from "@/tests/factories/people";
import { makeHousehold, makeKpiTree, register, townSettler } from "./kpi-fixtures";
import { settlementGroupsByJoin, sortGroups } from "./settlement-records-oracle";

const db = useTestDb();
let tree: Awaited<ReturnType<typeof makeKpiTree>>;
let ruralHome: { id: string };
const period = { from: "2018-01-01", to: "2020-01-01" };

beforeAll(async () => {
  tree = await makeKpiTree(db);
  const { a, b } = tree;
  const policyUnitId = tree.city!.id;
  const hAu = await makeHousehold(db, { stationId: a.station.id, area: "TOWN" });
  ruralHome = await makeHousehold(db, { stationId: a.station.id, area: "RURAL" });
  const hBu = await makeHousehold(db, { stationId: b.station.id, area: "CENTRAL_URBAN" });
  const hBu2 = await makeHousehold(db, { stationId: b.station.id, area: "TOWN" });
  const hBr = await makeHousehold(db, { stationId: b.station.id, area: "RURAL" });
  const people = await Promise.all(Array.from({ length: 9 }, () => makePerson(db)));
  for (const [i, p] of people.entries())
    if (i < 7)
      await register(db, { personId: p.id, householdId: [ruralHome, hBu, hBr, hBu, ruralHome, hBr, hAu][i].id, from: "2010-01-01" });
  const settle = townSettler(db, policyUnitId);
  await settle(people[0], "2018-03-15", ruralHome, hAu, a.station, "qiannan.town.work-business"); // rural → town: agricultural transfer
  await settle(people[1], "2018-03-20", hBu, hAu, a.station, "qiannan.town.work-business", "town"); // urban, other county: other resident
  await settle(people[2], "2018-11-30", hBr, hBu2, b.station, "qiannan.relocated-poverty"); // relocation
  await settle(people[3], "2018-12-31", hBu, hBu2, b.station, "qiannan.town.work-business", "town"); // urban → urban, same county: not counted
  await settle(people[4], "2019-01-01", ruralHome, hAu, a.station, "jiyuan.landless-villager-in-place"); // conversion in place: excluded
  await settle(people[5], "2019-06-01", hBr, hBr, b.station, "qiannan.town.work-business"); // into a rural address: not a town
  await settle(people[7], "2019-07-07", null, hBu, b.station, "qiannan.town.work-business"); // from outside the registry (facts: rural)
  await settle(people[8], "2019-07-08", null, hBu, b.station, "qiannan.town.work-business", "central_urban"); // from outside, urban
  await settle(people[6], "2020-01-01", hAu, hBu, b.station, "qiannan.town.work-business", "town"); // outside the period
});

describe("settlement records", () => {
  it("give the same counts as the registry read back per request, by month, station, pathway, clause and category", async () => {
    const prefix = tree.city!.path;
    const recorded = sortGroups(await settlementGroups({ db, prefix, ...period }));
    expect(recorded).toEqual(await settlementGroupsByJoin({ db, prefix, ...period }));
    // Hand-worked: 8 persons in the period, in six categories.
    const by = (category: string) => recorded.filter((g) => g.category === category).reduce((n, g) => n + g.count, 0);
    expect([by("AGRI_TRANSFER"), by("OTHER_RESIDENT"), by("LOCAL_URBAN_MOVE"), by("EXCLUDED_CONVERSION"), by("NOT_TOWN")]).toEqual([
      3, 2, 1, 1, 1,
    ]);
    expect(recorded.find((g) => g.pathwayId === "qiannan.relocated-poverty")).toMatchObject({
      month: "2018-11",
      countyPath: tree.b.county.path,
      count: 1,
    });
    // One county only, and one pathway only.
    const countyB = await settlementGroups({ db, prefix: tree.b.county.path, ...period });
    expect(countyB.every((g) => g.countyPath === tree.b.county.path)).toBe(true);
    expect(sortGroups(countyB)).toEqual(await settlementGroupsByJoin({ db, prefix: tree.b.county.path, ...period }));
    const relocation = await settlementGroups({ db, prefix, ...period, pathwayIds: ["qiannan.relocated-poverty"] });
    expect(relocation.map((g) => [g.pathwayId, g.count])).toEqual([["qiannan.relocated-poverty", 1]]);
  });

  it("are written again for approvals that lost theirs, once", async () => {
    const prefix = tree.city!.path;
    const before = sortGroups(await settlementGroups({ db, prefix, ...period }));
    const ids = (await db.application.findMany({ where: { station: { path: { startsWith: prefix } } }, select: { id: true } })).map(
      (a) => a.id,
    );
    const dropped = await db.settlementRecord.deleteMany({ where: { applicationId: { in: ids.slice(0, 4) } } });
    expect(dropped.count).toBe(4);
    expect(await recordMissingSettlements({ db, batch: 3 })).toBeGreaterThanOrEqual(4);
    expect(sortGroups(await settlementGroups({ db, prefix, ...period }))).toEqual(before);
    expect(await recordMissingSettlements({ db })).toBe(0);
  });

  it("keep the category of the decision day when the household left is re-coded later", async () => {
    const prefix = tree.a.county.path;
    const agri = (groups: { category: string; count: number }[]) =>
      groups.filter((g) => g.category === "AGRI_TRANSFER").reduce((n, g) => n + g.count, 0);
    expect(agri(await settlementGroups({ db, prefix, ...period }))).toBe(1);
    // 城乡属性调整: the village becomes a town afterwards. Read back from today's registry, the 2018
    // settlement would no longer be an agricultural transfer; as recorded on its day, it still is.
    await db.household.update({ where: { id: ruralHome.id }, data: { area: "TOWN" } });
    try {
      expect(agri(await settlementGroupsByJoin({ db, prefix, ...period }))).toBe(0);
      expect(agri(await settlementGroups({ db, prefix, ...period }))).toBe(1);
    } finally {
      await db.household.update({ where: { id: ruralHome.id }, data: { area: "RURAL" } });
    }
  });
});
