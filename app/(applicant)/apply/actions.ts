"use server";
// The task list's server actions. Order (README house rule 4): session → zod parse → permission → domain call
// (which checks the permission again and writes its audit row in its transaction) → revalidate/redirect.
// Every refusal redirects to a page that says what happened, so the forms work without JavaScript.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { getActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { DomainError, logUnexpected } from "@/lib/errors";
import { decodeFactsParam, todayInChina } from "@/lib/policy";
import { startApplication } from "@/lib/applications/start-application";
import { saveSection } from "@/lib/applications/save-section";
import { submitApplication, MAX_EXPLANATION } from "@/lib/applications/submit-application";
import { addDocument, isChosenFile } from "@/lib/applications/documents";
import { throttleUpload } from "@/lib/applications/upload-throttle";
import { checklistItem } from "@/lib/applications/checklist";
import { removeDocument } from "@/lib/applications/remove-document";
import { editFamilyRows, SECTION_IDS } from "@/lib/applications/application-sections";
import { KIND_BY_SLUG } from "./kinds";
import { isUuid } from "@/lib/security/uuid";

// A posted id goes into redirect paths (a Location header) only once it is known to be a UUID:
// a NUL or non-ASCII character there made the HTTP layer answer 500 (issue #9, found by the
// property tests of tests/integration/action-inputs.property.test.ts).
function postedId(formData: FormData): string {
  const value = formData.get("applicationId");
  return typeof value === "string" && isUuid(value) ? value : "";
}
function casePage(applicationId: string, page = ""): string {
  return applicationId ? `/apply/${applicationId}${page}` : "/apply";
}

async function signedIn(back: string) {
  const actor = await getActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(back)}`);
  return actor;
}

function failure(error: unknown, context: string): string {
  if (error instanceof DomainError) return `error=${error.code}`;
  return `error=UNEXPECTED&id=${logUnexpected(error, context)}`;
}

const startSchema = z.object({
  kind: z.enum(Object.keys(KIND_BY_SLUG) as [string, ...string[]]),
  jurisdiction: z.string().max(40).optional(),
  unit: z.string().max(80).optional(),
  station: z.string().max(80).optional(),
  permitId: z.uuid().optional(),
  facts: z.string().max(12_000).optional(),
  createKey: z.uuid(),
});

export async function startApplicationAction(formData: FormData): Promise<void> {
  const fields = Object.fromEntries(
    ["kind", "jurisdiction", "unit", "station", "permitId", "facts", "createKey"].map((k) => [k, formData.get(k) || undefined]),
  );
  const back = `/apply/new?${new URLSearchParams(Object.entries(fields).filter(([k, v]) => v && k !== "createKey" && k !== "station") as [string, string][])}`;
  const actor = await signedIn(back);
  const parsed = startSchema.safeParse(fields);
  if (!parsed.success) redirect(`${back}&error=VALIDATION`);
  if (!can(actor, "create:application:own")) redirect("/apply?error=FORBIDDEN");
  const now = new Date();
  const facts = parsed.data.facts ? decodeFactsParam({ param: parsed.data.facts, today: todayInChina({ now }) }) : null;
  let id: string;
  try {
    ({ id } = await startApplication({
      db: getDb(),
      actor,
      kind: KIND_BY_SLUG[parsed.data.kind],
      jurisdiction: parsed.data.jurisdiction,
      unitCode: parsed.data.unit,
      stationCode: parsed.data.station,
      permitId: parsed.data.permitId,
      prefill: facts?.ok ? facts.request : null,
      createKey: parsed.data.createKey,
      now,
    }));
  } catch (error) {
    const field = error instanceof DomainError && error.details[0] ? `&field=${error.details[0]}` : "";
    redirect(`${back}&${failure(error, "startApplicationAction")}${field}`);
  }
  revalidatePath("/apply");
  redirect(`/apply/${id}`);
}

const saveSchema = z.object({
  applicationId: z.uuid(),
  section: z.enum(SECTION_IDS),
  version: z.coerce.number().int().min(1),
  intent: z.string().max(20).optional(),
});

export async function saveSectionAction(formData: FormData): Promise<void> {
  const applicationId = postedId(formData);
  const actor = await signedIn(casePage(applicationId));
  const parsed = saveSchema.safeParse({
    applicationId,
    section: formData.get("section"),
    version: formData.get("version"),
    intent: formData.get("intent") || undefined,
  });
  if (!parsed.success) redirect("/apply?error=VALIDATION");
  if (!can(actor, "create:application:own")) redirect("/apply?error=FORBIDDEN");
  const { section, version, intent } = parsed.data;
  let values: Record<string, string> = {};
  for (const [k, v] of formData.entries()) if (typeof v === "string" && !k.startsWith("$")) values[k] = v;
  if (section === "family" && intent) values = editFamilyRows(values, intent);
  let errors = 0;
  try {
    const saved = await saveSection({
      db: getDb(),
      actor,
      applicationId,
      section,
      expectedVersion: version,
      values,
      today: todayInChina({ now: new Date() }),
    });
    errors = saved.errors.length;
  } catch (error) {
    if (error instanceof DomainError && (error.code === "NOT_FOUND" || error.code === "INVALID_STATE")) redirect(`/apply/${applicationId}`);
    redirect(`/apply/${applicationId}/${section}?${failure(error, "saveSectionAction")}`);
  }
  revalidatePath(`/apply/${applicationId}`);
  if (intent) redirect(`/apply/${applicationId}/${section}${intent === "add" ? "#add-member" : ""}`);
  if (errors) redirect(`/apply/${applicationId}/${section}?errors=1`);
  redirect(`/apply/${applicationId}?saved=${section}`);
}

/** Most files one press of 上传 stores; the body limit (next.config.js) bounds the bytes as well. */
const MAX_FILES_PER_UPLOAD = 20;

/**
 * One form for the whole documents page: every file chosen under any item (several per item) is stored,
 * whichever 上传 was pressed. The page is told the stored documents by id (it names them from the database)
 * and each refused file by its item and the reason — never by text of the applicant's own (decision record 0247).
 */
export async function uploadDocumentAction(formData: FormData): Promise<void> {
  const applicationId = postedId(formData);
  const back = casePage(applicationId, "/documents");
  const actor = await signedIn(back);
  if (!applicationId) redirect(`${back}?error=VALIDATION`);
  if (!can(actor, "create:application:own")) redirect("/apply?error=FORBIDDEN");
  // Fields are `file-<checklist id>`; anything else (or an id the checklist does not own) is ignored.
  const chosen: { item: string; file: File }[] = [];
  for (const [key, value] of formData.entries()) {
    const item = /^file-([a-z0-9_]{1,40})$/.exec(key)?.[1];
    if (!item || !checklistItem(item) || !isChosenFile(value)) continue;
    chosen.push({ item, file: value });
  }
  if (chosen.length === 0) redirect(`${back}?error=NO_FILE`);
  if (chosen.length > MAX_FILES_PER_UPLOAD) redirect(`${back}?error=TOO_MANY_FILES`);
  const stored: string[] = [];
  const refused: string[] = [];
  for (const { item, file } of chosen) {
    try {
      const doc = await addDocument({
        db: getDb(),
        actor,
        applicationId,
        item,
        fileName: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
        throttle: throttleUpload,
      });
      stored.push(doc.id);
    } catch (error) {
      if (error instanceof DomainError && error.code === "NOT_FOUND") redirect(`/apply/${applicationId}`);
      if (!(error instanceof DomainError)) {
        revalidatePath(back);
        redirect(`${back}?${stored.length ? `uploaded=${stored.join(",")}&` : ""}${failure(error, "uploadDocumentAction")}`);
      }
      refused.push(`${item}.${error.code}`);
    }
  }
  revalidatePath(back);
  const query = new URLSearchParams();
  if (stored.length) query.set("uploaded", stored.join(","));
  if (refused.length) query.set("refused", refused.join(","));
  const anchor = chosen.length === 1 ? `#item-${chosen[0].item}` : "";
  redirect(`${back}?${query}${anchor}`);
}

