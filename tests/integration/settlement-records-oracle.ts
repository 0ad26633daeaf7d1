// The settlement figures as they were derived before records existed (decision record 0213): every
// approved settlement of the period read back from the registry on each request, classified in TS, and
// counted by month, station, pathway, clause and category. Kept verbatim as the reference the recorded
// figures must equal (as long as no household was re-coded after the decisions).
import type { Db } from "@/lib/db";
import { areaFromFacts, classifySettlement, type Area } from "@/lib/stats/settlement-category";
import type { SettlementGroup } from "@/lib/stats/registry-queries";

const chinaDay = (moment: Date) => new Date(moment.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
const chinaMidnight = (iso: string) => new Date(`${iso}T00:00:00+08:00`);

export async function settlementGroupsByJoin(options: { db: Db; prefix: string; from: string; to: string }): Promise<SettlementGroup[]> {
  const rows = await options.db.$queryRaw<
    {
      decided_at: Date;
      pathway: string | null;
      clause: string | null;
      target_area: Area;
      station_path: string;
      county_path: string | null;
      fact_area: string | null;
      person_id: string | null;
      new_area: Area | null;
      prev_area: Area | null;
      prev_county: string | null;
    }[]
  >`
    SELECT a."decidedAt" AS decided_at, a."decisionPathwayId" AS pathway, a."decisionClause" AS clause,
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
      AND starts_with(s.path, ${options.prefix})`;
  const groups = new Map<string, SettlementGroup>();
  for (const r of rows) {
    const fromRegistry = r.person_id !== null && r.prev_area !== null;
    const category = classifySettlement({
      targetArea: r.new_area ?? r.target_area,
      previousArea: fromRegistry ? r.prev_area : areaFromFacts(r.fact_area),
      previousInSameCounty: fromRegistry && r.prev_county !== null && r.prev_county === r.county_path,
      pathwayId: r.pathway,
    });
    const month = chinaDay(r.decided_at).slice(0, 7);
    const key = [month, r.station_path, r.pathway, r.clause, category].join("|");
    const g = groups.get(key) ?? {
      month,
      stationPath: r.station_path,
      countyPath: r.county_path,
      pathwayId: r.pathway,
      clause: r.clause,
      category,
      count: 0,
    };
    g.count += 1;
    groups.set(key, g);
  }
  return sortGroups([...groups.values()]);
}

export const sortGroups = (groups: SettlementGroup[]) =>
  [...groups].sort((a, b) =>
    [a.month, a.stationPath, a.pathwayId ?? "", a.clause ?? "", a.category]
      .join("|")
      .localeCompare([b.month, b.stationPath, b.pathwayId ?? "", b.clause ?? "", b.category].join("|")),
  );
