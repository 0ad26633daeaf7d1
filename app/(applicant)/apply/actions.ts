"use server";
// The task list's server actions, through the one pipeline (lib/actions/pipeline.ts); the domain calls
// check the permission again and write their audit rows in their transactions. Every refusal redirects to
// a page that says what happened, so the forms work without JavaScript.
import { z } from "zod";
import { getDb } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { allTextFields, redirectAction } from "@/lib/actions/pipeline";
import { decodeFactsParam, todayInChina } from "@/lib/policy";
import { startApplication } from "@/lib/applications/start-application";
import { saveSection } from "@/lib/applications/save-section";
import { submitApplication, submittedMeanwhile } from "@/lib/applications/submit-application";
import { addDocument } from "@/lib/applications/documents";
import { throttleUpload } from "@/lib/applications/upload-throttle";
import { removeDocument } from "@/lib/applications/remove-document";
import { editFamilyRows } from "@/lib/applications/application-sections";
import { KIND_BY_SLUG } from "./kinds";
import { casePage, own, postedId, saveSchema, startFields, startSchema, submitRefused, submitSchema, uploadChosen } from "./steps";

export async function startApplicationAction(formData: FormData): Promise<void> {
  const { fields, back } = startFields(formData);
  let id = "";
  await redirectAction({
    ...{ context: "startApplicationAction", back, schema: startSchema, raw: fields, invalid: `${back}&error=VALIDATION`, ...own },
    run: async (actor, i) => {
      const now = new Date();
      const facts = i.facts ? decodeFactsParam({ param: i.facts, today: todayInChina({ now }) }) : null;
      ({ id } = await startApplication({
        ...{ db: getDb(), actor, kind: KIND_BY_SLUG[i.kind], jurisdiction: i.jurisdiction, unitCode: i.unit, stationCode: i.station },
        ...{ permitId: i.permitId, prefill: facts?.ok ? facts.request : null, createKey: i.createKey, now },
      }));
      return "";
    },
    revalidate: ["/apply"],
    to: (query, ok, _i, failure) => (ok ? `/apply/${id}` : `${back}&${query}${failure?.details[0] ? `&field=${failure.details[0]}` : ""}`),
  });
}

export async function saveSectionAction(formData: FormData): Promise<void> {
  const applicationId = postedId(formData);
  const raw = {
    applicationId,
    section: formData.get("section"),
    version: formData.get("version"),
    intent: formData.get("intent") || undefined,
  };
  await redirectAction({
    ...{ context: "saveSectionAction", back: casePage(applicationId), schema: saveSchema, raw, invalid: "/apply?error=VALIDATION", ...own },
    run: async (actor, { section, version, intent }) => {
      const values = section === "family" && intent ? editFamilyRows(allTextFields(formData), intent) : allTextFields(formData);
      const today = todayInChina({ now: new Date() });
      const saved = await saveSection({ db: getDb(), actor, applicationId, section, expectedVersion: version, values, today });
      return saved.errors.length ? "errors=1" : "";
    },
    revalidate: [`/apply/${applicationId}`],
    to: (query, ok, { section, intent }, failure) => {
      const page = `/apply/${applicationId}/${section}`;
      if (failure) return failure.code === "NOT_FOUND" || failure.code === "INVALID_STATE" ? `/apply/${applicationId}` : `${page}?${query}`;
      if (intent) return `${page}${intent === "add" ? "#add-member" : ""}`;
      return query ? `${page}?${query}` : `/apply/${applicationId}?saved=${section}`;
    },
  });
}

/**
 * One form for the whole documents page: every file chosen under any item (several per item) is stored,
 * whichever 上传 was pressed. The page is told the stored documents by id (it names them from the database)
 * and each refused file by its item and the reason — never by text of the applicant's own (decision record 0247).
 */
export async function uploadDocumentAction(formData: FormData): Promise<void> {
  await uploadChosen(formData, (actor, applicationId, { item, file }, bytes) =>
    addDocument({ db: getDb(), actor, applicationId, item, fileName: file.name, bytes, throttle: throttleUpload }),
  );
}

export async function removeDocumentAction(formData: FormData): Promise<void> {
  const back = casePage(postedId(formData), "/documents");
  await redirectAction({
    ...{
      context: "removeDocumentAction",
      back,
      schema: z.object({ documentId: z.uuid() }),
      raw: { documentId: formData.get("documentId") },
    },
    ...{ invalid: `${back}?error=VALIDATION`, ...own, revalidate: [back], to: (query: string) => `${back}?${query}` },
    run: async (actor, { documentId }) => (await removeDocument({ db: getDb(), actor, documentId }), "removed=1"),
  });
}

export async function submitApplicationAction(formData: FormData): Promise<void> {
  const applicationId = postedId(formData);
  const back = casePage(applicationId, "/check");
  const raw = { applicationId, version: formData.get("version"), explanation: formData.get("explanation") ?? undefined };
  await redirectAction({
    ...{ context: "submitApplicationAction", back, schema: submitSchema, raw, invalid: `${back}?error=VALIDATION`, ...own },
    run: async (actor, { version, explanation }) => {
      const db = getDb();
      const declared = formData.get("declaration") === "yes";
      await submitApplication({ db, actor, applicationId, expectedVersion: version, explanation, declared, now: new Date() }).catch(
        async (error: unknown) => {
          // A double click that lost the race: the other post made the case; show it.
          const stale = error instanceof DomainError && error.code === "STALE";
          if (!stale || !(await submittedMeanwhile({ db, actor, applicationId }))) throw error;
        },
      );
      return "";
    },
    revalidate: ["/me", `/apply/${applicationId}`],
    to: (query, ok, { explanation }, failure) =>
      ok ? `/apply/${applicationId}/done` : submitRefused({ back, query, explanation, failure }),
  });
}
