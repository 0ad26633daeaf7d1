// The registry's population summary (decision record 0212) against the direct join it replaced
// (registry-population-oracle.ts): a registry built by hand with every kind of change the triggers must
// follow — moves on the day, closes, deaths recorded and withdrawn, a person dead before they joined,
// the same day opened and closed, a deleted membership, a household re-coded and one moved to another
// station, several memberships closed by one statement — and then random sequences of such changes.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import { hukouCounts } from "@/lib/stats/registry-queries";
import { registryPopulationDrift } from "@/lib/stats/registry-population";
import { makePerson } from "@/tests/factories/people";
import { makeUnit } from "@/tests/factories/units";
import { day, makeHousehold, makeKpiTree, register } from "./kpi-fixtures";
import { addDays, hukouCountsByJoin, probeDays, sorted } from "./registry-population-oracle";

const db = useTestDb();

/** The summary's answer, checked against the join's for the same days; returns it. */
async function bothAgree(prefix: string, dates: string[]) {
  const [summary, join] = await Promise.all([hukouCounts({ db, prefix, dates }), hukouCountsByJoin({ db, prefix, dates })]);
  expect(sorted(summary)).toEqual(sorted(join));
  return sorted(summary);
}

const at = (rows: { on: string; stationPath: string; urban: boolean; count: number }[], on: string) =>
  rows.filter((r) => r.on === on).map((r) => `${r.stationPath}:${r.urban ? "urban" : "rural"}:${r.count}`);

describe("the population summary", () => {
  it("follows every kind of registry change and answers like the join, day by day", async () => {
    const { root, a, b } = await makeKpiTree(db);
    const SA = a.station;
    const SB = b.station;
    const h1 = await makeHousehold(db, { stationId: SA.id, area: "CENTRAL_URBAN" });
    const h2 = await makeHousehold(db, { stationId: SB.id, area: "RURAL" });
    const h3 = await makeHousehold(db, { stationId: SA.id, area: "TOWN" });
    const [p1, p2, p3, p4, p6] = [
      await makePerson(db),
      await makePerson(db),
      await makePerson(db),
      await makePerson(db),
      await makePerson(db),
    ];
    const p5 = await makePerson(db, { deceasedOn: "2016-01-01" });

    const m1 = await register(db, { personId: p1.id, householdId: h1.id, from: "2016-03-01" });
    await register(db, { personId: p2.id, householdId: h1.id, from: "2016-01-01", to: "2017-06-30" });
    await register(db, { personId: p2.id, householdId: h2.id, from: "2017-06-30" }); // moved on the day
    await register(db, { personId: p3.id, householdId: h2.id, from: "2018-02-02", to: "2018-02-02" }); // opened and closed the same day
    await register(db, { personId: p4.id, householdId: h3.id, from: "2015-05-05" });
    await register(db, { personId: p5.id, householdId: h3.id, from: "2017-01-01" }); // dead before joining: never counted
    const m7 = await register(db, { personId: p6.id, householdId: h2.id, from: "2016-06-01" });

    await db.person.update({ where: { id: p4.id }, data: { deceasedOn: day("2019-09-09") } });
    await db.person.update({ where: { id: p1.id }, data: { deceasedOn: day("2018-01-01") } });
    await db.person.update({ where: { id: p1.id }, data: { deceasedOn: null } }); // a death withdrawn
    await db.person.update({ where: { id: p1.id }, data: { name: "改名" } }); // nothing counted changes
    await db.membership.delete({ where: { id: m7.id } });
    await db.household.update({ where: { id: h1.id }, data: { area: "RURAL" } }); // re-coded: the whole history follows
    await db.household.update({ where: { id: h3.id }, data: { stationId: SB.id } }); // to another station
    await db.household.update({ where: { id: h2.id }, data: { area: "RURAL", address: "新地址" } }); // same attribute
    await db.membership.update({ where: { id: m1.id }, data: { reason: "更正" } });
    await db.membership.updateMany({
      where: { householdId: h2.id, validTo: null },
      data: { validTo: day("2020-01-01"), activePersonId: null },
    });

    const dates = probeDays(
      [
        "2015-05-05",
        "2016-01-01",
        "2016-03-01",
        "2016-06-01",
        "2017-01-01",
        "2017-06-30",
        "2018-01-01",
        "2018-02-02",
        "2019-09-09",
        "2020-01-01",
      ],
      [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2026],
    );
    const rows = await bothAgree(root.path, dates);
    // Worked by hand (h1 is rural now, h3 urban at SB):
    expect(at(rows, "2017-06-29")).toEqual([`${SA.path}:rural:2`, `${SB.path}:urban:1`]);
    expect(at(rows, "2017-06-30")).toEqual([`${SA.path}:rural:1`, `${SB.path}:rural:1`, `${SB.path}:urban:1`]);
    expect(at(rows, "2018-02-02")).toEqual([`${SA.path}:rural:1`, `${SB.path}:rural:1`, `${SB.path}:urban:1`]);
    expect(at(rows, "2019-09-09")).toEqual([`${SA.path}:rural:1`, `${SB.path}:rural:1`]);
    expect(at(rows, "2019-12-31")).toEqual([`${SA.path}:rural:1`, `${SB.path}:rural:1`]);
    expect(at(rows, "2020-01-01")).toEqual([`${SA.path}:rural:1`]);
    expect(at(rows, "2015-01-01")).toEqual([]);
    // A county's prefix sees its own station only.
    const county = await bothAgree(a.county.path, dates);
    expect(county.every((r) => r.stationPath === SA.path)).toBe(true);
    expect(await registryPopulationDrift({ db, stationIds: [SA.id, SB.id] })).toEqual([]);
  });

  it("is kept by exactly these triggers (the benchmark switches the registry's USER triggers off to fill, then rebuilds)", async () => {
    const rows = await db.$queryRaw<{ name: string }[]>`
      SELECT tgname AS name FROM pg_trigger
      WHERE NOT tgisinternal AND tgrelid IN ('"Membership"'::regclass, '"Person"'::regclass, '"Household"'::regclass) ORDER BY 1`;
    // Plus one check that keeps nothing (a decision's memberships stay in its station, decision 0276): the
    // benchmark's fill, switched off with the others, writes no membership of a decision.
    expect(rows.map((r) => r.name)).toEqual([
      "Household_population_update",
      "Membership_application_station",
      "Membership_population_delete",
      "Membership_population_insert",
      "Membership_population_truncate",
      "Membership_population_update",
      "Person_population_update",
    ]);
  });

  it("notices drift: a summary row changed behind the triggers' back is reported", async () => {
    const { a } = await makeKpiTree(db);
    const h = await makeHousehold(db, { stationId: a.station.id, area: "TOWN" });
    await register(db, { personId: (await makePerson(db)).id, householdId: h.id, from: "2019-04-01" });
    expect(await registryPopulationDrift({ db, stationIds: [a.station.id] })).toEqual([]);
    await db.$executeRaw`UPDATE "RegistryPopulationDelta" SET delta = delta + 1 WHERE "stationId" = ${a.station.id}::uuid AND grain = 'D'`;
    expect(await registryPopulationDrift({ db, stationIds: [a.station.id] })).toEqual([
      { stationId: a.station.id, grain: "D", period: "2019-04-01", urban: true, kept: 2, expected: 1 },
    ]);
    await db.$executeRaw`UPDATE "RegistryPopulationDelta" SET delta = delta - 1 WHERE "stationId" = ${a.station.id}::uuid AND grain = 'D'`;
  });
});

