// The demo's county registries and 黔南 history (docs/decisions/0215), read through the KPI code the pages
// use: valid citizen IDs, a rate per 黔南 county that is plausible, differs and rises, 2018 settlements of
// both counted categories over several pathways, and a complete 2018 assessment for every county.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import type { Actor } from "@/lib/auth/permissions";
import { parseCitizenId } from "@/lib/registry/citizen-id";
import { seedDemoData } from "@/prisma/seed";
import { QIANNAN_REGISTRIES } from "@/prisma/seed/bulk-registry";
import { urbanizationOverview } from "@/lib/stats/urbanization";
import { activityOverview } from "@/lib/stats/activity";
import { assessmentOverview } from "@/lib/stats/assessment";

const db = useTestDb();
let actor: Actor;
// Other test files add counties, cases and pathways of their own under 黔南 in the same database: the
// checks below are about the twelve seeded counties.
const seeded = new Set(QIANNAN_REGISTRIES.map((r) => r.unit));

beforeAll(async () => {
  await seedDemoData({ db });
  const sup = await db.user.findUniqueOrThrow({ where: { username: "supervisor2" }, include: { jurisdiction: true } });
  actor = {
    id: sup.id,
    role: "SUPERVISOR",
    displayName: sup.displayName,
    stationId: null,
    jurisdictionId: sup.jurisdictionId,
    scopePath: sup.jurisdiction!.path,
    personId: null,
  };
});

describe("the demo's county registries", () => {
  it("give every generated person a valid citizen ID matching birth date and sex", async () => {
    const persons = await db.$queryRaw<{ citizenId: string; birthDate: Date; sex: string }[]>`
      SELECT "citizenId", "birthDate", sex::text AS sex FROM "Person" WHERE id::text LIKE 'c5000000-%'`;
    expect(persons.length).toBeGreaterThan(QIANNAN_REGISTRIES.length * 1000);
    const wrong = persons.filter((p) => {
      const parsed = parseCitizenId({ input: p.citizenId });
      return !parsed.ok || parsed.birthDate !== p.birthDate.toISOString().slice(0, 10) || parsed.sex !== p.sex;
    });
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it("make each 黔南 county's hukou urbanization rate plausible, different from the others' and rising", async () => {
    const view = await urbanizationOverview({ db, actor, year: 2026, fromYear: 2016, on: "2026-11-20" });
    const byUnit = view.byUnit.filter((c) => seeded.has(c.unit.code));
    expect(byUnit).toHaveLength(12);
    for (const county of byUnit) {
      expect(county.now.total, county.unit.name).toBeGreaterThan(1000);
      expect(county.rate!, county.unit.name).toBeGreaterThan(15);
      expect(county.rate!, county.unit.name).toBeLessThan(80);
      expect(county.change!, county.unit.name).toBeGreaterThan(0);
    }
    expect(new Set(byUnit.map((c) => c.rate!.toFixed(1))).size).toBeGreaterThan(8);
    const trend = view.trend.map((p) => p.hukouRate!);
    expect(trend).toHaveLength(11);
    for (let i = 1; i < trend.length; i++) expect(trend[i], String(2016 + i)).toBeGreaterThan(trend[i - 1]!);
    // Each county rises from 2017 to 2018 as well: the assessment's first part has something to score.
    const y2018 = await urbanizationOverview({ db, actor, year: 2018, fromYear: 2018 });
    for (const county of y2018.byUnit.filter((c) => seeded.has(c.unit.code))) expect(county.change!, county.unit.name).toBeGreaterThan(0);
  });

  it("hold 2018 settlements of both counted categories, over several pathways, and 2018 residence permits", async () => {
    const activity = await activityOverview({ db, actor, from: "2018-01-01", to: "2019-01-01" });
    const total = (c: "AGRI_TRANSFER" | "OTHER_RESIDENT") => activity.months.reduce((n, m) => n + m.counts[c], 0);
    expect(total("AGRI_TRANSFER")).toBeGreaterThan(20);
    expect(total("OTHER_RESIDENT")).toBeGreaterThan(5);
    expect(activity.pathways.map((p) => p.pathwayId)).toEqual(
      expect.arrayContaining(["qiannan.new-public-sector-staff", "qiannan.relocated-poverty", "qiannan.town.work-business"]),
    );
    expect(activity.stations.length).toBeGreaterThanOrEqual(12);
    expect(activity.permits.issued).toBeGreaterThan(0);
    // 2019 has a town-to-town move inside a county: shown, not counted.
    const later = await activityOverview({ db, actor, from: "2019-01-01", to: "2020-01-01" });
    expect(later.months.reduce((n, m) => n + m.counts.LOCAL_URBAN_MOVE, 0)).toBeGreaterThan(0);
  });

  it("score every county in the 2018 assessment, 平塘 from its registry", async () => {
    const counties = (await assessmentOverview({ db, actor, year: 2018 })).counties.filter((c) => seeded.has(c.unit.code));
    expect(counties).toHaveLength(12);
    for (const c of counties) expect(c.result.complete, c.unit.name).toBe(true);
    const pingtang = counties.find((c) => c.unit.code === "qiannan-pingtang")!;
    expect([
      pingtang.inputs.hukouTotal.source,
      pingtang.inputs.agriTransferSettlements.source,
      pingtang.inputs.relocatedMovedIn.source,
    ]).toEqual(["REGISTRY", "REGISTRY", "ENTERED"]);
    expect(pingtang.inputs.agriTransferSettlements.value).toBeGreaterThan(0);
  });
});
