"use server";
// Edit a unit's names and urban/rural attribute, through the one pipeline (lib/actions/pipeline.ts, ../admin-action.ts).
import { z } from "zod";
import { getDb } from "@/lib/db";
import type { AdminFormState } from "@/lib/actions/form-outcome";
import { unitEditSchema, updateUnit } from "@/lib/admin/units";
import { adminForm, fields } from "../admin-action";

const UNIT_FIELDS = ["name", "nameEn", "area", "expectedName", "expectedNameEn", "expectedArea"];

export async function updateUnitAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const id = z.uuid().safeParse(formData.get("unitId")).data ?? null;
  const back = id ? `/admin/units/${id}` : "/admin/units";
  const o = { context: "updateUnitAction", back, permission: "manage:jurisdiction:any", schema: unitEditSchema, namesRow: !!id } as const;
  return adminForm(formData, { ...o, raw: fields(formData, UNIT_FIELDS), invalid: "admin.error.notFound" }, async (actor, input) => {
    const r = await updateUnit({ db: getDb(), actor, unitId: id!, input });
    return r.ok ? { ok: true, revalidate: ["/admin/units"], to: "/admin/units?done=unitUpdated" } : r;
  });
}
