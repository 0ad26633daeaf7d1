"use server";
// Closing a poor rating's follow-up (差评整改回访) from /supervision, through the one pipeline
// (lib/actions/pipeline.ts). The outcome goes back as codes in the query, under its own names.
import { z } from "zod";
import { getDb } from "@/lib/db";
import { redirectAction } from "@/lib/actions/pipeline";
import { closeFollowUp, FOLLOW_UP_NOTE_MAX } from "@/lib/applications/rating-follow-ups";

const schema = z.object({ followUpId: z.uuid(), note: z.string().trim().min(1).max(FOLLOW_UP_NOTE_MAX) });

export async function closeFollowUpAction(formData: FormData): Promise<void> {
  const id = z.uuid().safeParse(formData.get("followUpId"));
  const back = (query: string) => `/supervision?${query}${id.success ? `&followUp=${id.data}` : ""}#follow-ups`;
  await redirectAction({
    context: "closeFollowUpAction",
    back: "/supervision",
    schema,
    raw: { followUpId: formData.get("followUpId"), note: formData.get("note") ?? "" },
    invalid: back("followUpError=VALIDATION"),
    permission: "close:followup:jurisdiction",
    forbidden: back("followUpError=FORBIDDEN"),
    run: async (actor, input) => {
      await closeFollowUp({ db: getDb(), actor, ...input });
      return "followUpDone=1";
    },
    revalidate: ["/supervision"],
    to: (query) => back(query.replace(/^error/, "followUpError")),
  });
}
