"use server";
// Order (README house rule 4): session → parse → permission → domain call (audit in its transaction) →
// revalidate/redirect. Refusals come back as form state: every problem at once, what was typed kept.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { can, type Permission } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { DomainError, logUnexpected } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n";
import { withdrawApplication, WITHDRAW_REASON_MAX } from "@/lib/applications/withdraw-application";
import { ALREADY_RATED, rateApplication, RATING_COMMENT_MAX } from "@/lib/applications/rate-application";
import { answerMaterials, ANSWER_NOTE_MAX } from "@/lib/applications/answer-materials";
import { freeTextPosition, keyedRequestItems } from "@/lib/applications/request-items";
import { addDocument, isChosenFile } from "@/lib/applications/documents";
import { throttleUpload } from "@/lib/applications/upload-throttle";
import { checklistItem } from "@/lib/applications/checklist";
import { applicationScope } from "@/lib/auth/scope";
import type { FieldError, FormState } from "@/components/mycase/form-state";
import { isUuid } from "@/lib/security/uuid";
import { localized } from "@/lib/i18n/localized";

const caseRef = { applicationId: z.uuid(), version: z.coerce.number().int().min(1) };

function casePath(id: string) {
  return `/me/cases/${id}`;
}

/** Session and permission; a signed-out post goes to sign-in and back to the case. */
async function actorFor(permission: Permission, applicationId: unknown) {
  const actor = await getActor();
  const back = isUuid(applicationId) ? casePath(applicationId) : "/me";
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(back)}`);
  return { actor, allowed: can(actor, permission) };
}

function domainState(t: Translate, error: unknown, context: string, values: Record<string, string>, field: string): FormState {
  if (error instanceof DomainError) return { errors: [{ field, message: t(`errors.${error.code}`) }], values };
  const id = logUnexpected(error, context);
  return { errors: [{ field, message: `${t("common.genericError")} ${t("common.errorId", { id })}` }], values };
}

export async function withdrawAction(_state: FormState, formData: FormData): Promise<FormState> {
  const raw = {
    applicationId: formData.get("applicationId"),
    version: formData.get("version"),
    reason: String(formData.get("reason") ?? ""),
  };
  const { actor, allowed } = await actorFor("withdraw:application:own", raw.applicationId);
  const { t } = await getT();
  const values = { reason: raw.reason };
  const parsed = z.object({ ...caseRef, reason: z.string().trim().min(1).max(WITHDRAW_REASON_MAX) }).safeParse(raw);
  if (!parsed.success) {
    const ref = parsed.error.issues.some((i) => i.path[0] !== "reason");
    if (ref) return { errors: [{ field: "reason", message: t("errors.VALIDATION") }], values };
    return {
      errors: [{ field: "reason", message: raw.reason.trim() ? t("me.withdraw.tooLong") : t("me.withdraw.required") }],
      values,
    };
  }
  if (!allowed) return { errors: [{ field: "reason", message: t("errors.FORBIDDEN") }], values };
  try {
    await withdrawApplication({
      db: getDb(),
      actor,
      applicationId: parsed.data.applicationId,
      expectedVersion: parsed.data.version,
      reason: parsed.data.reason,
    });
  } catch (error) {
    return domainState(t, error, "withdrawAction", values, "reason");
  }
  revalidatePath("/me");
  redirect(`${casePath(parsed.data.applicationId)}?done=withdrawn`);
}

export async function rateAction(_state: FormState, formData: FormData): Promise<FormState> {
  const raw = {
    applicationId: formData.get("applicationId"),
    score: String(formData.get("score") ?? ""),
    comment: String(formData.get("comment") ?? ""),
  };
  const { actor, allowed } = await actorFor("rate:application:own", raw.applicationId);
  const { t } = await getT();
  const values = { score: raw.score, comment: raw.comment };
  const parsed = z
    .object({ applicationId: z.uuid(), score: z.coerce.number().int().min(1).max(5), comment: z.string().trim().max(RATING_COMMENT_MAX) })
    .safeParse(raw);
  if (!parsed.success) {
    const errors: FieldError[] = [];
    const paths = new Set(parsed.error.issues.map((i) => i.path[0]));
    if (paths.has("score") || !raw.score) errors.push({ field: "score-1", message: t("me.rating.scoreRequired") });
    if (paths.has("comment")) errors.push({ field: "comment", message: t("me.rating.commentTooLong") });
    if (paths.has("applicationId")) errors.push({ field: "score-1", message: t("errors.VALIDATION") });
    return { errors, values };
  }
  if (!allowed) return { errors: [{ field: "score-1", message: t("errors.FORBIDDEN") }], values };
  try {
    await rateApplication({
      db: getDb(),
      actor,
      applicationId: parsed.data.applicationId,
      score: parsed.data.score,
      comment: parsed.data.comment,
    });
  } catch (error) {
    if (error instanceof DomainError && error.details.includes(ALREADY_RATED))
      return { errors: [{ field: "score-1", message: t("me.rating.alreadyRated") }], values };
    return domainState(t, error, "rateAction", values, "score-1");
  }
  revalidatePath(casePath(parsed.data.applicationId));
  redirect(`${casePath(parsed.data.applicationId)}?done=rated`);
}

/** Every file chosen for an item (an input may carry several); an untouched input's empty part is no file. */
function postedFiles(formData: FormData, field: string): File[] {
  return formData.getAll(field).filter(isChosenFile);
}

/**
 * Uploads the files given for the requested items (several per item), then answers the request — every
 * problem listed at once. Only the open request's items are read from the form: nothing else can be attached.
 */
export async function answerMaterialsAction(_state: FormState, formData: FormData): Promise<FormState> {
  const raw = { applicationId: formData.get("applicationId"), version: formData.get("version"), note: String(formData.get("note") ?? "") };
  const { actor, allowed } = await actorFor("answer:application:own", raw.applicationId);
  const { t, locale } = await getT();
  const values = { note: raw.note };
  const parsed = z.object({ ...caseRef, note: z.string().trim().max(ANSWER_NOTE_MAX) }).safeParse(raw);
  if (!parsed.success) {
    const noteTooLong = parsed.error.issues.some((i) => i.path[0] === "note");
    return { errors: [{ field: "answer-note", message: noteTooLong ? t("me.errors.noteTooLong") : t("errors.VALIDATION") }], values };
  }
  if (!allowed || !can(actor, "create:application:own"))
    return { errors: [{ field: "answer-note", message: t("errors.FORBIDDEN") }], values };
  const db = getDb();
  const { applicationId, version } = parsed.data;
  const request = await db.materialsRequest.findFirst({
    where: { applicationId, answeredAt: null, application: applicationScope(actor) },
    orderBy: { requestedAt: "desc" },
    select: { items: true },
  });
  if (!request) return { errors: [{ field: "answer-note", message: t("errors.INVALID_STATE") }], values };
  const items = keyedRequestItems(request.items);
  const label = (key: string) => {
    const it = items.find((i) => i.key === key);
    if (!it || it.item === null)
      return it?.note ? `${t("me.materials.otherItem")}（${it.note.slice(0, 40)}）` : t("me.materials.otherItem");
    const def = checklistItem(it.item);
    return def ? localized(locale, def.labelZh, def.labelEn) : it.item;
  };
  const errors: FieldError[] = [];
  let stored = 0;
  for (const it of items) {
    const field = `file-${it.key}`;
    for (const file of postedFiles(formData, field)) {
      try {
        await addDocument({
          db,
          actor,
          applicationId,
          item: it.key,
          fileName: file.name,
          bytes: new Uint8Array(await file.arrayBuffer()),
          throttle: throttleUpload,
        });
        stored++;
      } catch (error) {
        if (!(error instanceof DomainError)) return domainState(t, error, "answerMaterialsAction.upload", values, field);
        // The file name the applicant chose is shown back to them in the form, never in a URL.
        errors.push({
          field,
          message: t("me.errors.fileProblemNamed", {
            item: label(it.key),
            file: file.name.slice(0, 120),
            problem: t(`errors.${error.code}`),
          }),
        });
      }
    }
  }
  // Files kept before a refusal show as uploaded when the form comes back.
  if (stored > 0) revalidatePath(casePath(applicationId));
  if (errors.length > 0) return { errors, values };
  try {
    await answerMaterials({ db, actor, applicationId, expectedVersion: version, note: parsed.data.note });
  } catch (error) {
    if (error instanceof DomainError && error.code === "MISSING_DOCUMENTS") {
      return {
        errors: error.details.map((key) => ({
          field: `file-${key}`,
          message:
            freeTextPosition(key) !== null
              ? t("me.errors.otherUnanswered", { item: label(key) })
              : t("me.errors.missingItem", { item: label(key) }),
        })),
        values,
      };
    }
    return domainState(t, error, "answerMaterialsAction", values, "answer-note");
  }
  revalidatePath("/me");
  redirect(`${casePath(applicationId)}?done=answered`);
}
