// A small registry made by hand for the KPI tests: its own city with two counties, one station each,
// households with known urban/rural attributes, memberships with known dates, and approved settlements
// recorded the way an approval records them (lib/applications/approve-application.ts).
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import type { AreaKind } from "@/lib/generated/prisma/enums";
import { recordSettlements } from "@/lib/stats/settlement-records";
import { DECISION_REASONS } from "@/lib/registry/reasons";
import { dbDate as day } from "@/lib/clock/day";
import { actorOf, makeSupervisor as makeFactorySupervisor } from "@/tests/factories/staff";
import { makeUnit } from "@/tests/factories/units";

export { dbDate as day } from "@/lib/clock/day";

export async function makeKpiTree(db: Db, options: { parent?: { id: string; path: string } } = {}) {
  const code = `kpi-${randomUUID().slice(0, 8)}`;
  const city = options.parent ? null : await makeUnit(db, null, { code, name: "测试市", level: "CITY", area: "CENTRAL_URBAN" });
  const root = options.parent ?? city!;
  const county = async (suffix: string, region: string) => {
    const c = await makeUnit(db, root, {
      code: `${code}-${suffix}`,
      name: `测试${suffix}县`,
      level: "COUNTY",
      area: "TOWN",
      regionCode: region,
    });
    const s = await makeUnit(db, c, { code: `${code}-${suffix}-ps`, name: `测试${suffix}派出所`, level: "STATION", area: "TOWN" });
    return { county: c, station: s };
  };
  const a = await county("a", "999901");
  const b = await county("b", "999902");
  return { city, root, a, b };
}

/** A supervisor of the unit, as the KPI tests name one. */
export const makeSupervisor = (db: Db, unit: { id: string; path: string }): Promise<Actor> =>
  makeFactorySupervisor(db, unit, { displayName: "督办", usernamePrefix: "kpi-sup" });

export async function makeAdmin(db: Db): Promise<Actor> {
  const u = await db.user.create({
    data: { username: `kpi-admin-${randomUUID().slice(0, 8)}`, passwordHash: "x", displayName: "管理员", role: "ADMIN" },
  });
  return actorOf(u, null);
}

export async function makeHousehold(db: Db, options: { stationId: string; area: AreaKind }) {
  return db.household.create({
    data: {
      householdNumber: `K${randomUUID().slice(0, 11)}`,
      type: "FAMILY",
      address: "测试地址",
      area: options.area,
      stationId: options.stationId,
    },
  });
}

/** A membership from `from` to `to` (exclusive; null = still active). */
export async function register(
  db: Db,
  options: { personId: string; householdId: string; from: string; to?: string | null; reason?: string; applicationId?: string },
) {
  return db.membership.create({
    data: {
      personId: options.personId,
      householdId: options.householdId,
      relation: "HEAD",
      validFrom: day(options.from),
      validTo: options.to ? day(options.to) : null,
      activePersonId: options.to ? null : options.personId,
      reason: options.reason ?? null,
      applicationId: options.applicationId ?? null,
    },
  });
}

/**
 * The hand-worked KPI tests' way to settle someone into a town: `person` moves on `on` from `from` (null: from
 * outside the registry, `factsArea` saying where) into `to` at `station`, on `pathwayId` of `policyUnitId`'s
 * pack, cited as clause `条款-<pathway>`.
 */
export function townSettler(db: Db, policyUnitId: string) {
  return (
    person: { id: string },
    on: string,
    from: { id: string } | null,
    to: { id: string },
    station: { id: string },
    pathwayId: string,
    factsArea = "rural",
  ) =>
    approvedSettlement(db, {
      policyUnitId,
      stationId: station.id,
      on,
      personId: person.id,
      fromHousehold: from?.id ?? null,
      toHousehold: to.id,
      targetArea: "TOWN",
      factsArea,
      pathwayId,
      clause: `条款-${pathwayId}`,
    });
}

/**
 * An approved settlement decided on `on` (noon, China time), moving `personId` out of `fromHousehold`
 * (or from outside the registry, with `factsArea` as the previous attribute) into `toHousehold`.
 */
export async function approvedSettlement(
  db: Db,
  options: {
    policyUnitId: string;
    stationId: string;
    on: string;
    personId: string;
    fromHousehold: string | null;
    toHousehold: string;
    targetArea: AreaKind;
    factsArea: string;
    pathwayId: string;
    clause: string;
  },
) {
  const number = `KPI${randomUUID().slice(0, 10)}`;
  const user = await db.user.create({
    data: {
      username: `kpi-app-${randomUUID().slice(0, 8)}`,
      passwordHash: "x",
      displayName: "申请人",
      role: "APPLICANT",
      personId: options.personId,
    },
  });
  const decidedAt = new Date(`${options.on}T12:00:00+08:00`);
  const app = await db.application.create({
    data: {
      number,
      kind: "SETTLEMENT",
      status: "APPROVED",
      targetJurisdictionId: options.policyUnitId,
      targetArea: options.targetArea,
      stationId: options.stationId,
      applicantUserId: user.id,
      applicantPersonId: options.personId,
      facts: { applicant: { hukou: { jurisdiction: "elsewhere", area: options.factsArea } } },
      submittedAt: decidedAt,
      decidedAt,
      decisionPathwayId: options.pathwayId,
      decisionClause: options.clause,
      decisionReason: "准予",
      placement: { type: "new" },
    },
  });
  if (options.fromHousehold) {
    await db.membership.updateMany({
      where: { personId: options.personId, validTo: null },
      data: { validTo: day(options.on), activePersonId: null },
    });
  }
  await register(db, {
    personId: options.personId,
    householdId: options.toHousehold,
    from: options.on,
    reason: DECISION_REASONS.settlementJoin({ number }),
    applicationId: app.id,
  });
  // As approveApplication does once the moves are written: the persons it placed.
  await recordSettlements({
    tx: db,
    applicationId: app.id,
    settled: [{ personId: options.personId, householdId: options.toHousehold, leftHouseholdId: options.fromHousehold }],
  });
  return number;
}
