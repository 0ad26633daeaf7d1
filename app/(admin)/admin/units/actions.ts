"use server";
// Edit a unit's names and urban/rural attribute. Order (README house rule 4): session → zod parse →
// permission → domain call (audit row in the same transaction) → revalidate/redirect.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { logUnexpected } from "@/lib/errors";
import { unitEditSchema, updateUnit } from "@/lib/admin/units";
import { postedText, type AdminFormState } from "@/components/admin/form-state";
import { allowed, fields, problemTexts, signedIn, translate } from "../admin-action";

export async function updateUnitAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const id = z.uuid().safeParse(formData.get("unitId"));
  const actor = await signedIn(id.success ? `/admin/units/${id.data}` : "/admin/units");
  const t = await translate();
  const refused = (text: string): AdminFormState => ({ errors: [{ field: "form", text }], values: postedText(formData) });
  const parsed = unitEditSchema.safeParse(fields(formData, ["name", "nameEn", "area", "expectedName", "expectedNameEn", "expectedArea"]));
  if (!id.success || !parsed.success) return refused(t("admin.error.notFound"));
  if (!(await allowed(actor, "manage:jurisdiction:any"))) return refused(t("admin.error.forbidden"));
  let result;
  try {
    result = await updateUnit({ db: getDb(), actor, unitId: id.data, input: parsed.data });
  } catch (error) {
    return refused(t("admin.error.unexpected", { id: logUnexpected(error, "updateUnitAction") }));
  }
  if (!result.ok) return { errors: problemTexts(result.errors, t), values: postedText(formData) };
  revalidatePath("/admin/units");
  redirect("/admin/units?done=unitUpdated");
}
