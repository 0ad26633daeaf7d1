// The registry's population summary (RegistryPopulationDelta, decision record 0212) outside the
// triggers that keep it: a rebuild after a bulk load that ran with the triggers off, and the check that
// the summary equals a fresh count. Both call the migration's own SQL functions, so there is one
// definition of what the summary holds. They need the tables' owner (the portal's role may not run them).
import type { Db } from "@/lib/db";
import { dayOf } from "@/lib/clock/day";

export interface PopulationDrift {
  stationId: string;
  grain: string;
  period: string;
  urban: boolean;
  /** What the summary holds (0 = no row). */
  kept: number;
  /** What a fresh count gives (0 = no row). */
  expected: number;
}

/** Replaces the summary by a fresh count of the registry; returns the number of rows written. */
export async function rebuildRegistryPopulation(options: { db: Db }): Promise<number> {
  const rows = await options.db.$queryRaw<{ n: bigint }[]>`SELECT "registry_population_rebuild"() AS n`;
  return Number(rows[0]!.n);
}

/**
 * Every summary row that differs from a fresh count, for the given stations (all when omitted). Rows
 * whose changes cancel out (delta 0) count as absent: the triggers may leave them, a rebuild does not.
 */
export async function registryPopulationDrift(options: { db: Db; stationIds?: string[] }): Promise<PopulationDrift[]> {
  const ids = options.stationIds ?? null;
  const rows = await options.db.$queryRaw<
    { station_id: string; grain: string; period: Date; urban: boolean; kept: number; expected: number }[]
  >`
    WITH kept AS (
      SELECT "stationId", grain, period, urban, delta FROM "RegistryPopulationDelta"
      WHERE delta <> 0 AND (${ids}::uuid[] IS NULL OR "stationId" = ANY (${ids}::uuid[]))
    ), fresh AS (
      SELECT "stationId", grain, period, urban, delta FROM "registry_population_expected"()
      WHERE ${ids}::uuid[] IS NULL OR "stationId" = ANY (${ids}::uuid[])
    )
    SELECT COALESCE(k."stationId", f."stationId")::text AS station_id, COALESCE(k.grain, f.grain)::text AS grain,
           COALESCE(k.period, f.period) AS period, COALESCE(k.urban, f.urban) AS urban,
           COALESCE(k.delta, 0) AS kept, COALESCE(f.delta, 0) AS expected
    FROM kept k FULL JOIN fresh f USING ("stationId", grain, period, urban)
    WHERE k.delta IS DISTINCT FROM f.delta
    ORDER BY 1, 2, 3, 4`;
  return rows.map((r) => ({
    stationId: r.station_id,
    grain: r.grain,
    period: dayOf(r.period),
    urban: r.urban,
    kept: r.kept,
    expected: r.expected,
  }));
}
