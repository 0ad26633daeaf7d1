"use server";
// The case page's actions, through the one pipeline (lib/actions/pipeline.ts and ./steps.ts). Refusals come
// back as form state: every problem at once, what was typed kept; done, the case page says so.
import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { getLocale } from "@/lib/i18n/server";
import { storeEach } from "@/lib/actions/uploads";
import { failureText } from "@/lib/actions/pipeline";
import type { FormOutcome } from "@/lib/actions/form-outcome";
import { withdrawApplication } from "@/lib/applications/withdraw-application";
import { ALREADY_RATED, rateApplication } from "@/lib/applications/rate-application";
import { answerMaterials, openRequestItems } from "@/lib/applications/answer-materials";
import { addDocument } from "@/lib/applications/documents";
import { throttleUpload } from "@/lib/applications/upload-throttle";
import { answerFiles, fileProblem, missingItems, requestLabels } from "./answer-steps";
import { answerRaw, answerSchema, casePath, fieldOrValidation, onOwnCase, rateRaw, rateSchema, ratingProblems } from "./steps";
import { withdrawRaw, withdrawSchema } from "./steps";

export async function withdrawAction(_state: FormOutcome, formData: FormData): Promise<FormOutcome> {
  const raw = withdrawRaw(formData);
  const o = {
    context: "withdrawAction",
    permission: "withdraw:application:own",
    field: "reason",
    refused: fieldOrValidation("reason"),
  } as const;
  return onOwnCase({ ...o, schema: withdrawSchema, raw, values: { reason: raw.reason } }, async (actor, i) => {
    await withdrawApplication({ db: getDb(), actor, applicationId: i.applicationId, expectedVersion: i.version, reason: i.reason });
    return { revalidate: ["/me"], to: `${casePath(i.applicationId)}?done=withdrawn` };
  });
}

export async function rateAction(_state: FormOutcome, formData: FormData): Promise<FormOutcome> {
  const raw = rateRaw(formData);
  const o = { context: "rateAction", permission: "rate:application:own", field: "score-1", refused: ratingProblems } as const;
  const known = (error: unknown, t: (k: "mycase.rating.alreadyRated") => string) =>
    error instanceof DomainError && error.details.includes(ALREADY_RATED)
      ? [{ field: "score-1", text: t("mycase.rating.alreadyRated") }]
      : null;
  return onOwnCase({ ...o, schema: rateSchema, raw, values: { score: raw.score, comment: raw.comment }, known }, async (actor, i) => {
    await rateApplication({ db: getDb(), actor, applicationId: i.applicationId, score: i.score, comment: i.comment });
    return { revalidate: [casePath(i.applicationId)], to: `${casePath(i.applicationId)}?done=rated` };
  });
}

/**
 * Uploads the files given for the requested items (several per item), then answers the request — every
 * problem listed at once. Only the open request's items are read from the form: nothing else can be attached.
 */
export async function answerMaterialsAction(_state: FormOutcome, formData: FormData): Promise<FormOutcome> {
  const raw = answerRaw(formData);
  const values = { note: raw.note };
  const refused = (issues: readonly { path: PropertyKey[] }[], t: (k: "mycase.errors.noteTooLong" | "errors.VALIDATION") => string) => [
    { field: "answer-note", text: t(issues.some((i) => i.path[0] === "note") ? "mycase.errors.noteTooLong" : "errors.VALIDATION") },
  ];
  const o = { context: "answerMaterialsAction", permission: "answer:application:own", also: "create:application:own" } as const;
  return onOwnCase(
    { ...o, field: "answer-note", schema: answerSchema, raw, values, refused },
    async (actor, { applicationId, ...i }, t) => {
      const db = getDb();
      const items = await openRequestItems({ db, actor, applicationId });
      if (items === null) return { errors: [{ field: "answer-note", text: t("errors.INVALID_STATE") }], values };
      const label = requestLabels(items, t, await getLocale());
      const files = answerFiles(formData, items);
      const o = { context: "answerMaterialsAction.upload" };
      const { stored, refused, stopped } = await storeEach(files, o, ({ key, file }, bytes) =>
        addDocument({ db, actor, applicationId, item: key, fileName: file.name, bytes, throttle: throttleUpload }),
      );
      if (stopped) return { errors: [{ field: files[stored.length + refused.length].field, text: failureText(t, stopped) }], values };
      // Files kept before a refusal show as uploaded when the form comes back.
      if (stored.length > 0) revalidatePath(casePath(applicationId));
      if (refused.length > 0) return { errors: refused.map((r) => fileProblem(r, label, t)), values };
      try {
        await answerMaterials({ db, actor, applicationId, expectedVersion: i.version, note: i.note });
      } catch (error) {
        const missing = missingItems(error, label, t);
        if (missing) return { errors: missing, values };
        throw error;
      }
      return { revalidate: ["/me"], to: `${casePath(applicationId)}?done=answered` };
    },
  );
}
