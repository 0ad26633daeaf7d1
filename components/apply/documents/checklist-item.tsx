import type { Locale, Translate } from "@/lib/i18n";
import { localized } from "@/lib/i18n/localized";
import type { draftState } from "@/lib/applications/draft-state";
import { Badge } from "@/components/ui/card";
import { heldText } from "../held-record";

type Item = ReturnType<typeof draftState>["checklist"][number];
type Doc = { id: string; fileName: string; sizeBytes: number };
type RemoveAction = (formData: FormData) => Promise<void>;

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The portal issued or holds it (电子证照): shown as fetched, never asked for. */
export function HeldItem({
  item,
  held,
  formatDay,
  t,
  locale,
}: {
  item: Item;
  held: NonNullable<Item["held"]>;
  formatDay: (iso: string) => string;
  t: Translate;
  locale: Locale;
}) {
  return (
    <li id={`item-${item.id}`} className="rounded-lg border border-green-200 bg-green-50/40 p-4 shadow-sm" data-testid={`item-${item.id}`}>
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="text-lg font-semibold">{localized(locale, item.labelZh, item.labelEn)}</h2>
        <Badge tone="ok">{t("held.badge")}</Badge>
      </div>
      <p className="mt-1" data-testid={`held-${item.id}`}>
        {heldText(held, t, formatDay)}
      </p>
      <p className="mt-1 text-sm text-stone-600">{t("held.noUpload")}</p>
    </li>
  );
}

/** An item to upload: its badges and citation, the files so far (each removable), and its file input. */
export function UploadItem({
  item,
  files,
  applicationId,
  removeAction,
  t,
  locale,
}: {
  item: Item;
  files: Doc[];
  applicationId: string;
  removeAction: RemoveAction;
  t: Translate;
  locale: Locale;
}) {
  const inputId = `file-${item.id}`;
  return (
    <li id={`item-${item.id}`} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm" data-testid={`item-${item.id}`}>
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="text-lg font-semibold">{localized(locale, item.labelZh, item.labelEn)}</h2>
        <Badge tone={item.required ? "default" : "muted"}>{item.required ? t("apply.docs.required") : t("apply.docs.optional")}</Badge>
        <Badge tone={files.length ? "ok" : item.required ? "warn" : "muted"}>
          {files.length ? t("apply.docs.uploaded") : t("apply.docs.missing")}
        </Badge>
      </div>
      {item.citation ? (
        <p className="mt-1 text-sm text-stone-600">
          {t("apply.docs.citation", { citation: `${item.citation.document} ${item.citation.clause}` })}
        </p>
      ) : null}
      {files.length ? <FileList files={files} applicationId={applicationId} removeAction={removeAction} t={t} /> : null}
      <div className="mt-3 flex flex-wrap items-end gap-3">
        <div className="flex min-w-0 max-w-full flex-col gap-1">
          <label htmlFor={inputId} className="text-sm font-medium">
            {t("apply.docs.files")}（{localized(locale, item.labelZh, item.labelEn)}）
          </label>
          <input
            id={inputId}
            name={inputId}
            form="upload-form"
            type="file"
            multiple
            accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
            className="max-w-full text-sm"
          />
        </div>
        <button type="submit" form="upload-form" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("apply.docs.upload")}
        </button>
      </div>
    </li>
  );
}

function FileList({
  files,
  applicationId,
  removeAction,
  t,
}: {
  files: Doc[];
  applicationId: string;
  removeAction: RemoveAction;
  t: Translate;
}) {
  return (
    <ul className="mt-2 divide-y divide-stone-100">
      {files.map((f) => (
        <li key={f.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <a href={`/documents/${f.id}`} className="break-all text-blue-800 underline underline-offset-2">
            {f.fileName}
          </a>
          <span className="text-sm text-stone-600">{size(f.sizeBytes)}</span>
          <form action={removeAction}>
            <input type="hidden" name="applicationId" value={applicationId} />
            <input type="hidden" name="documentId" value={f.id} />
            <button
              type="submit"
              aria-label={t("apply.docs.removeLabel", { file: f.fileName })}
              className="rounded border border-stone-500 px-3 py-1 text-sm hover:bg-stone-100"
            >
              {t("apply.docs.remove")}
            </button>
          </form>
        </li>
      ))}
    </ul>
  );
}
