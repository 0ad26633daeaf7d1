"use server";
// Order (README house rule 4): session → parse → permission → domain call (audit in its transaction) → revalidate.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { takeCase } from "@/lib/applications/take-case";
import { errorQuery } from "./outcome";

const takeCaseSchema = z.object({
  applicationId: z.uuid(),
  version: z.coerce.number().int().min(1),
  from: z.enum(["queue", "case"]).catch("queue"),
});

export async function takeCaseAction(formData: FormData): Promise<void> {
  // Refusals redirect rather than throw: an action posted without JavaScript gets a page that
  // says what happened (sign in, or the 403 of the workbench) and nothing is written.
  const actor = await getActor();
  if (!actor) redirect("/signin?callbackUrl=%2Fworkbench");
  const parsed = takeCaseSchema.safeParse({
    applicationId: formData.get("applicationId"),
    version: formData.get("version"),
    from: formData.get("from"),
  });
  if (!parsed.success) redirect("/workbench?error=VALIDATION");
  const { applicationId, from } = parsed.data;
  const back = from === "case" ? `/workbench/cases/${applicationId}` : "/workbench";
  if (!can(actor, "take:application:station")) redirect(`${back}?error=FORBIDDEN`);
  let outcome: string;
  try {
    const { number } = await takeCase({ db: getDb(), actor, applicationId, expectedVersion: parsed.data.version });
    // The queue's banner looks the number up again in the clerk's scope: it never shows query text.
    outcome = from === "case" ? "done=taken" : `taken=${encodeURIComponent(number)}`;
  } catch (error) {
    outcome = errorQuery(error, "takeCaseAction");
  }
  revalidatePath("/workbench");
  redirect(`${back}?${outcome}`);
}
