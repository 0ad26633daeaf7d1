"use server";
// Closing a poor rating's follow-up (差评整改回访) from /supervision. Order (README house rule 4): session → zod
// parse → permission → domain call (its audit row in the same transaction) → revalidate/redirect. The
// outcome goes back as codes in the query (never text), the page words them in the reader's language.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { closeFollowUp, FOLLOW_UP_NOTE_MAX } from "@/lib/applications/rating-follow-ups";
import { errorQuery } from "@/app/(clerk)/workbench/outcome";

const closeFollowUpSchema = z.object({
  followUpId: z.uuid(),
  note: z.string().trim().min(1).max(FOLLOW_UP_NOTE_MAX),
});

export async function closeFollowUpAction(formData: FormData): Promise<void> {
  const actor = await getActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent("/supervision")}`);
  const id = z.uuid().safeParse(formData.get("followUpId"));
  const back = (query: string) => `/supervision?${query}${id.success ? `&followUp=${id.data}` : ""}#follow-ups`;
  const parsed = closeFollowUpSchema.safeParse({ followUpId: formData.get("followUpId"), note: formData.get("note") ?? "" });
  if (!parsed.success) redirect(back("followUpError=VALIDATION"));
  if (!can(actor, "close:followup:jurisdiction")) redirect(back("followUpError=FORBIDDEN"));
  let outcome: string;
  try {
    await closeFollowUp({ db: getDb(), actor, followUpId: parsed.data.followUpId, note: parsed.data.note });
    outcome = "followUpDone=1";
  } catch (error) {
    outcome = `followUp${errorQuery(error, "closeFollowUpAction").replace(/^error/, "Error")}`;
  }
  revalidatePath("/supervision");
  redirect(back(outcome));
}
