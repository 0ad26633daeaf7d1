// What the registry itself says, in three SQL queries (grouping across Membership → Household →
// station → county is beyond Prisma's groupBy). Callers pass the scope as a path prefix they have
// already checked (lib/stats/units.ts); the formulas and groupings are pure (aggregate.ts, formulas.ts).
import type { Db } from "@/lib/db";
import { areaFromFacts, classifySettlement, type Area, type SettlementCategory } from "./settlement-category";

export interface HukouCountRow {
  /** YYYY-MM-DD, the day at whose end the population is counted. */
  on: string;
  stationPath: string;
  urban: boolean;
  count: number;
}

/**
 * Hukou population at the end of each day in `dates`: memberships active that day (validFrom ≤ day <
 * validTo; a move closes the old one on the day the new one opens) of persons alive that day, split by
 * the urban/rural attribute of the household's address (docs/decisions/0200).
 *
 * Read from the registry's own summary (RegistryPopulationDelta, kept by triggers in the registry's
 * transactions; decision record 0212): the population at the end of day D is the sum of the changes on
 * every day ≤ D, which the summary holds per decade, year, month and day. Those that tile (−∞, D] are
 * the decades before the decade of D + 1, its years before the year of D + 1, that year's months before
 * the month of D + 1 and that month's days up to D — so a year end reads only decades and years, and any
 * day a few dozen rows per station, however many memberships the registry holds.
 */
export async function hukouCounts(options: { db: Db; prefix: string; dates: string[] }): Promise<HukouCountRow[]> {
  const { db, prefix, dates } = options;
  if (dates.length === 0) return [];
  // The days' boundaries are computed once (MATERIALIZED), and each (day, station) pair reads its four
  // ranges through the primary key: about 4 × days × stations index probes, a few rows each, however long
  // the registry's history (a plain join of the days with every summary row grows with the history).
  const rows = await db.$queryRaw<{ day: Date; station_path: string; urban: boolean; n: number }[]>`
    WITH d AS MATERIALIZED (
      SELECT t.day, t.day + 1 AS e,
             date_trunc('month', (t.day + 1)::timestamp)::date AS mo,
             date_trunc('year', (t.day + 1)::timestamp)::date AS y,
             date_trunc('decade', (t.day + 1)::timestamp)::date AS x
      FROM unnest(${dates}::date[]) AS t(day)
    )
    SELECT d.day AS day, s.path AS station_path, r.urban AS urban, sum(r.delta)::int AS n
    FROM d
    CROSS JOIN "Jurisdiction" s
    CROSS JOIN LATERAL (
      SELECT q.urban, q.delta FROM "RegistryPopulationDelta" q WHERE q."stationId" = s.id AND q.grain = 'X' AND q.period < d.x
      UNION ALL
      SELECT q.urban, q.delta FROM "RegistryPopulationDelta" q WHERE q."stationId" = s.id AND q.grain = 'Y' AND q.period >= d.x AND q.period < d.y
      UNION ALL
      SELECT q.urban, q.delta FROM "RegistryPopulationDelta" q WHERE q."stationId" = s.id AND q.grain = 'M' AND q.period >= d.y AND q.period < d.mo
      UNION ALL
      SELECT q.urban, q.delta FROM "RegistryPopulationDelta" q WHERE q."stationId" = s.id AND q.grain = 'D' AND q.period >= d.mo AND q.period < d.e
    ) r
    WHERE starts_with(s.path, ${prefix})
    GROUP BY d.day, s.path, r.urban
    HAVING sum(r.delta) <> 0`;
  return rows.map((r) => ({ on: r.day.toISOString().slice(0, 10), stationPath: r.station_path, urban: r.urban, count: r.n }));
}

export interface SettledPersonRow {
  applicationId: string;
  number: string;
  /** Decision day in China (UTC+8), YYYY-MM-DD. */
  decidedOn: string;
  stationPath: string;
  countyPath: string | null;
  pathwayId: string | null;
  clause: string | null;
  category: SettlementCategory;
}

