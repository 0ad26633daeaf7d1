// The queue's take form, beside its action (README house rule 9); it comes from the queue or from the case screen.
import { z } from "zod";

export const takeSchema = z.object({
  applicationId: z.uuid(),
  version: z.coerce.number().int().min(1),
  from: z.enum(["queue", "case"]).catch("queue"),
});

/** Where a take goes back to: the case screen it came from, or the queue. */
export const takeBack = (i: { applicationId: string; from: string }) =>
  i.from === "case" ? `/workbench/cases/${i.applicationId}` : "/workbench";
