// The reference the summary-based hukouCounts is checked against: the query it replaced, verbatim —
// every membership of the subtree joined with Person, Household and Jurisdiction against each day
// (decision record 0200's definition, read straight off the registry; too slow at 黔南 scale, 0211).
import type { Db } from "@/lib/db";
import type { HukouCountRow } from "@/lib/stats/registry-queries";

export async function hukouCountsByJoin(options: { db: Db; prefix: string; dates: string[] }): Promise<HukouCountRow[]> {
  const { db, prefix, dates } = options;
  if (dates.length === 0) return [];
  const rows = await db.$queryRaw<{ day: Date; station_path: string; urban: boolean; n: number }[]>`
    SELECT d.day AS day, s.path AS station_path, (h.area <> 'RURAL') AS urban, count(*)::int AS n
    FROM unnest(${dates}::date[]) AS d(day)
    JOIN "Membership" m ON m."validFrom" <= d.day AND (m."validTo" IS NULL OR m."validTo" > d.day)
    JOIN "Person" p ON p.id = m."personId" AND (p."deceasedOn" IS NULL OR p."deceasedOn" > d.day)
    JOIN "Household" h ON h.id = m."householdId"
    JOIN "Jurisdiction" s ON s.id = h."stationId"
    WHERE starts_with(s.path, ${prefix})
    GROUP BY d.day, s.path, (h.area <> 'RURAL')`;
  return rows.map((r) => ({ on: r.day.toISOString().slice(0, 10), stationPath: r.station_path, urban: r.urban, count: r.n }));
}

/** Rows in one order, so two answers compare with toEqual. */
export const sorted = (rows: HukouCountRow[]) =>
  [...rows].sort((a, b) => a.on.localeCompare(b.on) || a.stationPath.localeCompare(b.stationPath) || Number(a.urban) - Number(b.urban));

/** `iso` moved by `days`. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Every day in `days` with the day before and after, and the year ends of `years`: where counts change. */
export function probeDays(days: string[], years: number[]): string[] {
  const out = new Set<string>();
  for (const d of days) for (const k of [-1, 0, 1]) out.add(addDays(d, k));
  for (const y of years) out.add(`${y}-12-31`);
  return [...out].sort();
}
