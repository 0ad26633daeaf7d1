"use server";
// The supervisor's 督办 on the case screen, through the one pipeline (lib/actions/pipeline.ts). Reassignment
// reuses the case screen's reassignAction (lib/applications/reassign.ts).
import { z } from "zod";
import { getDb } from "@/lib/db";
import { posted, redirectAction } from "@/lib/actions/pipeline";
import { flagCase } from "@/lib/applications/flag-case";
import { flagSchema as schema } from "./schemas";

export async function flagAction(formData: FormData): Promise<void> {
  const id = z.uuid().safeParse(formData.get("applicationId"));
  const page = id.success ? `/workbench/cases/${id.data}` : "/supervision/cases";
  await redirectAction({
    context: "flagAction",
    back: page,
    schema,
    raw: posted(formData, ["applicationId", "version", "intent", "note"]),
    invalid: `${page}?error=VALIDATION&field=flagNote#flag`,
    permission: "flag:application:jurisdiction",
    forbidden: `${page}?error=FORBIDDEN`,
    run: async (actor, { applicationId, version, intent, note }) => {
      await flagCase({ db: getDb(), actor, applicationId, expectedVersion: version, note: intent === "clear" ? null : note! });
      return `done=${intent === "clear" ? "unflagged" : "flagged"}`;
    },
    revalidate: ["/workbench", page, "/supervision"],
    to: (query) => `${page}?${query}`,
  });
}
