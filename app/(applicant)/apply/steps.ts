// The task list's steps of the one action pipeline (lib/actions/pipeline.ts): the posted case id (a UUID
// or nothing), the pages the outcomes go to, the schemas (house rule 9) and the documents page's files.
import "server-only";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { can, type Actor } from "@/lib/auth/permissions";
import { failureQuery, signedIn, type Failure } from "@/lib/actions/pipeline";
import { storeEach } from "@/lib/actions/uploads";
import { isChosenFile } from "@/lib/applications/documents";
import { checklistItem } from "@/lib/applications/checklist";
import { SECTION_IDS } from "@/lib/applications/application-sections";
import { MAX_EXPLANATION } from "@/lib/applications/submit-application";
import { isUuid } from "@/lib/security/uuid";
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
