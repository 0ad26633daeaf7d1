// What the registry itself says, in three SQL queries (grouping across Membership → Household →
// station → county is beyond Prisma's groupBy). Callers pass the scope as a path prefix they have
// already checked (lib/stats/units.ts); the formulas and groupings are pure (aggregate.ts, formulas.ts).
import type { Db } from "@/lib/db";
import { dayOf } from "@/lib/clock/day";
import type { SettlementCategory } from "./settlement-category";

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
  return rows.map((r) => ({ on: dayOf(r.day), stationPath: r.station_path, urban: r.urban, count: r.n }));
}

export interface SettlementGroup {
  /** YYYY-MM of the decision day in China. */
  month: string;
  stationPath: string;
  countyPath: string | null;
  pathwayId: string | null;
  clause: string | null;
  category: SettlementCategory;
  /** Persons settled in this group. */
  count: number;
}

/** Start of a China calendar day as an instant. */
export { chinaMidnight } from "@/lib/clock/day";

/**
 * Persons settled by APPROVED SETTLEMENT decisions of [from, to) (China days), as recorded by each
 * approval (settlement-records.ts, docs/decisions/0213), counted by month, station (with its county),
 * pathway, clause and category. The day range and the grouping columns are one covering index; the
 * station and county paths are looked up for the groups, not for every person.
 */
export async function settlementGroups(options: {
  db: Db;
  prefix: string;
  from: string;
  to: string;
  pathwayIds?: readonly string[];
}): Promise<SettlementGroup[]> {
  const { db, prefix } = options;
  // Only these pathways (the assessment's relocation count over five years), when given.
  const pathways = options.pathwayIds ? [...options.pathwayIds] : null;
  const rows = await db.$queryRaw<
    {
      month: string;
      station_path: string;
      county_path: string | null;
      pathway: string | null;
      clause: string | null;
      category: SettlementCategory;
      n: number;
    }[]
  >`
    WITH g AS (
      SELECT to_char(r."decidedOn", 'YYYY-MM') AS month, r."stationId", r."pathwayId", r.clause, r.category, count(*)::int AS n
      FROM "SettlementRecord" r
      WHERE r."decidedOn" >= ${options.from}::date AND r."decidedOn" < ${options.to}::date
        AND r."stationId" IN (SELECT j.id FROM "Jurisdiction" j WHERE starts_with(j.path, ${prefix}))
        AND (${pathways}::text[] IS NULL OR r."pathwayId" = ANY (${pathways}::text[]))
      GROUP BY 1, 2, 3, 4, 5
    )
    SELECT g.month, s.path AS station_path, c.path AS county_path, g."pathwayId" AS pathway, g.clause, g.category::text AS category, g.n
    FROM g
    JOIN "Jurisdiction" s ON s.id = g."stationId"
    LEFT JOIN LATERAL (SELECT j.path FROM "Jurisdiction" j WHERE j.level = 'COUNTY' AND starts_with(s.path, j.path) LIMIT 1) c ON true
    ORDER BY g.month, s.path, g."pathwayId", g.clause, g.category`;
  return rows.map((r) => ({
    month: r.month,
    stationPath: r.station_path,
    countyPath: r.county_path,
    pathwayId: r.pathway,
    clause: r.clause,
    category: r.category,
    count: r.n,
  }));
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
