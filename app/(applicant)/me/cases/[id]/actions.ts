"use server";
// The case page's actions, through the one pipeline (lib/actions/pipeline.ts and ./steps.ts). Refusals come
// back as form state: every problem at once, what was typed kept; done, the case page says so.
import { getDb } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { FormOutcome } from "@/lib/actions/form-outcome";
import { withdrawApplication } from "@/lib/applications/withdraw-application";
import { ALREADY_RATED, rateApplication } from "@/lib/applications/rate-application";
import { answerMaterials } from "@/lib/applications/answer-materials";
import { addDocument } from "@/lib/applications/documents";
import { throttleUpload } from "@/lib/applications/upload-throttle";
import { answerRequest } from "./answer-steps";
import { casePath, fieldOrValidation, onOwnCase, rateRaw, rateSchema, ratingProblems, withdrawRaw, withdrawSchema } from "./steps";

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
  const known = (error: unknown, t: (k: "me.rating.alreadyRated") => string) =>
    error instanceof DomainError && error.details.includes(ALREADY_RATED)
      ? [{ field: "score-1", text: t("me.rating.alreadyRated") }]
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
  return answerRequest(formData, {
    store: (o) => addDocument({ db: getDb(), ...o, throttle: throttleUpload }),
    answer: (o) => answerMaterials({ db: getDb(), ...o }),
  });
}
