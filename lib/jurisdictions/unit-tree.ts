// The whole unit tree as nested nodes (a few hundred units at most), each with its level, urban/rural
// attribute, policy and region codes, and how many stations and accounts lie in its subtree.
import type { Db } from "@/lib/db";
import type { AreaKind, JurisdictionLevel } from "@/lib/generated/prisma/enums";
import { UNIT_SELECT } from "./placement";
import { comparePaths, depthOf, upFrom } from "./tree";

export interface UnitNode {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  level: JurisdictionLevel;
  area: AreaKind;
  policyCode: string | null;
  regionCode: string | null;
  path: string;
  depth: number;
  parentId: string | null;
  stations: number;
  users: number;
  children: UnitNode[];
}

/** Roots first, children in tree order; accounts count where they work (station) or what they oversee (jurisdiction). */
export async function loadUnitTree(options: { db: Db }): Promise<UnitNode[]> {
  const { db } = options;
  const [units, stationUsers, scopeUsers] = await Promise.all([
    db.jurisdiction.findMany({ select: { ...UNIT_SELECT, regionCode: true } }),
    db.user.groupBy({ by: ["stationId"], where: { stationId: { not: null } }, _count: { _all: true } }),
    db.user.groupBy({ by: ["jurisdictionId"], where: { jurisdictionId: { not: null } }, _count: { _all: true } }),
  ]);
  units.sort(comparePaths);
  const own = new Map<string, number>();
  for (const g of stationUsers) own.set(g.stationId!, (own.get(g.stationId!) ?? 0) + g._count._all);
  for (const g of scopeUsers) own.set(g.jurisdictionId!, (own.get(g.jurisdictionId!) ?? 0) + g._count._all);
  const nodes = new Map<string, UnitNode>();
  for (const u of units) nodes.set(u.id, { ...u, depth: depthOf(u.path), stations: 0, users: 0, children: [] });
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
    // Each unit counts into itself and every ancestor.
    for (const at of upFrom(nodes, node.id)) {
      if (node.level === "STATION") at.stations += 1;
      at.users += own.get(node.id) ?? 0;
    }
  }
  return roots;
}
