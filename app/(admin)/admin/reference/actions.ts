"use server";
// Reference-data forms. Order (README house rule 4): session → parse → permission → domain call (its audit
// row in the same transaction) → revalidate → redirect. Every problem goes back at once in `errors`,
// so the page lists them all; the forms post without JavaScript.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { DomainError, logUnexpected } from "@/lib/errors";
import { deleteCalendarDay, saveAssessmentInput, saveCalendarDay, savePopulationStat, saveTarget } from "@/lib/reference/save-reference";
import { encodeTyped } from "@/lib/reference/typed-values";
import { assessmentSchema, calendarSchema, isoDate, populationSchema, targetSchema } from "./schemas";

type Page = "population" | "targets" | "assessment" | "calendar";

function fields(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of formData.entries()) if (typeof v === "string" && !k.startsWith("$")) out[k] = v;
  return out;
}

/** Runs one form: on refusal or error, back to the page with every problem listed. */
async function run<S extends z.ZodType>(
  page: Page,
  schema: S,
  formData: FormData,
  save: (input: z.infer<S>) => Promise<unknown>,
  done = "saved",
  cross: (raw: Record<string, string>) => string[] = () => [],
): Promise<never> {
  const back = `/admin/reference/${page}`;
  const actor = await getActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(back)}`);
  const raw = fields(formData);
  const parsed = schema.safeParse(raw);
  // Field problems and cross-field ones (urban above total…) together: the person fixes everything in one go.
  const problems = [...new Set([...(parsed.success ? [] : parsed.error.issues.map((i) => String(i.path[0] ?? "form"))), ...cross(raw)])];
  // What was typed goes back with the problems, so the form comes back filled in (without JavaScript too).
  const typed = encodeTyped(raw);
  const refill = typed ? `&typed=${typed}` : "";
  if (!parsed.success || problems.length) redirect(`${back}?errors=${problems.join(",")}${refill}`);
  if (!can(actor, "manage:reference:any")) redirect(`${back}?errors=forbidden`);
  let outcome = done;
  try {
    await save(parsed.data);
  } catch (error) {
    if (error instanceof DomainError && (error.code === "VALIDATION" || error.code === "NOT_FOUND")) {
      outcome = `errors=${error.code === "NOT_FOUND" ? "notFound" : error.details.join(",")}${refill}`;
    } else {
      outcome = `failed=${logUnexpected(error, `reference ${page}`)}`;
    }
  }
  revalidatePath(back);
  redirect(`${back}?${outcome === done ? `${done}=1` : outcome}`);
}

/** "a" greater than "b", both given as numbers. */
const above = (raw: Record<string, string>, a: string, b: string) => raw[a]?.trim() && raw[b]?.trim() && Number(raw[a]) > Number(raw[b]);

export async function savePopulationAction(formData: FormData) {
  await run(
    "population",
    populationSchema,
    formData,
    async (input) => savePopulationStat({ db: getDb(), actor: (await getActor())!, input }),
    "saved",
    (raw) => (above(raw, "residentUrban", "residentTotal") ? ["residentUrban"] : []),
  );
}

export async function saveTargetAction(formData: FormData) {
  await run(
    "targets",
    targetSchema,
    formData,
    async (input) => saveTarget({ db: getDb(), actor: (await getActor())!, input }),
    "saved",
    (raw) => [
      ...(above(raw, "fromYear", "toYear") ? ["toYear"] : []),
      ...((raw.metric === "NO_QUOTA") === Boolean(raw.value?.trim()) ? ["value"] : []),
      ...(raw.metric === "RATE_GAP_REDUCTION" && !raw.baseYear?.trim() ? ["baseYear"] : []),
    ],
  );
}

export async function saveAssessmentAction(formData: FormData) {
  await run(
    "assessment",
    assessmentSchema,
    formData,
    async (input) => saveAssessmentInput({ db: getDb(), actor: (await getActor())!, input }),
    "saved",
    (raw) => [
      ...(above(raw, "hukouUrbanPrev", "hukouTotalPrev") ? ["hukouUrbanPrev"] : []),
      ...(above(raw, "hukouUrban", "hukouTotal") ? ["hukouUrban"] : []),
    ],
  );
}

export async function saveCalendarAction(formData: FormData) {
  await run("calendar", calendarSchema, formData, async (input) => saveCalendarDay({ db: getDb(), actor: (await getActor())!, input }));
}

export async function deleteCalendarAction(formData: FormData) {
  await run(
    "calendar",
    z.object({ date: isoDate }),
    formData,
    async (input) => deleteCalendarDay({ db: getDb(), actor: (await getActor())!, date: input.date }),
    "deleted",
  );
}
