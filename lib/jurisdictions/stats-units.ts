// The units a KPI page can be about, read inside a row scope the caller hands in (lib/auth/scope.ts's
// statsUnitScope), so a unit outside it is simply not found (README house rule 6).
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
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

type Scope = Prisma.JurisdictionWhereInput;

/** Prefectures/cities and counties in the scope, in tree order (stations and towns are too small for rates). */
export async function kpiUnitsIn(options: { db: Db; scope: Scope }): Promise<KpiUnit[]> {
  return options.db.jurisdiction.findMany({
    where: { AND: [options.scope, { level: { in: ["CITY", "COUNTY"] } }] },
    select: SELECT,
    orderBy: { path: "asc" },
  });
}

/**
 * One unit of the scope (by id; without one, the first policy unit in tree order) and its direct sub-units
 * other than stations, by region code; null when there is no such unit in the scope.
 */
export async function kpiUnitWithChildren(options: {
  db: Db;
  scope: Scope;
  unitId: string | null;
}): Promise<{ unit: KpiUnit; children: KpiUnit[] } | null> {
  const { db, scope, unitId } = options;
  const unit = unitId
    ? await db.jurisdiction.findFirst({ where: { AND: [scope, { id: unitId }] }, select: SELECT })
    : await db.jurisdiction.findFirst({ where: { AND: [scope, { policyCode: { not: null } }] }, select: SELECT, orderBy: { path: "asc" } });
  if (!unit) return null;
  const children = await db.jurisdiction.findMany({
    where: { AND: [scope, { parentId: unit.id }, { level: { not: "STATION" } }] },
    select: SELECT,
    orderBy: [{ regionCode: "asc" }, { path: "asc" }],
  });
  return { unit, children };
}
