"use server";
// Order (house rule 4): session → parse → permission → domain call (audit in its transaction) → revalidate.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { takeCase } from "@/lib/applications/take-case";
import { DomainError, logUnexpected } from "@/lib/errors";

const takeCaseSchema = z.object({
  applicationId: z.uuid(),
  version: z.coerce.number().int().min(1),
});

export async function takeCaseAction(formData: FormData): Promise<void> {
  // Refusals redirect rather than throw: an action posted without JavaScript gets a page that
  // says what happened (sign in, or the 403 of the workbench) and nothing is written.
  const actor = await getActor();
  if (!actor) redirect("/signin?callbackUrl=%2Fworkbench");
  const parsed = takeCaseSchema.safeParse({ applicationId: formData.get("applicationId"), version: formData.get("version") });
  if (!parsed.success) redirect("/workbench?error=VALIDATION");
  if (!can(actor, "take:application:station")) redirect("/workbench?error=FORBIDDEN");
  let outcome: string;
  try {
    const result = await takeCase({ db: getDb(), actor, applicationId: parsed.data.applicationId, expectedVersion: parsed.data.version });
    outcome = `taken=${encodeURIComponent(result.number)}`;
  } catch (error) {
    if (error instanceof DomainError) outcome = `error=${error.code}`;
    else outcome = `error=UNEXPECTED&id=${logUnexpected(error, "takeCaseAction")}`;
  }
  revalidatePath("/workbench");
  redirect(`/workbench?${outcome}`);
}
