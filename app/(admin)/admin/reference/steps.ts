// The reference forms' step of the one action pipeline (lib/actions/pipeline.ts): every problem goes back at
// once in `errors` (field problems and cross-field ones), with what was typed, so the page lists them all
// and the form comes back filled in; the forms post without JavaScript.
import "server-only";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { can, type Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { allTextFields, errorQuery, signedIn } from "@/lib/actions/pipeline";
import { encodeTyped } from "@/lib/reference/typed-values";

/** A reference form: its page, schema, done code and cross-field problems (./schemas.ts). */
export interface ReferenceForm<S extends z.ZodType> {
  page: "population" | "targets" | "assessment" | "calendar";
  schema: S;
  done?: string;
  cross?: (raw: Record<string, string>) => string[];
}

/** Runs one form: on refusal or error, back to the page with every problem listed. */
export async function referenceForm<S extends z.ZodType>(
  { page, schema, done = "saved", cross = () => [] }: ReferenceForm<S>,
  formData: FormData,
  save: (actor: Actor, input: z.infer<S>) => Promise<unknown>,
): Promise<never> {
  const back = `/admin/reference/${page}`;
  const actor = await signedIn(back);
  const raw = allTextFields(formData);
  const parsed = schema.safeParse(raw);
  // Field problems and cross-field ones (urban above total…) together: the person fixes everything in one go.
  const problems = [...new Set([...(parsed.success ? [] : parsed.error.issues.map((i) => String(i.path[0] ?? "form"))), ...cross(raw)])];
  // What was typed goes back with the problems, so the form comes back filled in (without JavaScript too).
  const typed = encodeTyped(raw);
  const refill = typed ? `&typed=${typed}` : "";
  if (!parsed.success || problems.length) redirect(`${back}?errors=${problems.join(",")}${refill}`);
  if (!can(actor, "manage:reference:any")) redirect(`${back}?errors=forbidden`);
  let outcome = `done=${done}`;
  try {
    await save(actor, parsed.data);
  } catch (error) {
    if (error instanceof DomainError && (error.code === "VALIDATION" || error.code === "NOT_FOUND")) {
      outcome = `errors=${error.code === "NOT_FOUND" ? "notFound" : error.details.join(",")}${refill}`;
    } else {
      outcome = errorQuery(error, `reference ${page}`);
    }
  }
  revalidatePath(back);
  redirect(`${back}?${outcome}`);
}
