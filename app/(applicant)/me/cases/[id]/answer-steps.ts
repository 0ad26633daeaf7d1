// The answer to a materials request, read from the post: only the open request's items (each `file-<key>`,
// several files per item), their names in the reader's language, and a MISSING_DOCUMENTS refusal item by item.
import "server-only";
import { DomainError } from "@/lib/errors";
import type { Translate } from "@/lib/i18n";
import { failureText, type Failure } from "@/lib/actions/pipeline";
import type { FormProblem } from "@/lib/actions/form-outcome";
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
      return it?.note ? `${t("mycase.materials.otherItem")}（${it.note.slice(0, 40)}）` : t("mycase.materials.otherItem");
    const def = checklistItem(it.item);
    return def ? (locale === "en" ? def.labelEn : def.labelZh) : it.item;
  };
}

// The file name the applicant chose is shown back to them in the form, never in a URL.
export function fileProblem(r: { one: Answered; failure: Failure }, label: (key: string) => string, t: Translate): FormProblem {
  const problem = failureText(t, r.failure);
  return {
    field: r.one.field,
    text: t("mycase.errors.fileProblemNamed", { item: label(r.one.key), file: r.one.file.name.slice(0, 120), problem }),
  };
}

/** A refused answer's missing items, each beside its file field; null for any other refusal. */
export function missingItems(error: unknown, label: (key: string) => string, t: Translate): FormProblem[] | null {
  if (!(error instanceof DomainError && error.code === "MISSING_DOCUMENTS")) return null;
  return error.details.map((key) => ({
    field: `file-${key}`,
    text:
      freeTextPosition(key) !== null
        ? t("mycase.errors.otherUnanswered", { item: label(key) })
        : t("mycase.errors.missingItem", { item: label(key) }),
  }));
}
