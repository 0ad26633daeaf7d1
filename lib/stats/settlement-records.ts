// Settled persons, recorded once (docs/decisions/0213). The KPI page, the targets and the 黔南 附件1
// assessment count settlements of a period by month, station, county, pathway, clause and category.
// Deriving that on every request from the registry (each approval's memberships, the household each
// person left, its county) took seconds at 黔南 scale, so each approval of a SETTLEMENT writes one
// SettlementRecord per settled person in its own transaction, classified by the 黔南 counting standard
// (settlement-category.ts) as the registry stands on the decision day; the pages read grouped counts.
// One derivation serves the approval, the seed and a backfill: `recordSettlements` for given cases.
import type { Db, Prisma } from "@/lib/db";
import { areaFromFacts, classifySettlement, type Area, type SettlementCategory } from "./settlement-category";
import { chinaDate, dbDate } from "@/lib/clock/day";

type Tx = Prisma.TransactionClient | Db;

/** A moment → the calendar day in China, as a @db.Date value. */
const chinaDay = (moment: Date) => dbDate(chinaDate(moment));

/**
 * Records the persons settled by these APPROVED SETTLEMENT cases: the memberships the approval opened
 * ("准予落户（number）", lib/applications/approve-application.ts) and the one each person left that day.
 * A case whose registry rows are missing counts its applicant once, from the facts. Returns the rows written.
 */
export async function recordSettlements(options: { tx: Tx; applicationIds: readonly string[] }): Promise<number> {
  const { tx } = options;
  if (options.applicationIds.length === 0) return 0;
  const ids = [...options.applicationIds];
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
    SELECT a.id, a."decidedAt" AS decided_at, a."stationId" AS station_id, a."decisionPathwayId" AS pathway, a."decisionClause" AS clause,
           a."targetArea"::text AS target_area, c.path AS county_path,
           a.facts->'applicant'->'hukou'->>'area' AS fact_area, m."personId" AS person_id,
           nh.area::text AS new_area, ph.area::text AS prev_area, pc.path AS prev_county
    FROM "Application" a
    JOIN "Jurisdiction" s ON s.id = a."stationId"
    LEFT JOIN LATERAL (SELECT j.path FROM "Jurisdiction" j WHERE j.level = 'COUNTY' AND starts_with(s.path, j.path) LIMIT 1) c ON true
    LEFT JOIN "Membership" m ON m.reason = '准予落户（' || a.number || '）'
    LEFT JOIN "Household" nh ON nh.id = m."householdId"
    LEFT JOIN LATERAL (
      SELECT pm."householdId" FROM "Membership" pm
      WHERE pm."personId" = m."personId" AND pm.id <> m.id AND pm."validTo" = m."validFrom" LIMIT 1
    ) prev ON true
    LEFT JOIN "Household" ph ON ph.id = prev."householdId"
    LEFT JOIN "Jurisdiction" ps ON ps.id = ph."stationId"
    LEFT JOIN LATERAL (SELECT j.path FROM "Jurisdiction" j WHERE j.level = 'COUNTY' AND starts_with(ps.path, j.path) LIMIT 1) pc ON true
    WHERE a.id = ANY (${ids}::uuid[]) AND a.kind = 'SETTLEMENT' AND a.status = 'APPROVED' AND a."decidedAt" IS NOT NULL`;
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
    db.$transaction((tx) => recordSettlements({ tx, applicationIds: ids }), { timeout: 120_000 }),
  );
}

/** The same inside the caller's transaction (the demo seed writes its decided cases directly, then this). */
export function recordMissingSettlementsIn(options: { tx: Prisma.TransactionClient }): Promise<number> {
  return eachMissingBatch(options.tx, 2_000, (ids) => recordSettlements({ tx: options.tx, applicationIds: ids }));
}