// Days around two year ends and the decade boundary 2020, often the same ones, so changes collide.
const BASE = "2018-12-20";
const dayArb = fc.oneof(fc.constantFrom(0, 1, 11, 12, 13, 377, 378, 742, 743), fc.integer({ min: 0, max: 760 }));
const areaArb = fc.constantFrom("CENTRAL_URBAN" as const, "TOWN" as const, "RURAL" as const);
const opArb = fc.oneof(
  fc.record({
    kind: fc.constant("open" as const),
    person: fc.nat(5),
    household: fc.nat(3),
    from: dayArb,
    length: fc.option(fc.integer({ min: 0, max: 400 })),
  }),
  fc.record({ kind: fc.constant("move" as const), person: fc.nat(5), household: fc.nat(3), on: dayArb }),
  fc.record({ kind: fc.constant("close" as const), membership: fc.nat(30), length: fc.integer({ min: 0, max: 400 }) }),
  fc.record({ kind: fc.constant("delete" as const), membership: fc.nat(30) }),
  fc.record({ kind: fc.constant("die" as const), person: fc.nat(5), on: fc.option(dayArb) }),
  fc.record({ kind: fc.constant("recode" as const), household: fc.nat(3), area: areaArb }),
  fc.record({ kind: fc.constant("restation" as const), household: fc.nat(3), station: fc.nat(2) }),
  fc.record({ kind: fc.constant("closeAll" as const), household: fc.nat(3), on: dayArb }),
);
type Op = typeof opArb extends fc.Arbitrary<infer T> ? T : never;

interface Kept {
  id: string;
  personId: string;
  from: number;
  active: boolean;
}

/** A world of its own per run: the KPI tree, a third station, four households, six persons. */
async function randomWorld() {
  const { root, a, b } = await makeKpiTree(db);
  const third = await makeUnit(db, a.county, { code: `${a.station.code}-2`, name: "测试第二派出所", level: "STATION", area: "RURAL" });
  const stations = [a.station, b.station, third];
  const households = [
    await makeHousehold(db, { stationId: a.station.id, area: "CENTRAL_URBAN" }),
    await makeHousehold(db, { stationId: a.station.id, area: "RURAL" }),
    await makeHousehold(db, { stationId: b.station.id, area: "TOWN" }),
    await makeHousehold(db, { stationId: third.id, area: "RURAL" }),
  ];
  const persons = [];
  for (let i = 0; i < 6; i++) persons.push(await makePerson(db));
  return { root, a, stations, households, persons };
}
type World = Awaited<ReturnType<typeof randomWorld>>;

