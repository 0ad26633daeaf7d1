"use server";
// The task list's server actions, through the one pipeline (lib/actions/pipeline.ts, ./steps.ts); the domain
// calls check the permission again and write their audit rows in their transactions. Every refusal redirects
// to a page that says what happened, so the forms work without JavaScript.
import { getDb } from "@/lib/db";
import { redirectAction } from "@/lib/actions/pipeline";
import { todayInChina } from "@/lib/policy";
import { startApplication } from "@/lib/applications/start-application";
import { saveSection } from "@/lib/applications/save-section";
import { submitApplication } from "@/lib/applications/submit-application";
import { addDocument } from "@/lib/applications/documents";
import { throttleUpload } from "@/lib/applications/upload-throttle";
import { removeDocument } from "@/lib/applications/remove-document";
import { removeSpec, saveSpec, sectionValues, startInput, startSpec, submitSpec, unlessSubmittedMeanwhile, uploadChosen } from "./steps";

export async function startApplicationAction(formData: FormData): Promise<void> {
  await redirectAction({
    ...startSpec(formData),
    run: async (actor, i) => (await startApplication({ db: getDb(), actor, ...startInput(i, new Date()) })).id,
  });
}

export async function saveSectionAction(formData: FormData): Promise<void> {
  await redirectAction({
    ...saveSpec(formData),
    run: async (actor, { applicationId, section, version, intent }) => {
      const values = sectionValues(formData, section, intent);
      const today = todayInChina({ now: new Date() });
      const saved = await saveSection({ db: getDb(), actor, applicationId, section, expectedVersion: version, values, today });
      return saved.errors.length ? "errors=1" : "";
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
  await redirectAction({
    ...removeSpec(formData),
    run: async (actor, { documentId }) => {
      await removeDocument({ db: getDb(), actor, documentId });
      return "removed=1";
    },
  });
}

export async function submitApplicationAction(formData: FormData): Promise<void> {
  await redirectAction({
    ...submitSpec(formData),
    run: async (actor, { applicationId, version, explanation }) => {
      const db = getDb();
      const declared = formData.get("declaration") === "yes";
      await submitApplication({ db, actor, applicationId, expectedVersion: version, explanation, declared, now: new Date() }).catch(
        (error: unknown) => unlessSubmittedMeanwhile(error, { db, actor, applicationId }),
      );
      return "";
    },
  });
}
