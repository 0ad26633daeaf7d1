// Settled persons, recorded once (docs/decisions/0213). The KPI page, the targets and the 黔南 附件1
// assessment count settlements of a period by month, station, county, pathway, clause and category.
// Deriving that on every request from the registry (each approval's memberships, the household each
// person left, its county) took seconds at 黔南 scale, so each approval of a SETTLEMENT writes one
// SettlementRecord per settled person in its own transaction, classified by the 黔南 counting standard
// (settlement-category.ts) as the registry stands on the decision day; the pages read grouped counts.
// One classification serves the approval (the persons it placed), the seed and a backfill (the persons
// the register's memberships name by their `applicationId`, docs/decisions/0287).
import { Prisma as P } from "@/lib/generated/prisma/client";
import type { Db, Prisma } from "@/lib/db";
import { areaFromFacts, classifySettlement, type Area, type SettlementCategory } from "./settlement-category";
import { chinaDate, dbDate } from "@/lib/clock/day";

type Tx = Prisma.TransactionClient | Db;

/** A moment → the calendar day in China, as a @db.Date value. */
const chinaDay = (moment: Date) => dbDate(chinaDate(moment));

/** A person a settlement placed: the household joined and the one left (null: from outside the register). */
export interface PlacedPerson {
  personId: string;
  householdId: string;
  leftHouseholdId: string | null;
}

/**
 * Records the persons one APPROVED SETTLEMENT case placed, as `settleMovers` returns them, in the approval's
 * transaction. Returns the rows written.
 */
export function recordSettlements(options: { tx: Tx; applicationId: string; settled: readonly PlacedPerson[] }): Promise<number> {
  const placed = options.settled.map((p) => ({
    application_id: options.applicationId,
    person_id: p.personId,
    household_id: p.householdId,
    prev_household_id: p.leftHouseholdId,
  }));
  return writeRecords(
    options.tx,
    [options.applicationId],
    P.sql`SELECT * FROM jsonb_to_recordset(${JSON.stringify(placed)}::jsonb)
            AS t(application_id uuid, person_id uuid, household_id uuid, prev_household_id uuid)`,
  );
}

/**
 * Records the persons settled by these APPROVED SETTLEMENT cases as the register shows them: the memberships
 * each approval opened (their `applicationId`) and the one each person left that day. For the seed, a
 * benchmark's generated registry and a backfill.
 */
export function recordSettlementsFromRegistry(options: { tx: Tx; applicationIds: readonly string[] }): Promise<number> {
  const ids = [...options.applicationIds];
  return writeRecords(
    options.tx,
    ids,
    P.sql`SELECT m."applicationId" AS application_id, m."personId" AS person_id, m."householdId" AS household_id,
                 prev."householdId" AS prev_household_id
          FROM "Membership" m
          LEFT JOIN LATERAL (
            SELECT pm."householdId" FROM "Membership" pm
            WHERE pm."personId" = m."personId" AND pm.id <> m.id AND pm."validTo" = m."validFrom" LIMIT 1
          ) prev ON true
          WHERE m."applicationId" = ANY (${ids}::uuid[])`,
  );
}

