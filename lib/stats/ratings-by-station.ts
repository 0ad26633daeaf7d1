// The residents' ratings (好差评) per station over a period, for the supervision table: a read of the
// ratings, kept in lib/stats so the statistics read lib/applications' rows without importing its commands.
import type { Db } from "@/lib/db";

/** Per station: the period's ratings, how many and their average (for the supervision table). */
export async function ratingsByStation(options: {
  db: Db;
  stationIds: string[];
  start: Date;
  end: Date;
}): Promise<Map<string, { count: number; sum: number }>> {
  const out = new Map<string, { count: number; sum: number }>();
  if (options.stationIds.length === 0) return out;
  const rows = await options.db.$queryRaw<{ stationId: string; n: number; sum: number }[]>`
    SELECT a."stationId"::text AS "stationId", count(*)::int AS n, sum(r."score")::int AS sum
    FROM "Rating" r JOIN "Application" a ON a."id" = r."applicationId"
    WHERE a."stationId" = ANY(${options.stationIds}::uuid[]) AND r."createdAt" >= ${options.start} AND r."createdAt" <= ${options.end}
    GROUP BY a."stationId"`;
  for (const r of rows) out.set(r.stationId, { count: r.n, sum: r.sum });
  return out;
}