/** What the run keeps of the registry it changes: the memberships it made and the days it used. */
function keptRegistry() {
  const kept: Kept[] = [];
  const days = new Set<string>();
  const iso = (n: number) => {
    const d = addDays(BASE, n);
    days.add(d);
    return d;
  };
  const activeOf = (personId: string) => kept.find((m) => m.personId === personId && m.active);
  return { kept, days, iso, activeOf };
}
type KeptRegistry = ReturnType<typeof keptRegistry>;

async function openMembership(w: World, k: KeptRegistry, op: Extract<Op, { kind: "open" }>) {
  const personId = w.persons[op.person]!.id;
  const length = op.length ?? (k.activeOf(personId) ? 0 : null); // one active membership per person
  const row = await register(db, {
    personId,
    householdId: w.households[op.household]!.id,
    from: k.iso(op.from),
    to: length === null ? null : k.iso(op.from + length),
  });
  k.kept.push({ id: row.id, personId, from: op.from, active: length === null });
}

async function movePerson(w: World, k: KeptRegistry, op: Extract<Op, { kind: "move" }>) {
  // As lib/registry/memberships.ts movePerson does: close, then open, in one transaction.
  const personId = w.persons[op.person]!.id;
  const current = k.activeOf(personId);
  const on = Math.max(op.on, current?.from ?? 0);
  const row = await db.$transaction(async (tx) => {
    if (current) await tx.membership.update({ where: { id: current.id }, data: { validTo: day(k.iso(on)), activePersonId: null } });
    return tx.membership.create({
      data: {
        personId,
        householdId: w.households[op.household]!.id,
        relation: "HEAD",
        validFrom: day(k.iso(on)),
        activePersonId: personId,
      },
    });
  });
  if (current) current.active = false;
  k.kept.push({ id: row.id, personId, from: on, active: true });
}

async function closeOrDelete(k: KeptRegistry, op: Extract<Op, { kind: "close" | "delete" }>) {
  const m = k.kept[op.membership % Math.max(1, k.kept.length)];
  if (!m) return;
  if (op.kind === "delete") {
    await db.membership.delete({ where: { id: m.id } });
    k.kept.splice(k.kept.indexOf(m), 1);
  } else if (m.active) {
    await db.membership.update({ where: { id: m.id }, data: { validTo: day(k.iso(m.from + op.length)), activePersonId: null } });
    m.active = false;
  }
}

async function closeAll(w: World, k: KeptRegistry, op: Extract<Op, { kind: "closeAll" }>) {
  // One statement closing several memberships (those that started by then).
  const open = k.kept.filter((m) => m.active && m.from <= op.on);
  const household = w.households[op.household]!.id;
  const closed = await db.membership.updateMany({
    where: { id: { in: open.map((m) => m.id) }, householdId: household },
    data: { validTo: day(k.iso(op.on)), activePersonId: null },
  });
  const rows = await db.membership.findMany({
    where: { id: { in: open.map((m) => m.id) }, householdId: household },
    select: { id: true },
  });
  for (const r of rows) k.kept.find((m) => m.id === r.id)!.active = false;
  expect(closed.count).toBe(rows.length);
}

async function applyOp(w: World, k: KeptRegistry, op: Op) {
  if (op.kind === "open") await openMembership(w, k, op);
  else if (op.kind === "move") await movePerson(w, k, op);
  else if (op.kind === "close" || op.kind === "delete") await closeOrDelete(k, op);
  else if (op.kind === "die") {
    await db.person.update({
      where: { id: w.persons[op.person]!.id },
      data: { deceasedOn: op.on === null ? null : day(k.iso(op.on)) },
    });
  } else if (op.kind === "recode") {
    await db.household.update({ where: { id: w.households[op.household]!.id }, data: { area: op.area } });
  } else if (op.kind === "restation") {
    await db.household.update({ where: { id: w.households[op.household]!.id }, data: { stationId: w.stations[op.station]!.id } });
  } else await closeAll(w, k, op);
}

describe("the population summary under random registry changes", () => {
  it("always answers like the join and equals a fresh count", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 25 }), async (ops: Op[]) => {
        const world = await randomWorld();
        const registry = keptRegistry();
        for (const op of ops) await applyOp(world, registry, op);
        const dates = probeDays([...registry.days], [2018, 2019, 2020, 2021]);
        await bothAgree(world.root.path, dates);
        await bothAgree(world.a.county.path, dates);
        expect(await registryPopulationDrift({ db, stationIds: world.stations.map((s) => s.id) })).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });
});
