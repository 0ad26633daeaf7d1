// The population summary's triggers under the portal's own role (hukou_app, docs/decisions/0027): the
// registry's domain code settles, moves and records a death as hukou_app, the SECURITY DEFINER triggers
// book it, and the role can read the summary but neither write it nor rebuild it (decision record 0212).
import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db";
import { databaseUrl } from "@/lib/db/connection";
import { openTestDb } from "@/tests/factories/db";
import { ensureAppRole } from "@/lib/db/app-role";
import { joinHousehold, movePerson, openHousehold } from "@/lib/registry/memberships";
import { hukouCounts } from "@/lib/stats/registry-queries";
import { registryPopulationDrift } from "@/lib/stats/registry-population";
import { makePerson } from "@/tests/factories/people";
import { day, makeKpiTree } from "./kpi-fixtures";
import { hukouCountsByJoin, sorted } from "./registry-population-oracle";
import { sqlOutcome } from "./sql-outcome";

let owner: Db;
let app: Db;
let appClient: Client;

beforeAll(async () => {
  owner = openTestDb();
  const appUrl = await ensureAppRole({ ownerUrl: databaseUrl(), password: randomBytes(20).toString("hex") });
  app = createPrismaClient(appUrl);
  appClient = new Client({ connectionString: appUrl });
  await appClient.connect();
});

afterAll(async () => {
  await appClient.end();
  await app.$disconnect();
  await owner.$disconnect();
});

const refused = (sql: string) => sqlOutcome(appClient, sql);

describe("the population summary under the portal's role", () => {
  it("is kept by the triggers when hukou_app settles, moves and records a death", async () => {
    const { root, a, b } = await makeKpiTree(owner);
    const clerk = await app.user.create({
      data: {
        username: `pop-clerk-${randomBytes(4).toString("hex")}`,
        passwordHash: "x",
        displayName: "民警",
        role: "CLERK",
        stationId: a.station.id,
      },
    });
    const [p1, p2] = [await makePerson(app), await makePerson(app)];
    const on = day("2024-03-05");
    const moved = day("2025-07-01");
    await app.$transaction(async (tx) => {
      const home = await openHousehold({
        tx,
        stationId: a.station.id,
        type: "FAMILY",
        address: "测试路 1 号",
        area: "TOWN",
        actorId: clerk.id,
      });
      await joinHousehold({ tx, personId: p1.id, householdId: home.id, relation: "HEAD", on, reason: "落户", actorId: clerk.id });
      await joinHousehold({ tx, personId: p2.id, householdId: home.id, relation: "SPOUSE", on, reason: "落户", actorId: clerk.id });
    });
    await app.$transaction(async (tx) => {
      const farm = await openHousehold({
        tx,
        stationId: b.station.id,
        type: "FAMILY",
        address: "测试村 2 号",
        area: "RURAL",
        actorId: clerk.id,
      });
      await movePerson({
        tx,
        personId: p2.id,
        to: farm,
        relation: "HEAD",
        on: moved,
        leaveReason: "迁出",
        joinReason: "迁入",
        actorId: clerk.id,
      });
    });
    await app.person.update({ where: { id: p1.id }, data: { deceasedOn: day("2026-01-10") } });

    const dates = ["2024-03-04", "2024-03-05", "2024-12-31", "2025-06-30", "2025-07-01", "2025-12-31", "2026-01-09", "2026-01-10"];
    const summary = sorted(await hukouCounts({ db: app, prefix: root.path, dates }));
    expect(summary).toEqual(sorted(await hukouCountsByJoin({ db: owner, prefix: root.path, dates })));
    const brief = summary.map((r) => `${r.on}:${r.stationPath === a.station.path ? "A" : "B"}:${r.urban ? "urban" : "rural"}:${r.count}`);
    expect(brief).toEqual([
      "2024-03-05:A:urban:2",
      "2024-12-31:A:urban:2",
      "2025-06-30:A:urban:2",
      "2025-07-01:A:urban:1",
      "2025-07-01:B:rural:1",
      "2025-12-31:A:urban:1",
      "2025-12-31:B:rural:1",
      "2026-01-09:A:urban:1",
      "2026-01-09:B:rural:1",
      "2026-01-10:B:rural:1",
    ]);
    expect(await registryPopulationDrift({ db: owner, stationIds: [a.station.id, b.station.id] })).toEqual([]);
  });

  it("may read the summary but not write, empty or rebuild it", async () => {
    expect(await refused(`SELECT count(*) FROM "RegistryPopulationDelta"`)).toBe("allowed");
    // 42501 = insufficient_privilege.
    expect(await refused(`INSERT INTO "RegistryPopulationDelta" VALUES (gen_random_uuid(), 'D', '2020-01-01', true, 1)`)).toBe("42501");
    expect(await refused(`UPDATE "RegistryPopulationDelta" SET delta = delta + 1`)).toBe("42501");
    expect(await refused(`DELETE FROM "RegistryPopulationDelta"`)).toBe("42501");
    expect(await refused(`TRUNCATE "RegistryPopulationDelta"`)).toBe("42501");
    expect(await refused(`SELECT "registry_population_rebuild"()`)).toBe("42501");
    expect(
      await refused(`SELECT "registry_population_add"(ARRAY[gen_random_uuid()], ARRAY[true], ARRAY['2020-01-01'::date], ARRAY[5])`),
    ).toBe("42501");
    expect(await refused(`ALTER TABLE "Membership" DISABLE TRIGGER "Membership_population_insert"`)).toBe("42501");
    expect(await refused(`DROP FUNCTION "registry_population_membership"() CASCADE`)).toBe("42501");
  });

  it("cannot divert the triggers into a temporary table of its own", async () => {
    // A SECURITY DEFINER function with the default search_path would find pg_temp's table first.
    await appClient.query(`CREATE TEMP TABLE "RegistryPopulationDelta" (LIKE public."RegistryPopulationDelta")`);
    try {
      const { a } = await makeKpiTree(owner);
      const h = await owner.household.create({
        data: {
          householdNumber: `T${randomBytes(5).toString("hex")}`,
          type: "FAMILY",
          address: "临时",
          area: "TOWN",
          stationId: a.station.id,
        },
      });
      const p = await makePerson(owner);
      await appClient.query(
        `INSERT INTO "Membership" (id, "personId", "householdId", relation, "validFrom", "activePersonId") VALUES (gen_random_uuid(), $1, $2, 'HEAD', '2023-05-06', $1)`,
        [p.id, h.id],
      );
      expect((await appClient.query(`SELECT count(*)::int AS n FROM pg_temp."RegistryPopulationDelta"`)).rows[0].n).toBe(0);
      expect(await registryPopulationDrift({ db: owner, stationIds: [a.station.id] })).toEqual([]);
      const rows = await owner.registryPopulationDelta.findMany({ where: { stationId: a.station.id }, orderBy: { grain: "asc" } });
      expect(rows.map((r) => `${r.grain}:${r.period.toISOString().slice(0, 10)}:${r.delta}`)).toEqual([
        "D:2023-05-06:1",
        "M:2023-05-01:1",
        "X:2020-01-01:1",
        "Y:2023-01-01:1",
      ]);
    } finally {
      await appClient.query(`DROP TABLE pg_temp."RegistryPopulationDelta"`);
    }
  });
});
