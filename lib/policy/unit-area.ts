// The request's `area` from the unit a resident chose: the jurisdiction tree knows each unit's urban/rural
// attribute (Jurisdiction.area), so residents name a place and the area follows (0122). A 建制镇 inside
// 北湖区 is TOWN, not central urban, whatever district it belongs to.
import type { Area } from "./types";

/** The database's AreaKind values (prisma enum), written out so this module needs no generated client. */
export type UnitAreaKind = "CENTRAL_URBAN" | "TOWN" | "RURAL";

const AREA_OF: Readonly<Record<UnitAreaKind, Area>> = {
  CENTRAL_URBAN: "central_urban",
  TOWN: "town",
  RURAL: "rural",
};

export function areaOfUnit(options: { area: UnitAreaKind }): Area {
  return AREA_OF[options.area];
}
