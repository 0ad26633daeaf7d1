// 户籍人口城镇化率 of a supervisor's subtree: active registrations in households of urban units
// (the household's police station is central urban or a town) over all active registrations. Read from
// StationRegistryCount, the per-station summary the registry's triggers keep (decision record 0211),
// so the answer costs a few hundred rows however many millions are registered.
import type { Db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/permissions";

export interface UrbanisationRate {
  urban: number;
  total: number;
  /** urban / total, 0…1; null when nobody is registered in the subtree. */
  rate: number | null;
}

export async function hukouUrbanisationRate(options: { db: Db; actor: Actor }): Promise<UrbanisationRate> {
  const actor = requirePermission(options.actor, "read:stats:jurisdiction");
  if (!actor.scopePath) return { urban: 0, total: 0, rate: null };
  const [row] = await options.db.$queryRaw<{ urban: bigint | null; total: bigint | null }[]>`
    SELECT sum(c."activeMembers") FILTER (WHERE j."area"::text IN ('CENTRAL_URBAN', 'TOWN')) AS urban, sum(c."activeMembers") AS total
    FROM "StationRegistryCount" c JOIN "Jurisdiction" j ON j."id" = c."stationId"
    WHERE left(j."path", length(${actor.scopePath})) = ${actor.scopePath}`;
  const urban = Number(row?.urban ?? 0);
  const total = Number(row?.total ?? 0);
  return { urban, total, rate: total > 0 ? urban / total : null };
}
