// The demo seed writes the registry through ordinary inserts and updates (scripts/lib/seed.ts), so the
// population summary's triggers must keep it right by themselves: after seeding, the summary equals a
// fresh count, and the KPI figures it gives equal the direct join's (decision record 0212).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db";
import { databaseUrl } from "@/lib/db/connection";
import { hukouCounts } from "@/lib/stats/registry-queries";
import { registryPopulationDrift } from "@/lib/stats/registry-population";
import { buildDemoPlan, POLICY_CODES, seedDemoData } from "@/prisma/seed";
import { hukouCountsByJoin, sorted } from "./registry-population-oracle";

let db: Db;
beforeAll(async () => {
  db = createPrismaClient(databaseUrl());
  await seedDemoData({ db }); // idempotent: a database another file seeded already stays as it is
});
afterAll(async () => {
  await db.$disconnect();
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
