// Which unit a KPI page is about, checked against the actor's scope in the query: a unit outside the
// subtree is "not found", exactly like a unit that does not exist (README house rule 6).
import type { Db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { ForbiddenError, can, type Actor } from "@/lib/auth/permissions";
import { statsUnitScope } from "@/lib/auth/scope";
import type { JurisdictionLevel } from "@/lib/generated/prisma/enums";

export interface KpiUnit {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  level: JurisdictionLevel;
  path: string;
  policyCode: string | null;
}

const SELECT = { id: true, code: true, name: true, nameEn: true, level: true, path: true, policyCode: true } as const;

export function requireStatsReader(actor: Actor | null | undefined): Actor {
  if (!actor) throw new DomainError("UNAUTHENTICATED");
  if (!can(actor, "read:stats:any") && !can(actor, "read:stats:jurisdiction")) throw new ForbiddenError("read:stats:jurisdiction");
  return actor;
}

/** The units a chooser offers: prefectures/cities and counties in scope (stations and towns are too small for rates). */
export async function kpiUnitChoices(options: { db: Db; actor: Actor }): Promise<KpiUnit[]> {
  const actor = requireStatsReader(options.actor);
  return options.db.jurisdiction.findMany({
    where: { AND: [statsUnitScope(actor), { level: { in: ["CITY", "COUNTY"] } }] },
    select: SELECT,
    orderBy: { path: "asc" },
  });
}

/**
 * The chosen unit (default: the actor's own jurisdiction, or the first policy unit for an administrator)
 * and its direct sub-units for the breakdown. Throws NOT_FOUND for a unit outside the scope.
 */
export async function resolveKpiUnit(options: {
  db: Db;
  actor: Actor;
  unitId?: string | null;
}): Promise<{ unit: KpiUnit; children: KpiUnit[] }> {
  const { db } = options;
  const actor = requireStatsReader(options.actor);
  const scope = statsUnitScope(actor);
  const wanted = options.unitId ?? (can(actor, "read:stats:any") ? null : actor.jurisdictionId);
  const unit = wanted
    ? await db.jurisdiction.findFirst({ where: { AND: [scope, { id: wanted }] }, select: SELECT })
    : await db.jurisdiction.findFirst({ where: { AND: [scope, { policyCode: { not: null } }] }, select: SELECT, orderBy: { path: "asc" } });
  if (!unit) throw new DomainError("NOT_FOUND");
  const children = await db.jurisdiction.findMany({
    where: { AND: [scope, { parentId: unit.id }, { level: { not: "STATION" } }] },
    select: SELECT,
    orderBy: [{ regionCode: "asc" }, { path: "asc" }],
  });
  return { unit, children };
}
