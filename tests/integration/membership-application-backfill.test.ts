// The migration membership_application_backfill links the memberships approvals opened before the key
// existed to their case, from the wording the approval wrote (lib/registry/reasons.ts) — also once the
// person has left again ("准予落户（n）；迁出：…") — and leaves alone what no approval of that station opened.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import { MIGRATIONS_DIR } from "@/lib/db/schema-engine";
import { appendReason, DECISION_REASONS } from "@/lib/registry/reasons";
import { approvedSettlement, makeHousehold, makeKpiTree, register } from "./kpi-fixtures";
import { makePerson } from "@/tests/factories/people";

const BACKFILL = fs.readFileSync(path.join(MIGRATIONS_DIR, "20261207110700_membership_application_backfill", "migration.sql"), "utf8");

const db = useTestDb();

describe("migration membership_application_backfill", () => {
  it("links an approval's memberships by their wording, also one closed since; leaves others unlinked", async () => {
    const tree = await makeKpiTree(db);
    const { a, b } = tree;
    const home = await makeHousehold(db, { stationId: a.station.id, area: "RURAL" });
    const town = await makeHousehold(db, { stationId: a.station.id, area: "TOWN" });
    const later = await makeHousehold(db, { stationId: a.station.id, area: "TOWN" });
    const elsewhere = await makeHousehold(db, { stationId: b.station.id, area: "TOWN" });
    const [settled, movedOn, stranger] = await Promise.all([makePerson(db), makePerson(db), makePerson(db)]);
    for (const p of [settled, movedOn]) await register(db, { personId: p.id, householdId: home.id, from: "2010-01-01" });
    const common = { policyUnitId: tree.city!.id, stationId: a.station.id, targetArea: "TOWN" as const, factsArea: "rural" };
    const pathway = { pathwayId: "qiannan.town.work-business", clause: "条款" };
    const n1 = await approvedSettlement(db, {
      ...common,
      ...pathway,
      on: "2018-03-15",
      personId: settled.id,
      fromHousehold: home.id,
      toHousehold: town.id,
    });
    const n2 = await approvedSettlement(db, {
      ...common,
      ...pathway,
      on: "2018-03-16",
      personId: movedOn.id,
      fromHousehold: home.id,
      toHousehold: town.id,
    });
    const app1 = await db.application.findUniqueOrThrow({ where: { number: n1 } });
    const app2 = await db.application.findUniqueOrThrow({ where: { number: n2 } });
    // movedOn left the household n2 placed them in: the joining reason gets the leaving one appended.
    const m2 = await db.membership.findFirstOrThrow({ where: { applicationId: app2.id } });
    await db.membership.update({
      where: { id: m2.id },
      data: { validTo: new Date("2019-01-01"), activePersonId: null, reason: appendReason(m2.reason, "迁出：他处") },
    });
    await register(db, { personId: movedOn.id, householdId: later.id, from: "2019-01-01" });
    // The same wording in another station's household: never an approval of n1's station.
    const foreign = await register(db, {
      personId: stranger.id,
      householdId: elsewhere.id,
      from: "2018-03-15",
      reason: DECISION_REASONS.settlementJoin({ number: n1 }),
    });
    // Before the key: the approvals' memberships carry only their reason.
    await db.membership.updateMany({ where: { applicationId: { in: [app1.id, app2.id] } }, data: { applicationId: null } });

    await db.$executeRawUnsafe(BACKFILL);

    const linked = await db.membership.findMany({
      where: { personId: { in: [settled.id, movedOn.id, stranger.id] } },
      orderBy: { validFrom: "asc" },
    });
    const byPerson = (id: string) => linked.filter((m) => m.personId === id).map((m) => [m.reason, m.applicationId]);
    expect(byPerson(settled.id)).toEqual([
      [null, null],
      [DECISION_REASONS.settlementJoin({ number: n1 }), app1.id],
    ]);
    expect(byPerson(movedOn.id)).toEqual([
      [null, null],
      [`${DECISION_REASONS.settlementJoin({ number: n2 })}；迁出：他处`, app2.id],
      [null, null],
    ]);
    expect((await db.membership.findUniqueOrThrow({ where: { id: foreign.id } })).applicationId).toBeNull();

    // Idempotent: a second run changes none of these rows.
    await db.$executeRawUnsafe(BACKFILL);
    const again = await db.membership.findMany({
      where: { personId: { in: [settled.id, movedOn.id, stranger.id] } },
      orderBy: { validFrom: "asc" },
    });
    expect(again).toEqual(linked);
  });
});
