import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { requirePagePermission } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { isDomainErrorCode } from "@/lib/errors";
import { todayInChina } from "@/lib/policy";
import { draftState, readOwnApplication } from "@/lib/applications/draft-state";
import { checklistItem } from "@/lib/applications/checklist";
import type { Translate } from "@/lib/i18n";
import { HeldItem, UploadItem } from "@/components/apply/documents/checklist-item";
import { UploadNotices } from "@/components/apply/documents/upload-notices";
import { formatDate } from "@/lib/format";
import { removeDocumentAction, uploadDocumentAction } from "../../actions";
import { chinaMidnight } from "@/lib/clock/day";
import { localized } from "@/lib/i18n/localized";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { ApplyPageHead } from "@/components/apply/page-head";

export const generateMetadata = pageMetadata("apply.section.documents");

type Query = { uploaded?: string; refused?: string; removed?: string; error?: string; id?: string };

/** Each refused file as "<item>.<CODE>": both checked against the catalogue before anything is shown. */
function refusedFilesOf(refused: string | undefined, itemName: (id: string) => string | null, t: Translate) {
  return (refused ?? "")
    .split(",")
    .slice(0, 20)
    .flatMap((entry) => {
      const [item, code] = entry.split(".");
      const name = item ? itemName(item) : null;
      return name && isDomainErrorCode(code)
        ? [{ key: entry, text: t("apply.docs.refusedItem", { item: name, problem: t(`errors.${code}`) }) }]
        : [];
    });
}

function refusalOf(query: Query, t: Translate): string | null {
  return query.error
    ? query.error === "NO_FILE"
      ? t("apply.docs.noFile")
      : query.error === "TOO_MANY_FILES"
        ? t("apply.docs.tooMany", { n: 20 })
        : isDomainErrorCode(query.error)
          ? t(`errors.${query.error}`)
          : `${t("common.genericError")} ${t("common.errorId", { id: query.id ?? "—" })}`
    : null;
}

export default async function DocumentsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Query> }) {
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
  const uploaded = app.documents
    .filter((d) => uploadedIds.has(d.id))
    .map((d) => ({ id: d.id, text: t("apply.docs.uploadedFile", { file: d.fileName, item: itemName(d.kind) ?? d.kind }) }));
  return (
    <div className="space-y-6">
      <ApplyPageHead applicationId={app.id} title={t("apply.section.documents")} t={t} />
      <p className="max-w-3xl text-stone-700">{t("apply.docs.intro")}</p>
      <UploadNotices
        uploaded={uploaded}
        removed={Boolean(query.removed)}
        refusal={refusalOf(query, t)}
        refusedFiles={refusedFilesOf(query.refused, itemName, t)}
        t={t}
      />
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
        {state.checklist.map((item) =>
          item.held ? (
            <HeldItem key={item.id} item={item} held={item.held} formatDay={formatDay} t={t} locale={locale} />
          ) : (
            <UploadItem
              key={item.id}
              item={item}
              files={app.documents.filter((d) => d.kind === item.id)}
              applicationId={app.id}
              removeAction={removeDocumentAction}
              t={t}
              locale={locale}
            />
          ),
        )}
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
