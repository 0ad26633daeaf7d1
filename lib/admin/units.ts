// The jurisdiction tree for the admin area: every unit with its level, urban/rural attribute, policy
// and region codes, and how many stations and accounts lie in its subtree; and the one edit an
// administrator makes to a unit (names and area attribute). Units are never deleted here: cases,
// households and permits point at them. The edit is optimistic without a version column: the form
// carries the values it showed, and a unit changed meanwhile is refused as STALE (docs/decisions/0221).
import { z } from "zod";
import type { Db } from "@/lib/db";
import type { AreaKind, JurisdictionLevel } from "@/lib/generated/prisma/enums";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { TX_OPTIONS } from "@/lib/db/tx-options";
import { refuse, type AdminProblem, type AdminResult } from "./user-rules";

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

const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** The whole tree (a few hundred units at most), roots first, children by code. */
export async function unitTree(options: { db: Db; actor: Actor }): Promise<UnitNode[]> {
  requirePermission(options.actor, "manage:jurisdiction:any");
  const { db } = options;
  const [units, stationUsers, scopeUsers] = await Promise.all([
    db.jurisdiction.findMany({
      select: {
        id: true,
        code: true,
        name: true,
        nameEn: true,
        level: true,
        area: true,
        policyCode: true,
        regionCode: true,
        path: true,
        parentId: true,
      },
    }),
    db.user.groupBy({ by: ["stationId"], where: { stationId: { not: null } }, _count: { _all: true } }),
    db.user.groupBy({ by: ["jurisdictionId"], where: { jurisdictionId: { not: null } }, _count: { _all: true } }),
  ]);
  units.sort(byPath);
  const own = new Map<string, number>();
  for (const g of stationUsers) own.set(g.stationId!, (own.get(g.stationId!) ?? 0) + g._count._all);
  for (const g of scopeUsers) own.set(g.jurisdictionId!, (own.get(g.jurisdictionId!) ?? 0) + g._count._all);
  const nodes = new Map<string, UnitNode>();
  for (const u of units)
    nodes.set(u.id, { ...u, depth: u.path.split("/").filter(Boolean).length - 1, stations: 0, users: 0, children: [] });
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
    // Each unit counts into itself and every ancestor (walk up the parent links).
    for (let at: UnitNode | undefined = node; at; at = at.parentId ? nodes.get(at.parentId) : undefined) {
      if (node.level === "STATION") at.stations += 1;
      at.users += own.get(node.id) ?? 0;
    }
  }
  return roots;
}

export async function getUnit(options: { db: Db; actor: Actor; unitId: string }) {
  requirePermission(options.actor, "manage:jurisdiction:any");
  if (!z.uuid().safeParse(options.unitId).success) return null;
  return options.db.jurisdiction.findUnique({ where: { id: options.unitId }, include: { parent: { select: { name: true } } } });
}

const AREAS = ["CENTRAL_URBAN", "TOWN", "RURAL"] as const;

export const unitEditSchema = z.object({
  name: z.string().default(""),
  nameEn: z.string().default(""),
  area: z.string().default(""),
  expectedName: z.string().default(""),
  expectedNameEn: z.string().default(""),
  expectedArea: z.string().default(""),
});
export type UnitEditInput = z.input<typeof unitEditSchema>;

export async function updateUnit(options: { db: Db; actor: Actor; unitId: string; input: UnitEditInput }): Promise<AdminResult> {
  const actor = requirePermission(options.actor, "manage:jurisdiction:any");
  const input = unitEditSchema.parse(options.input);
  const name = input.name.trim();
  const nameEn = input.nameEn.trim();
  const errors: AdminProblem[] = [];
  if (!name) errors.push({ field: "name", message: "admin.error.unitNameRequired" });
  else if (name.length > 60) errors.push({ field: "name", message: "admin.error.unitNameLong" });
  if (nameEn.length > 120) errors.push({ field: "nameEn", message: "admin.error.unitNameLong" });
  if (!(AREAS as readonly string[]).includes(input.area)) errors.push({ field: "area", message: "admin.error.areaRequired" });
  if (errors.length) return { ok: false, errors };
  if (!z.uuid().safeParse(options.unitId).success) return refuse("admin.error.notFound");
  return options.db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Jurisdiction" WHERE id = ${options.unitId}::uuid FOR NO KEY UPDATE`;
    if (!rows.length) return refuse("admin.error.notFound");
    const unit = await tx.jurisdiction.findUniqueOrThrow({ where: { id: options.unitId } });
    if (unit.name !== input.expectedName || (unit.nameEn ?? "") !== input.expectedNameEn || unit.area !== input.expectedArea)
      return refuse("admin.error.unitStale");
    const after = { name, nameEn: nameEn || null, area: input.area as AreaKind };
    await tx.jurisdiction.update({ where: { id: unit.id }, data: after });
    await writeAudit({
      tx,
      event: {
        actorId: actor.id,
        action: "admin.unit-update",
        entityType: "Jurisdiction",
        entityId: unit.id,
        data: { code: unit.code, before: { name: unit.name, nameEn: unit.nameEn, area: unit.area }, after },
      },
    });
    return { ok: true as const };
  }, TX_OPTIONS);
}
