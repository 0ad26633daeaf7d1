// The answer to a materials request, read from the post: only the open request's items (each `file-<key>`,
// several files per item), their names in the reader's language, and a MISSING_DOCUMENTS refusal item by item.
import "server-only";
import { revalidatePath } from "next/cache";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import type { Translate } from "@/lib/i18n";
import { getLocale } from "@/lib/i18n/server";
import { failureText, type Failure } from "@/lib/actions/pipeline";
import { storeEach } from "@/lib/actions/uploads";
import type { FormOutcome, FormProblem } from "@/lib/actions/form-outcome";
import { openRequestItems } from "@/lib/applications/answer-materials";
import { getDb } from "@/lib/db";
import { answerRaw, answerSchema, casePath, onOwnCase } from "./steps";
import { freeTextPosition, keyedRequestItems } from "@/lib/applications/request-items";
import { isChosenFile } from "@/lib/applications/documents";
import { checklistItem } from "@/lib/applications/checklist";

type Answered = { field: string; key: string; file: File };

/** Every file chosen for an item of the request (an input may carry several); an untouched input's empty part is no file. */
export function answerFiles(formData: FormData, items: unknown): Answered[] {
  return keyedRequestItems(items).flatMap(({ key }) =>
    formData
      .getAll(`file-${key}`)
      .filter(isChosenFile)
      .map((file) => ({ field: `file-${key}`, key, file })),
  );
}

/** An item of the request by its name: the checklist's, or the clerk's own words for a free-text one. */
export function requestLabels(raw: unknown, t: Translate, locale: string): (key: string) => string {
  const items = keyedRequestItems(raw);
  return (key) => {
    const it = items.find((i) => i.key === key);
    if (!it || it.item === null)
      return it?.note ? `${t("me.materials.otherItem")}（${it.note.slice(0, 40)}）` : t("me.materials.otherItem");
    const def = checklistItem(it.item);
    return def ? (locale === "en" ? def.labelEn : def.labelZh) : it.item;
  };
}

// The file name the applicant chose is shown back to them in the form, never in a URL.
export function fileProblem(r: { one: Answered; failure: Failure }, label: (key: string) => string, t: Translate): FormProblem {
  const problem = failureText(t, r.failure);
  return {
    field: r.one.field,
    text: t("me.errors.fileProblemNamed", { item: label(r.one.key), file: r.one.file.name.slice(0, 120), problem }),
  };
}

/** A refused answer's missing items, each beside its file field; null for any other refusal. */
export function missingItems(error: unknown, label: (key: string) => string, t: Translate): FormProblem[] | null {
  if (!(error instanceof DomainError && error.code === "MISSING_DOCUMENTS")) return null;
  return error.details.map((key) => ({
    field: `file-${key}`,
    text:
      freeTextPosition(key) !== null
        ? t("me.errors.otherUnanswered", { item: label(key) })
        : t("me.errors.missingItem", { item: label(key) }),
  }));
}

type Store = (o: { actor: Actor; applicationId: string; item: string; fileName: string; bytes: Uint8Array }) => Promise<{ id: string }>;
type Answer = (o: { actor: Actor; applicationId: string; expectedVersion: number; note: string }) => Promise<unknown>;

/**
 * Uploads the files given for the requested items (several per item, `store`), then answers the request
 * (`answer`) — every problem listed at once. Only the open request's items are read from the form: nothing
 * else can be attached.
 */
export async function answerRequest(formData: FormData, domain: { store: Store; answer: Answer }): Promise<FormOutcome> {
  const raw = answerRaw(formData);
  const values = { note: raw.note };
  const refused = (issues: readonly { path: PropertyKey[] }[], t: Translate) => [
    { field: "answer-note", text: t(issues.some((i) => i.path[0] === "note") ? "me.errors.noteTooLong" : "errors.VALIDATION") },
  ];
  const o = { context: "answerMaterialsAction", permission: "answer:application:own", also: "create:application:own" } as const;
  return onOwnCase(
    { ...o, field: "answer-note", schema: answerSchema, raw, values, refused },
    async (actor, { applicationId, ...i }, t) => {
      const items = await openRequestItems({ db: getDb(), actor, applicationId });
      if (items === null) return { errors: [{ field: "answer-note", text: t("errors.INVALID_STATE") }], values };
      const label = requestLabels(items, t, await getLocale());
      const files = answerFiles(formData, items);
      const { stored, refused, stopped } = await storeEach(files, { context: "answerMaterialsAction.upload" }, ({ key, file }, bytes) =>
        domain.store({ actor, applicationId, item: key, fileName: file.name, bytes }),
      );
      if (stopped) return { errors: [{ field: files[stored.length + refused.length].field, text: failureText(t, stopped) }], values };
      // Files kept before a refusal show as uploaded when the form comes back.
      if (stored.length > 0) revalidatePath(casePath(applicationId));
      if (refused.length > 0) return { errors: refused.map((r) => fileProblem(r, label, t)), values };
      try {
        await domain.answer({ actor, applicationId, expectedVersion: i.version, note: i.note });
      } catch (error) {
        const missing = missingItems(error, label, t);
        if (missing) return { errors: missing, values };
        throw error;
      }
      return { revalidate: ["/me"], to: `${casePath(applicationId)}?done=answered` };
    },
  );
}