/** Classifies and writes the records of these cases from the placed persons; a case without any counts its applicant once, from the facts. */
async function writeRecords(tx: Tx, applicationIds: string[], placed: Prisma.Sql): Promise<number> {
  if (applicationIds.length === 0) return 0;
  const rows = await tx.$queryRaw<
    {
      id: string;
      decided_at: Date;
      station_id: string;
      pathway: string | null;
      clause: string | null;
      target_area: Area;
      county_path: string | null;
      fact_area: string | null;
      person_id: string | null;
      new_area: Area | null;
      prev_area: Area | null;
      prev_county: string | null;
    }[]
  >`
    WITH placed AS (${placed})
    SELECT a.id, a."decidedAt" AS decided_at, a."stationId" AS station_id, a."decisionPathwayId" AS pathway, a."decisionClause" AS clause,
           a."targetArea"::text AS target_area, c.path AS county_path,
           a.facts->'applicant'->'hukou'->>'area' AS fact_area, p.person_id,
           nh.area::text AS new_area, ph.area::text AS prev_area, pc.path AS prev_county
    FROM "Application" a
    JOIN "Jurisdiction" s ON s.id = a."stationId"
    LEFT JOIN LATERAL (SELECT j.path FROM "Jurisdiction" j WHERE j.level = 'COUNTY' AND starts_with(s.path, j.path) LIMIT 1) c ON true
    LEFT JOIN placed p ON p.application_id = a.id
    LEFT JOIN "Household" nh ON nh.id = p.household_id
    LEFT JOIN "Household" ph ON ph.id = p.prev_household_id
    LEFT JOIN "Jurisdiction" ps ON ps.id = ph."stationId"
    LEFT JOIN LATERAL (SELECT j.path FROM "Jurisdiction" j WHERE j.level = 'COUNTY' AND starts_with(ps.path, j.path) LIMIT 1) pc ON true
    WHERE a.id = ANY (${applicationIds}::uuid[]) AND a.kind = 'SETTLEMENT' AND a.status = 'APPROVED' AND a."decidedAt" IS NOT NULL`;
  const data = rows.map((r) => {
    const fromRegistry = r.person_id !== null && r.prev_area !== null;
    const category: SettlementCategory = classifySettlement({
      targetArea: r.new_area ?? r.target_area,
      previousArea: fromRegistry ? r.prev_area : areaFromFacts(r.fact_area),
      previousInSameCounty: fromRegistry && r.prev_county !== null && r.prev_county === r.county_path,
      pathwayId: r.pathway,
    });
    return {
      applicationId: r.id,
      personId: r.person_id,
      decidedOn: chinaDay(r.decided_at),
      stationId: r.station_id,
      pathwayId: r.pathway,
      clause: r.clause,
      category,
    };
  });
  if (data.length > 0) await tx.settlementRecord.createMany({ data });
  return data.length;
}

const FIRST_UUID = "00000000-0000-0000-0000-000000000000";

/** Calls `record` with each batch of approved settlements that have no record yet, in id order; the rows written. */
async function eachMissingBatch(tx: Tx, batch: number, record: (ids: string[]) => Promise<number>): Promise<number> {
  let written = 0;
  let after = FIRST_UUID;
  for (;;) {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT a.id FROM "Application" a
      WHERE a.kind = 'SETTLEMENT' AND a.status = 'APPROVED' AND a.id > ${after}::uuid
        AND NOT EXISTS (SELECT 1 FROM "SettlementRecord" r WHERE r."applicationId" = a.id)
      ORDER BY a.id LIMIT ${batch}`;
    if (rows.length === 0) return written;
    written += await record(rows.map((r) => r.id));
    after = rows[rows.length - 1].id;
  }
}

/**
 * Records every approved settlement that has no record yet — a benchmark's generated registry, or a
 * database approved in before records existed (`npm start` runs it after the migrations). Idempotent; in
 * batches of their own transactions, so that a registry of millions does not hold one huge transaction.
 */
export function recordMissingSettlements(options: { db: Db; batch?: number }): Promise<number> {
  const { db } = options;
  return eachMissingBatch(db, options.batch ?? 2_000, (ids) =>
    db.$transaction((tx) => recordSettlementsFromRegistry({ tx, applicationIds: ids }), { timeout: 120_000 }),
  );
}

/** The same inside the caller's transaction (the demo seed writes its decided cases directly, then this). */
export function recordMissingSettlementsIn(options: { tx: Prisma.TransactionClient }): Promise<number> {
  return eachMissingBatch(options.tx, 2_000, (ids) => recordSettlementsFromRegistry({ tx: options.tx, applicationIds: ids }));
}
