// The demo seed writes the registry through ordinary inserts and updates (scripts/lib/seed.ts), so the
// population summary's triggers must keep it right by themselves: after seeding, the summary equals a
// fresh count, and the KPI figures it gives equal the direct join's (decision record 0212).
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import { hukouCounts } from "@/lib/stats/registry-queries";
import { registryPopulationDrift } from "@/lib/stats/registry-population";
import { buildDemoPlan, POLICY_CODES, seedDemoData } from "@/prisma/seed";
import { hukouCountsByJoin, sorted } from "./registry-population-oracle";
import { settlementGroups } from "@/lib/stats/registry-queries";
import { settlementGroupsByJoin, sortGroups } from "./settlement-records-oracle";

const db = useTestDb();
beforeAll(async () => {
  await seedDemoData({ db }); // idempotent: a database another file seeded already stays as it is
});

describe("the population summary of the seeded demo registry", () => {
  it("equals a fresh count, and answers like the join for every policy unit", async () => {
    const codes = buildDemoPlan({ warn: () => {} }).jurisdictions.map((j) => j.code);
    const stations = await db.jurisdiction.findMany({ where: { code: { in: codes }, level: "STATION" }, select: { id: true } });
    const ids = stations.map((s) => s.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(await db.registryPopulationDelta.count({ where: { stationId: { in: ids } } })).toBeGreaterThan(0);
    expect(await registryPopulationDrift({ db, stationIds: ids })).toEqual([]);
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const dates = ["2015-12-31", "2018-12-31", "2020-06-30", "2024-12-31", "2025-12-31", today];
    for (const code of POLICY_CODES) {
      const unit = await db.jurisdiction.findUniqueOrThrow({ where: { code }, select: { path: true } });
      const summary = sorted(await hukouCounts({ db, prefix: unit.path, dates }));
      expect(summary, code).toEqual(sorted(await hukouCountsByJoin({ db, prefix: unit.path, dates })));
      expect(summary.length, code).toBeGreaterThan(0);
    }
  });
});

describe("the settlement records of the seeded demo data", () => {
  it("count every decided demo settlement as the registry read back would (decision record 0213)", async () => {
    let total = 0;
    for (const code of POLICY_CODES) {
      const unit = await db.jurisdiction.findUniqueOrThrow({ where: { code }, select: { path: true } });
      const period = { prefix: unit.path, from: "2015-01-01", to: "2030-01-01" };
      const recorded = sortGroups(await settlementGroups({ db, ...period }));
      expect(recorded, code).toEqual(await settlementGroupsByJoin({ db, ...period }));
      total += recorded.reduce((n, g) => n + g.count, 0);
    }
    // The 黔南 history alone has well over a hundred approvals (prisma/seed/stories-qiannan-history.ts).
    expect(total).toBeGreaterThan(100);
  });
});