/** A moment → the calendar day in China. */
const chinaDay = (moment: Date) => new Date(moment.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/** Start of a China calendar day as an instant. */
export const chinaMidnight = (iso: string) => new Date(`${iso}T00:00:00+08:00`);

/**
 * Every person settled by an APPROVED SETTLEMENT decided in [from, to) (China days): the memberships the
 * approval opened ("准予落户（number）", lib/applications/approve-application.ts) and the one each person
 * left that day. A case whose registry rows are missing counts its applicant once, from the facts.
 * The reason is matched exactly (approve-application writes exactly that), so the Membership(reason)
 * index answers it; a prefix match could not use the index and scanned every membership per decision.
 */
export async function settledPersons(options: { db: Db; prefix: string; from: string; to: string; pathwayIds?: readonly string[] }): Promise<SettledPersonRow[]> {
  const { db, prefix } = options;
  // Only these pathways (the assessment's relocation count over five years), when given.
  const pathways = options.pathwayIds ? [...options.pathwayIds] : null;
  const rows = await db.$queryRaw<
    {
      id: string; number: string; decided_at: Date; pathway: string | null; clause: string | null; target_area: Area;
      station_path: string; county_path: string | null; fact_area: string | null; person_id: string | null;
      new_area: Area | null; prev_area: Area | null; prev_county: string | null;
    }[]
  >`
    SELECT a.id, a.number, a."decidedAt" AS decided_at, a."decisionPathwayId" AS pathway, a."decisionClause" AS clause,
           a."targetArea"::text AS target_area, s.path AS station_path, c.path AS county_path,
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
    WHERE a.kind = 'SETTLEMENT' AND a.status = 'APPROVED'
      AND a."decidedAt" >= ${chinaMidnight(options.from)} AND a."decidedAt" < ${chinaMidnight(options.to)}
      AND starts_with(s.path, ${prefix})
      AND (${pathways}::text[] IS NULL OR a."decisionPathwayId" = ANY (${pathways}::text[]))
    ORDER BY a."decidedAt", a.number`;
  return rows.map((r) => {
    const fromRegistry = r.person_id !== null && r.prev_area !== null;
    const previousArea = fromRegistry ? r.prev_area : areaFromFacts(r.fact_area);
    return {
      applicationId: r.id,
      number: r.number,
      decidedOn: chinaDay(r.decided_at),
      stationPath: r.station_path,
      countyPath: r.county_path,
      pathwayId: r.pathway,
      clause: r.clause,
      category: classifySettlement({
        targetArea: r.new_area ?? r.target_area,
        previousArea,
        previousInSameCounty: fromRegistry && r.prev_county !== null && r.prev_county === r.county_path,
        pathwayId: r.pathway,
      }),
    };
  });
}

/**
 * Gross additions to each county's urban hukou population in [from, to] (days): memberships opened in an
 * urban household of the county by a person not already registered in an urban household of the same
 * county the day before — births, moves in, settlements. The registry's stand-in for 工业58表's
 * "城镇人口增加总数" where no report figure was entered (docs/decisions/0202).
 */
export async function urbanAdditions(options: { db: Db; prefix: string; from: string; to: string }): Promise<Map<string, number>> {
  const { db, prefix, from, to } = options;
  const rows = await db.$queryRaw<{ county_path: string; n: number }[]>`
    SELECT c.path AS county_path, count(*)::int AS n
    FROM "Membership" m
    JOIN "Household" h ON h.id = m."householdId" AND h.area <> 'RURAL'
    JOIN "Jurisdiction" s ON s.id = h."stationId"
    JOIN LATERAL (SELECT j.path FROM "Jurisdiction" j WHERE j.level = 'COUNTY' AND starts_with(s.path, j.path) LIMIT 1) c ON true
    WHERE m."validFrom" >= ${from}::date AND m."validFrom" <= ${to}::date AND starts_with(s.path, ${prefix})
      AND NOT EXISTS (
        SELECT 1 FROM "Membership" pm
        JOIN "Household" ph ON ph.id = pm."householdId" AND ph.area <> 'RURAL'
        JOIN "Jurisdiction" ps ON ps.id = ph."stationId"
        WHERE pm."personId" = m."personId" AND pm.id <> m.id AND pm."validTo" = m."validFrom" AND starts_with(ps.path, c.path)
      )
    GROUP BY c.path`;
  return new Map(rows.map((r) => [r.county_path, r.n]));
}
