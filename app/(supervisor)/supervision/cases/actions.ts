"use server";
// The supervisor's 督办 on the case screen. Order (README house rule 4): session → zod parse → permission →
// domain call (its audit row in the same transaction) → revalidate/redirect. Reassignment reuses the
// case screen's reassignAction (lib/applications/reassign.ts).
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { flagCase, FLAG_NOTE_MAX } from "@/lib/applications/flag-case";
import { errorQuery } from "@/app/(clerk)/workbench/outcome";

const flagSchema = z.object({
  applicationId: z.uuid(),
  version: z.coerce.number().int().min(1),
  intent: z.enum(["flag", "clear"]),
  note: z.string().trim().max(FLAG_NOTE_MAX).optional(),
});

export async function flagAction(formData: FormData): Promise<void> {
  const actor = await getActor();
  const id = z.uuid().safeParse(formData.get("applicationId"));
  const casePath = id.success ? `/workbench/cases/${id.data}` : "/supervision/cases";
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(casePath)}`);
  const parsed = flagSchema.safeParse({
    applicationId: formData.get("applicationId"),
    version: formData.get("version"),
    intent: formData.get("intent"),
    note: formData.get("note") ?? undefined,
  });
  if (!parsed.success || (parsed.data.intent === "flag" && !parsed.data.note)) redirect(`${casePath}?error=VALIDATION&field=flagNote#flag`);
  if (!can(actor, "flag:application:jurisdiction")) redirect(`${casePath}?error=FORBIDDEN`);
  const { applicationId, version, intent, note } = parsed.data;
  let outcome: string;
  try {
    await flagCase({ db: getDb(), actor, applicationId, expectedVersion: version, note: intent === "clear" ? null : note! });
    outcome = `done=${intent === "clear" ? "unflagged" : "flagged"}`;
  } catch (error) {
    outcome = errorQuery(error, "flagAction");
  }
  revalidatePath("/workbench");
  revalidatePath(casePath);
  revalidatePath("/supervision");
  redirect(`${casePath}?${outcome}`);
}
