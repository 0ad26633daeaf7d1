// Which unit a KPI page is about, checked against the actor's scope in the query: a unit outside the
// subtree is "not found", exactly like a unit that does not exist (README house rule 6).
import type { Db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { ForbiddenError, can, type Actor } from "@/lib/auth/permissions";
import { statsUnitScope } from "@/lib/auth/scope";
import { kpiUnitWithChildren, kpiUnitsIn, type KpiUnit } from "@/lib/jurisdictions";

export type { KpiUnit };

export function requireStatsReader(actor: Actor | null | undefined): Actor {
  if (!actor) throw new DomainError("UNAUTHENTICATED");
  if (!can(actor, "read:stats:any") && !can(actor, "read:stats:jurisdiction")) throw new ForbiddenError("read:stats:jurisdiction");
  return actor;
}

/** The units a chooser offers: prefectures/cities and counties in scope (stations and towns are too small for rates). */
export async function kpiUnitChoices(options: { db: Db; actor: Actor }): Promise<KpiUnit[]> {
  const actor = requireStatsReader(options.actor);
  return kpiUnitsIn({ db: options.db, scope: statsUnitScope(actor) });
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
  const actor = requireStatsReader(options.actor);
  const wanted = options.unitId ?? (can(actor, "read:stats:any") ? null : actor.jurisdictionId);
  const found = await kpiUnitWithChildren({ db: options.db, scope: statsUnitScope(actor), unitId: wanted });
  if (!found) throw new DomainError("NOT_FOUND");
  return found;
}
