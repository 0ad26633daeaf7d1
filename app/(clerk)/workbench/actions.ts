"use server";
// Taking a case from the queue or the case screen, through the one pipeline (lib/actions/pipeline.ts).
import { getDb } from "@/lib/db";
import { redirectAction } from "@/lib/actions/pipeline";
import { takeCase } from "@/lib/applications/take-case";
import { takeBack as back, takeSchema as schema } from "./schemas";

export async function takeCaseAction(formData: FormData): Promise<void> {
  const raw = { applicationId: formData.get("applicationId"), version: formData.get("version"), from: formData.get("from") };
  const parsed = schema.safeParse(raw);
  await redirectAction({
    context: "takeCaseAction",
    back: "/workbench",
    schema,
    raw,
    invalid: "/workbench?error=VALIDATION",
    permission: "take:application:station",
    forbidden: `${parsed.success ? back(parsed.data) : "/workbench"}?error=FORBIDDEN`,
    run: async (actor, i) => {
      const { number } = await takeCase({ db: getDb(), actor, applicationId: i.applicationId, expectedVersion: i.version });
      // The queue's banner looks the number up again in the clerk's scope: it never shows query text.
      return i.from === "case" ? "done=taken" : `taken=${encodeURIComponent(number)}`;
    },
    revalidate: ["/workbench"],
    to: (query, _ok, i) => `${back(i)}?${query}`,
  });
}
