import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { requirePagePermission } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { isDomainErrorCode } from "@/lib/errors";
import { todayInChina } from "@/lib/policy";
import { draftState, readOwnApplication } from "@/lib/applications/draft-state";
import { checklistItem } from "@/lib/applications/checklist";
import { Badge } from "@/components/ui/card";
import { heldText } from "@/components/apply/held-record";
import { formatDate } from "@/lib/format";
import { removeDocumentAction, uploadDocumentAction } from "../../actions";
import { chinaMidnight } from "@/lib/clock/day";
import { localized } from "@/lib/i18n/localized";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export const generateMetadata = pageMetadata("apply.section.documents");

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export default async function DocumentsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ uploaded?: string; refused?: string; removed?: string; error?: string; id?: string }>;
}) {
  const { id } = await params;
  const actor = await requirePagePermission("create:application:own", `/apply/${id}/documents`);
  const [{ t, locale }, query] = await Promise.all([getT(), searchParams]);
  const app = await readOwnApplication({ db: getDb(), actor, applicationId: id });
  if (!app) notFound();
  if (app.status !== "DRAFT") redirect(`/apply/${id}/done`);
  const state = draftState({ app, today: todayInChina({ now: new Date() }) });
  const formatDay = (iso: string) => formatDate(chinaMidnight(iso), locale);
  const itemName = (id: string) => {
    const def = checklistItem(id);
    return def ? localized(locale, def.labelZh, def.labelEn) : null;
  };
  // Named from the database: only this draft's own documents, by the ids the upload returned (never text from the URL).
  const uploadedIds = new Set((query.uploaded ?? "").split(",").slice(0, 20));
  const uploaded = app.documents.filter((d) => uploadedIds.has(d.id));
  // Each refused file as "<item>.<CODE>": both checked against the catalogue before anything is shown.
  const refusedFiles = (query.refused ?? "")
    .split(",")
    .slice(0, 20)
    .flatMap((entry) => {
      const [item, code] = entry.split(".");
      const name = item ? itemName(item) : null;
      return name && isDomainErrorCode(code)
        ? [{ key: entry, text: t("apply.docs.refusedItem", { item: name, problem: t(`errors.${code}`) }) }]
        : [];
    });
  const refusal = query.error
    ? query.error === "NO_FILE"
      ? t("apply.docs.noFile")
      : query.error === "TOO_MANY_FILES"
        ? t("apply.docs.tooMany", { n: 20 })
        : isDomainErrorCode(query.error)
          ? t(`errors.${query.error}`)
          : `${t("common.genericError")} ${t("common.errorId", { id: query.id ?? "—" })}`
    : null;
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/apply/${app.id}`} className="text-blue-800 underline underline-offset-2">
          ← {t("apply.section.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("apply.section.documents")}</h1>
      <p className="max-w-3xl text-stone-700">{t("apply.docs.intro")}</p>
      {uploaded.length ? (
        <div role="status" className="rounded border border-green-200 bg-green-50 p-3 text-green-900" data-testid="upload-done">
          <p>{t("apply.docs.uploadedOk", { n: uploaded.length })}</p>
          <ul className="mt-1 list-disc pl-5">
            {uploaded.map((d) => (
              <li key={d.id} className="break-all">
                {t("apply.docs.uploadedFile", { file: d.fileName, item: itemName(d.kind) ?? d.kind })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {query.removed ? (
        <p role="status" className="rounded border border-green-200 bg-green-50 p-3 text-green-900">
          {t("apply.docs.removedOk")}
        </p>
      ) : null}
      {refusal ? (
        <p role="alert" className="rounded border border-red-200 bg-red-50 p-3 text-red-900" data-testid="upload-error">
          {t("apply.docs.refused")} {refusal}
        </p>
      ) : null}
      {refusedFiles.length ? (
        <div role="alert" className="rounded border border-red-200 bg-red-50 p-3 text-red-900" data-testid="upload-error">
          <p>{t("apply.docs.refusedFiles", { n: refusedFiles.length })}</p>
          <ul className="mt-1 list-disc pl-5">
            {refusedFiles.map((r, i) => (
              <li key={`${r.key}-${i}`}>{r.text}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {/* The one upload form: every file input and every 上传 button below belongs to it (form="upload-form"),
          so files chosen under several items are all sent by whichever button is pressed. */}
      <form id="upload-form" action={uploadDocumentAction}>
        <input type="hidden" name="applicationId" value={app.id} />
      </form>
      <p
        className={`rounded p-3 font-medium ${state.missing.length ? "bg-amber-50 text-amber-900 ring-1 ring-amber-300" : "bg-green-50 text-green-900 ring-1 ring-green-200"}`}
      >
        {state.missing.length ? t("apply.docs.stillMissing", { n: state.missing.length }) : t("apply.docs.allThere")}
      </p>
      <ul className="space-y-4">
        {state.checklist.map((item) => {
          const files = app.documents.filter((d) => d.kind === item.id);
          const inputId = `file-${item.id}`;
          if (item.held) {
            // The portal issued or holds it (电子证照): shown as fetched, never asked for.
            return (
              <li
                key={item.id}
                id={`item-${item.id}`}
                className="rounded-lg border border-green-200 bg-green-50/40 p-4 shadow-sm"
                data-testid={`item-${item.id}`}
              >
                <div className="flex flex-wrap items-center gap-2">
                  <h2 className="text-lg font-semibold">{localized(locale, item.labelZh, item.labelEn)}</h2>
                  <Badge tone="ok">{t("held.badge")}</Badge>
                </div>
                <p className="mt-1" data-testid={`held-${item.id}`}>
                  {heldText(item.held, t, formatDay)}
                </p>
                <p className="mt-1 text-sm text-stone-600">{t("held.noUpload")}</p>
              </li>
            );
          }
          return (
            <li
              key={item.id}
              id={`item-${item.id}`}
              className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm"
              data-testid={`item-${item.id}`}
            >
              <div className="flex flex-wrap items-center gap-2">
                <h2 className="text-lg font-semibold">{localized(locale, item.labelZh, item.labelEn)}</h2>
                <Badge tone={item.required ? "default" : "muted"}>
                  {item.required ? t("apply.docs.required") : t("apply.docs.optional")}
                </Badge>
                <Badge tone={files.length ? "ok" : item.required ? "warn" : "muted"}>
                  {files.length ? t("apply.docs.uploaded") : t("apply.docs.missing")}
                </Badge>
              </div>
              {item.citation ? (
                <p className="mt-1 text-sm text-stone-600">
                  {t("apply.docs.citation", { citation: `${item.citation.document} ${item.citation.clause}` })}
                </p>
              ) : null}
              {files.length ? (
                <ul className="mt-2 divide-y divide-stone-100">
                  {files.map((f) => (
                    <li key={f.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                      <a href={`/documents/${f.id}`} className="break-all text-blue-800 underline underline-offset-2">
                        {f.fileName}
                      </a>
                      <span className="text-sm text-stone-600">{size(f.sizeBytes)}</span>
                      <form action={removeDocumentAction}>
                        <input type="hidden" name="applicationId" value={app.id} />
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
              ) : null}
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
                <button
                  type="submit"
                  form="upload-form"
                  className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
                >
                  {t("apply.docs.upload")}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <p>
        <Link
          href={`/apply/${app.id}`}
          className="inline-block rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
        >
          {t("apply.section.back")}
        </Link>
      </p>
    </div>
  );
}
