// The units of a supervisor's subtree, read once per request (a few hundred rows even for 黔南):
// every police station with the county (县/区/县级市) above it, so stations with nothing open are
// still listed and figures roll up station → county → subtree without asking the database again.
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import type { AreaKind } from "@/lib/generated/prisma/enums";
import { comparePaths, upFrom } from "./tree";

export interface ScopeStation {
  id: string;
  name: string;
  nameEn: string | null;
  path: string;
  area: AreaKind;
  countyId: string | null;
}

export interface ScopeCounty {
  id: string;
  name: string;
  nameEn: string | null;
  path: string;
}

export interface ScopeUnits {
  root: { id: string; name: string; nameEn: string | null; path: string } | null;
  counties: ScopeCounty[];
  stations: ScopeStation[];
}

/** Only a supervisor's subtree: anyone else gets an empty scope (their figures are all zero). */
export async function loadScopeUnits(options: { db: Db; actor: Actor }): Promise<ScopeUnits> {
  const { actor } = options;
  if (actor.role !== "SUPERVISOR" || !actor.scopePath) return { root: null, counties: [], stations: [] };
  const units = await options.db.jurisdiction.findMany({
    where: { path: { startsWith: actor.scopePath } },
    select: { id: true, name: true, nameEn: true, level: true, path: true, area: true, parentId: true },
  });
  const byId = new Map(units.map((u) => [u.id, u]));
  const countyOf = (id: string | null): string | null => {
    for (const u of upFrom(byId, id)) if (u.level === "COUNTY") return u.id;
    return null;
  };
  const root = units.find((u) => u.path === actor.scopePath) ?? null;
  return {
    root: root ? { id: root.id, name: root.name, nameEn: root.nameEn, path: root.path } : null,
    counties: units
      .filter((u) => u.level === "COUNTY")
      .map(({ id, name, nameEn, path }) => ({ id, name, nameEn, path }))
      .sort(comparePaths),
    stations: units
      .filter((u) => u.level === "STATION")
      .map((u) => ({ id: u.id, name: u.name, nameEn: u.nameEn, path: u.path, area: u.area, countyId: countyOf(u.parentId) }))
      .sort(comparePaths),
  };
}

/** The stations under a unit of the scope (a county, a station, or the root); null when the unit is not in the scope. */
export function stationsUnder(options: { units: ScopeUnits; unitId: string | null | undefined }): ScopeStation[] | null {
  const { units, unitId } = options;
  if (!unitId) return units.stations;
  const unit = [units.root, ...units.counties, ...units.stations].find((u) => u?.id === unitId);
  if (!unit) return null;
  return units.stations.filter((s) => s.path.startsWith(unit.path));
}
