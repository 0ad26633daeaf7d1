// Where an application is handled: the policy jurisdiction (the unit carrying a policy code), the county,
// district, town or street the resident will live in (its urban/rural attribute is the application's area)
// and the police station under it. Read from the Jurisdiction tree, never typed.
import type { Db } from "@/lib/db";
import { pathPrefixes } from "./tree";

export const UNIT_SELECT = {
  id: true,
  code: true,
  name: true,
  nameEn: true,
  level: true,
  area: true,
  path: true,
  policyCode: true,
  parentId: true,
} as const;

export type Unit = {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  level: string;
  area: "CENTRAL_URBAN" | "TOWN" | "RURAL";
  path: string;
  policyCode: string | null;
  parentId: string | null;
};

export async function policyUnits(options: { db: Db }): Promise<Unit[]> {
  return options.db.jurisdiction.findMany({ where: { policyCode: { not: null } }, select: UNIT_SELECT, orderBy: { path: "asc" } });
}

/** Counties, districts, towns and streets under a policy jurisdiction, in tree order. */
export async function unitsUnder(options: { db: Db; policy: Unit }): Promise<Unit[]> {
  return options.db.jurisdiction.findMany({
    where: { path: { startsWith: options.policy.path }, level: { in: ["COUNTY", "TOWN"] } },
    select: UNIT_SELECT,
    orderBy: { path: "asc" },
  });
}

/** The policy jurisdiction a unit lies in (the nearest ancestor, or itself, with a policy code). */
export async function policyUnitOf(options: { db: Db; path: string }): Promise<Unit | null> {
  const units = await options.db.jurisdiction.findMany({
    where: { path: { in: pathPrefixes(options.path) }, policyCode: { not: null } },
    select: UNIT_SELECT,
  });
  return units.sort((a, b) => b.path.length - a.path.length)[0] ?? null;
}

/**
 * The stations that handle a unit: those directly under it; else any in its subtree; else, going up,
 * those of the nearest unit above that has one (a street with no station of its own is served by the
 * district's), never leaving the policy jurisdiction.
 */
export async function stationsFor(options: { db: Db; unit: Unit; policy: Unit }): Promise<Unit[]> {
  const { db, policy } = options;
  let unit: Unit | null = options.unit;
  while (unit) {
    const direct = await db.jurisdiction.findMany({
      where: { parentId: unit.id, level: "STATION" },
      select: UNIT_SELECT,
      orderBy: { path: "asc" },
    });
    if (direct.length) return direct;
    const below = await db.jurisdiction.findMany({
      where: { path: { startsWith: unit.path }, level: "STATION" },
      select: UNIT_SELECT,
      orderBy: { path: "asc" },
    });
    if (below.length) return below;
    if (unit.id === policy.id || !unit.parentId) return [];
    unit = await db.jurisdiction.findUnique({ where: { id: unit.parentId }, select: UNIT_SELECT });
    if (unit && !unit.path.startsWith(policy.path)) return [];
  }
  return [];
}
