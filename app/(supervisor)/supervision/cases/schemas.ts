// The 督办 form's schema, beside its action (README house rule 9): a note is required to flag, not to clear.
import { z } from "zod";
import { FLAG_NOTE_MAX } from "@/lib/applications/flag-case";

export const flagSchema = z
  .object({
    applicationId: z.uuid(),
    version: z.coerce.number().int().min(1),
    intent: z.enum(["flag", "clear"]),
    note: z.string().trim().max(FLAG_NOTE_MAX).optional(),
  })
  .refine((f) => f.intent === "clear" || f.note, { path: ["note"] });
