// The jurisdiction tree for the admin area: every unit with its level, urban/rural attribute, policy
// and region codes, and how many stations and accounts lie in its subtree; and the one edit an
// administrator makes to a unit (names and area attribute). Units are never deleted here: cases,
// households and permits point at them. The edit is optimistic without a version column: the form
// carries the values it showed, and a unit changed meanwhile is refused as STALE (docs/decisions/0221).
import { z } from "zod";
import type { Db } from "@/lib/db";
import type { AreaKind } from "@/lib/generated/prisma/enums";
import { loadUnitTree, type UnitNode } from "@/lib/jurisdictions";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { TX_OPTIONS } from "@/lib/db/tx-options";
import { refuse, type AdminProblem, type AdminResult } from "./user-rules";

export type { UnitNode };

/** The whole tree (a few hundred units at most), roots first, children by code. */
export async function unitTree(options: { db: Db; actor: Actor }): Promise<UnitNode[]> {
  requirePermission(options.actor, "manage:jurisdiction:any");
  return loadUnitTree({ db: options.db });
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
