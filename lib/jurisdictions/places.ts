// The places a resident can name (counties/districts, towns/townships/streets) under one policy unit, with
// their urban/rural attribute and the police stations directly under each — read from the jurisdiction
// tree in the database. Only read on the server; the self-check works without it (it then asks the area).
import type { Db } from "@/lib/db";
import type { JurisdictionCode } from "@/lib/policy";
import type { UnitAreaKind } from "@/lib/policy/unit-area";
import { parentPath } from "./tree";

export interface PlaceStation {
  code: string;
  name: string;
  nameEn: string | null;
}

export interface PlaceUnit {
  code: string;
  /** "北湖区 · 华塘镇": the unit with the county above it, as residents say it. */
  label: string;
  labelEn: string;
  area: UnitAreaKind;
  stations: PlaceStation[];
}

export async function loadPlaceUnits(options: { db: Db; jurisdiction: JurisdictionCode }): Promise<PlaceUnit[]> {
  const { db, jurisdiction } = options;
  const root = await db.jurisdiction.findFirst({ where: { policyCode: jurisdiction }, select: { path: true } });
  if (!root) return [];
  const rows = await db.jurisdiction.findMany({
    where: { path: { startsWith: root.path }, level: { in: ["COUNTY", "TOWN", "STATION"] } },
    select: { code: true, name: true, nameEn: true, level: true, area: true, path: true },
    orderBy: { path: "asc" },
  });
  const byPath = new Map(rows.map((r) => [r.path, r]));
  const places = rows.filter((r) => r.level !== "STATION");
  return places.map((unit) => {
    const parent = byPath.get(parentPath(unit.path));
    const label = parent && parent.level !== "STATION" ? `${parent.name} · ${unit.name}` : unit.name;
    const labelEn =
      parent && parent.level !== "STATION" ? `${parent.nameEn ?? parent.name} · ${unit.nameEn ?? unit.name}` : (unit.nameEn ?? unit.name);
    const stations = rows
      .filter((r) => r.level === "STATION" && parentPath(r.path) === unit.path)
      .map((r) => ({ code: r.code, name: r.name, nameEn: r.nameEn }));
    return { code: unit.code, label, labelEn, area: unit.area as UnitAreaKind, stations };
  });
}