export async function removeDocumentAction(formData: FormData): Promise<void> {
  const applicationId = postedId(formData);
  const back = casePage(applicationId, "/documents");
  const actor = await signedIn(back);
  const parsed = z.object({ documentId: z.uuid() }).safeParse({ documentId: formData.get("documentId") });
  if (!parsed.success) redirect(`${back}?error=VALIDATION`);
  if (!can(actor, "create:application:own")) redirect("/apply?error=FORBIDDEN");
  let outcome = "removed=1";
  try {
    await removeDocument({ db: getDb(), actor, documentId: parsed.data.documentId });
  } catch (error) {
    outcome = failure(error, "removeDocumentAction");
  }
  revalidatePath(back);
  redirect(`${back}?${outcome}`);
}

export async function submitApplicationAction(formData: FormData): Promise<void> {
  const applicationId = postedId(formData);
  const back = casePage(applicationId, "/check");
  const actor = await signedIn(back);
  const parsed = z
    .object({
      applicationId: z.uuid(),
      version: z.coerce.number().int().min(1),
      explanation: z
        .string()
        .max(MAX_EXPLANATION * 2)
        .optional(),
    })
    .safeParse({ applicationId, version: formData.get("version"), explanation: formData.get("explanation") ?? undefined });
  if (!parsed.success) redirect(`${back}?error=VALIDATION`);
  if (!can(actor, "create:application:own")) redirect("/apply?error=FORBIDDEN");
  const db = getDb();
  let outcome: string | null = null;
  try {
    await submitApplication({
      db,
      actor,
      applicationId,
      expectedVersion: parsed.data.version,
      explanation: parsed.data.explanation,
      declared: formData.get("declaration") === "yes",
      now: new Date(),
    });
  } catch (error) {
    // A double click that lost the race: the other post made the case; show it.
    const moved =
      error instanceof DomainError && error.code === "STALE"
        ? await db.application.findFirst({
            where: { id: applicationId, applicantUserId: actor.id, status: { not: "DRAFT" } },
            select: { id: true },
          })
        : null;
    if (!moved) {
      const details = error instanceof DomainError && error.details.length ? `&details=${error.details.join(",")}` : "";
      // What was typed in the explanation box goes back into it.
      const typed = parsed.data.explanation ? `&explanation=${encodeURIComponent(parsed.data.explanation.slice(0, MAX_EXPLANATION))}` : "";
      outcome = `${failure(error, "submitApplicationAction")}${details}${typed}`;
    }
  }
  revalidatePath("/me");
  revalidatePath(`/apply/${applicationId}`);
  redirect(outcome ? `${back}?${outcome}` : `/apply/${applicationId}/done`);
}
