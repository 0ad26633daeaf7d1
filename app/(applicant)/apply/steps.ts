// The task list's steps of the one action pipeline (lib/actions/pipeline.ts): the posted case id (a UUID
// or nothing), the pages the outcomes go to, the schemas (README house rule 9) and the documents page's files.
import "server-only";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { can, type Actor } from "@/lib/auth/permissions";
import { allTextFields, failureQuery, signedIn, type Failure, type RedirectActionSpec } from "@/lib/actions/pipeline";
import type { Db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { editFamilyRows } from "@/lib/applications/application-sections";
import { submittedMeanwhile } from "@/lib/applications/submit-application";
import { storeEach } from "@/lib/actions/uploads";
import { isChosenFile } from "@/lib/applications/documents";
import { checklistItem } from "@/lib/applications/checklist";
import { SECTION_IDS } from "@/lib/applications/application-sections";
import { MAX_EXPLANATION } from "@/lib/applications/submit-application";
import { isUuid } from "@/lib/security/uuid";
import { decodeFactsParam, todayInChina } from "@/lib/policy";
import { KIND_BY_SLUG } from "./kinds";

// A posted id goes into redirect paths (a Location header) only once it is known to be a UUID:
// a NUL or non-ASCII character there made the HTTP layer answer 500 (issue #9, found by the
// property tests of tests/integration/action-inputs.property.test.ts).
/** Every task-list action needs the applicant's own permission; without it, back to the list. */
export const own = { permission: "create:application:own", forbidden: "/apply?error=FORBIDDEN" } as const;

export function postedId(formData: FormData): string {
  const value = formData.get("applicationId");
  return typeof value === "string" && isUuid(value) ? value : "";
}
export function casePage(applicationId: string, page = ""): string {
  return applicationId ? `/apply/${applicationId}${page}` : "/apply";
}

const START_FIELDS = ["kind", "jurisdiction", "unit", "station", "permitId", "facts", "createKey"];
export const startSchema = z.object({
  kind: z.enum(Object.keys(KIND_BY_SLUG) as [string, ...string[]]),
  jurisdiction: z.string().max(40).optional(),
  unit: z.string().max(80).optional(),
  station: z.string().max(80).optional(),
  permitId: z.uuid().optional(),
  facts: z.string().max(12_000).optional(),
  createKey: z.uuid(),
});

/** What starting a case passes to the domain call: its kind, its place, and any self-check answers carried over as the draft's prefill. */
export function startInput(i: z.infer<typeof startSchema>, now: Date) {
  const facts = i.facts ? decodeFactsParam({ param: i.facts, today: todayInChina({ now }) }) : null;
  const place = { jurisdiction: i.jurisdiction, unitCode: i.unit, stationCode: i.station, permitId: i.permitId };
  return { kind: KIND_BY_SLUG[i.kind], ...place, prefill: facts?.ok ? facts.request : null, createKey: i.createKey, now };
}

/** The start form's fields (blank ones absent), and the chooser it came from, to go back to. */
export function startFields(formData: FormData) {
  const fields = Object.fromEntries(START_FIELDS.map((k) => [k, formData.get(k) || undefined]));
  const kept = Object.entries(fields).filter(([k, v]) => v && k !== "createKey" && k !== "station") as [string, string][];
  return { fields, back: `/apply/new?${new URLSearchParams(kept)}` };
}

export const saveSchema = z.object({
  applicationId: z.uuid(),
  section: z.enum(SECTION_IDS),
  version: z.coerce.number().int().min(1),
  intent: z.string().max(20).optional(),
});

export const submitSchema = z.object({
  applicationId: z.uuid(),
  version: z.coerce.number().int().min(1),
  explanation: z
    .string()
    .max(MAX_EXPLANATION * 2)
    .optional(),
});

/** Most files one press of 上传 stores; the body limit (next.config.js) bounds the bytes as well. */
export const MAX_FILES_PER_UPLOAD = 20;

/** Fields are `file-<checklist id>`; anything else (or an id the checklist does not own) is ignored. */
export function chosenFiles(formData: FormData): { item: string; file: File }[] {
  const chosen: { item: string; file: File }[] = [];
  for (const [key, value] of formData.entries()) {
    const item = /^file-([a-z0-9_]{1,40})$/.exec(key)?.[1];
    if (!item || !checklistItem(item) || !isChosenFile(value)) continue;
    chosen.push({ item, file: value });
  }
  return chosen;
}

/** A refused submission back on the check page: the codes, the details, and what was typed in the explanation box. */
export function submitRefused(o: { back: string; query: string; explanation?: string; failure: Failure | null }): string {
  const details = o.failure?.details.length ? `&details=${o.failure.details.join(",")}` : "";
  const typed = o.explanation ? `&explanation=${encodeURIComponent(o.explanation.slice(0, MAX_EXPLANATION))}` : "";
  return `${o.back}?${o.query}${details}${typed}`;
}

type Chosen = { item: string; file: File };

/** The documents page's upload: the pipeline's steps around storing each chosen file (`store`, the domain call). */
export async function uploadChosen(
  formData: FormData,
  store: (actor: Actor, applicationId: string, one: Chosen, bytes: Uint8Array) => Promise<{ id: string }>,
): Promise<never> {
  const applicationId = postedId(formData);
  const back = casePage(applicationId, "/documents");
  const actor = await signedIn(back);
  if (!applicationId) redirect(`${back}?error=VALIDATION`);
  if (!can(actor, own.permission)) redirect(own.forbidden);
  const chosen = chosenFiles(formData);
  if (chosen.length === 0) redirect(`${back}?error=NO_FILE`);
  if (chosen.length > MAX_FILES_PER_UPLOAD) redirect(`${back}?error=TOO_MANY_FILES`);
  const o = { context: "uploadDocumentAction", stopOn: (f: Failure) => f.code === "NOT_FOUND" };
  const { stored, refused, stopped } = await storeEach(chosen, o, (one, bytes) => store(actor, applicationId, one, bytes));
  if (stopped?.code === "NOT_FOUND") redirect(`/apply/${applicationId}`);
  revalidatePath(back);
  if (stopped) redirect(`${back}?${stored.length ? `uploaded=${stored.join(",")}&` : ""}${failureQuery(stopped)}`);
  const query = new URLSearchParams();
  if (stored.length) query.set("uploaded", stored.join(","));
  if (refused.length) query.set("refused", refused.map((r) => `${r.one.item}.${r.failure.code}`).join(","));
  redirect(`${back}?${query}${chosen.length === 1 ? `#item-${chosen[0].item}` : ""}`);
}

type Spec<S extends z.ZodType> = Omit<RedirectActionSpec<S>, "run">;

/** Starting: back to the chooser with the code (and the field a refusal names); done, to the new case (its id is what `run` answers). */
export function startSpec(formData: FormData): Spec<typeof startSchema> {
  const { fields, back } = startFields(formData);
  return {
    context: "startApplicationAction",
    back,
    schema: startSchema,
    raw: fields,
    invalid: `${back}&error=VALIDATION`,
    ...own,
    revalidate: ["/apply"],
    to: (id, ok, _i, failure) => (ok ? `/apply/${id}` : `${back}&${id}${failure?.details[0] ? `&field=${failure.details[0]}` : ""}`),
  };
}

/** Saving a section: back to the section (to its family rows after an edit of them, with `errors=1` when some answers do not validate) or on to the task list. */
export function saveSpec(formData: FormData): Spec<typeof saveSchema> {
  const applicationId = postedId(formData);
  const raw = {
    applicationId,
    section: formData.get("section"),
    version: formData.get("version"),
    intent: formData.get("intent") || undefined,
  };
  return {
    context: "saveSectionAction",
    back: casePage(applicationId),
    schema: saveSchema,
    raw,
    invalid: "/apply?error=VALIDATION",
    ...own,
    revalidate: [`/apply/${applicationId}`],
    to: (query, _ok, { section, intent }, failure) => {
      const page = `/apply/${applicationId}/${section}`;
      if (failure) return failure.code === "NOT_FOUND" || failure.code === "INVALID_STATE" ? `/apply/${applicationId}` : `${page}?${query}`;
      if (intent) return `${page}${intent === "add" ? "#add-member" : ""}`;
      return query ? `${page}?${query}` : `/apply/${applicationId}?saved=${section}`;
    },
  };
}

/** The section's answers as posted; an edit of the family rows (add, remove) applied to them. */
export function sectionValues(formData: FormData, section: string, intent: string | undefined): Record<string, string> {
  return section === "family" && intent ? editFamilyRows(allTextFields(formData), intent) : allTextFields(formData);
}

export function removeSpec(formData: FormData): Spec<z.ZodObject<{ documentId: z.ZodUUID }>> {
  const back = casePage(postedId(formData), "/documents");
  const raw = { documentId: formData.get("documentId") };
  return {
    context: "removeDocumentAction",
    back,
    schema: z.object({ documentId: z.uuid() }),
    raw,
    invalid: `${back}?error=VALIDATION`,
    ...own,
    revalidate: [back],
    to: (query: string) => `${back}?${query}`,
  };
}

export function submitSpec(formData: FormData): Spec<typeof submitSchema> {
  const applicationId = postedId(formData);
  const back = casePage(applicationId, "/check");
  const raw = { applicationId, version: formData.get("version"), explanation: formData.get("explanation") ?? undefined };
  return {
    context: "submitApplicationAction",
    back,
    schema: submitSchema,
    raw,
    invalid: `${back}?error=VALIDATION`,
    ...own,
    revalidate: ["/me", `/apply/${applicationId}`],
    to: (query, ok, { explanation }, failure) =>
      ok ? `/apply/${applicationId}/done` : submitRefused({ back, query, explanation, failure }),
  };
}

/** A double click that lost the race: the other post made the case, which is then shown; any other refusal stands. */
export async function unlessSubmittedMeanwhile(error: unknown, o: { db: Db; actor: Actor; applicationId: string }): Promise<void> {
  const stale = error instanceof DomainError && error.code === "STALE";
  if (!stale || !(await submittedMeanwhile(o))) throw error;
}
