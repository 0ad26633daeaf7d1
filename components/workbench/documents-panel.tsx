// The documents inline (images as <img>, PDFs as <object> with a link fallback) from /documents/<id>,
// each under its checklist label, with the clerk's mark and a plain form to change it; then the
// checklist, with what is still missing and what the portal fetched from its own records (已调取).
import type { CaseView } from "@/lib/applications/case-view";
import type { Translate } from "@/lib/i18n";
import { Badge } from "@/components/ui/card";
import { heldText } from "@/components/apply/held-record";
import { formatDate } from "@/lib/format";
import { StatusIcon } from "@/components/ui/status-icon";
import { chinaMidnight } from "@/lib/clock/day";
import { localized } from "@/lib/i18n/localized";

type Doc = CaseView["documents"][number];

export function DocumentsPanel(props: {
  view: CaseView;
  t: Translate;
  locale: string;
  canReview: boolean;
  reviewAction: (formData: FormData) => Promise<void>;
}) {
  const { view, t, locale } = props;
  // A closed case's unmarked file is filed with the case, no longer 待审核.
  const closed = view.app.status === "APPROVED" || view.app.status === "REJECTED" || view.app.status === "WITHDRAWN";
  const label = (d: Doc) =>
    d.item
      ? locale === "en"
        ? d.item.labelEn
        : d.item.labelZh
      : d.otherNote !== null
        ? d.otherNote
          ? t("workbench.otherItemDoc", { note: d.otherNote })
          : t("workbench.otherItem")
        : d.kind;
  return (
    <div className="space-y-4">
      {view.documents.length === 0 ? <p className="text-sm text-stone-600">{t("workbench.noDocuments")}</p> : null}
      {!view.filesOpen && view.documents.length > 0 ? (
        <p className="text-sm text-stone-700" data-testid="no-files">
          {t("authz.supervisorNoFiles")}
        </p>
      ) : null}
      <ul className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        {view.documents.map((d) => (
          <li key={d.id} className="min-w-0 rounded border border-stone-200 p-3" data-testid={`document-${d.kind}`}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h3 className="font-semibold">{label(d)}</h3>
              <Badge tone={d.review === "ACCEPTED" ? "ok" : d.review === "PROBLEM" ? "warn" : "muted"}>
                {closed && d.review === "PENDING" ? t("care.review.closed") : t(`workbench.review.${d.review}`)}
              </Badge>
            </div>
            <p className="break-all text-xs text-stone-600">{d.fileName}</p>
            {view.filesOpen ? <DocumentFile doc={d} label={label(d)} t={t} /> : null}
            {d.review === "PROBLEM" && d.reviewNote ? <p className="mt-1 text-sm text-red-800">{d.reviewNote}</p> : null}
            {props.canReview ? <ReviewForm doc={d} applicationId={view.app.id} action={props.reviewAction} t={t} /> : null}
          </li>
        ))}
      </ul>
      <Checklist view={view} t={t} locale={locale} />
    </div>
  );
}

/** The file inline (an image as <img>, a PDF as <object> with a link fallback), then a link to open it. */
function DocumentFile({ doc: d, label, t }: { doc: Doc; label: string; t: Translate }) {
  return (
    <>
      <div className="mt-2 overflow-hidden rounded bg-stone-50">
        {d.mediaType.startsWith("image/") ? (
          // eslint-disable-next-line @next/next/no-img-element -- the bytes come from our own scoped route
          <img
            src={`/documents/${d.id}?view=inline`}
            alt={`${label}：${d.fileName}`}
            className="max-h-96 w-full object-contain"
            loading="lazy"
          />
        ) : (
          <object
            data={`/documents/${d.id}?view=inline`}
            type="application/pdf"
            className="h-96 w-full"
            aria-label={`${label}：${d.fileName}`}
          >
            <a href={`/documents/${d.id}`} target="_blank" rel="noopener" className="text-brand-700 underline">
              {t("workbench.openFile", { name: d.fileName })}
            </a>
          </object>
        )}
      </div>
      <a href={`/documents/${d.id}`} target="_blank" rel="noopener" className="mt-1 inline-block text-xs text-brand-700 underline">
        {t("workbench.openFile", { name: d.fileName })}
      </a>
    </>
  );
}

/** The two marks a clerk gives a document, each a submit button of the review form. */
const REVIEW_BUTTONS = [
  {
    value: "ACCEPTED",
    icon: "check",
    label: "workbench.markAccepted",
    className: "rounded border border-green-800 px-3 py-1 text-sm text-green-900 hover:bg-green-50",
  },
  {
    value: "PROBLEM",
    icon: "cross",
    label: "workbench.markProblem",
    className: "rounded border border-red-800 px-3 py-1 text-sm text-red-900 hover:bg-red-50",
  },
] as const;

/** The clerk's mark on one document: a note and accept / problem, a plain form. */
function ReviewForm({
  doc: d,
  applicationId,
  action,
  t,
}: {
  doc: Doc;
  applicationId: string;
  action: (formData: FormData) => Promise<void>;
  t: Translate;
}) {
  return (
    <form action={action} className="mt-2 flex flex-wrap items-end gap-2">
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="documentId" value={d.id} />
      <input type="hidden" name="expected" value={d.review} />
      <label className="min-w-0 flex-1 text-xs">
        {t("workbench.problemNote")}
        <input
          name="note"
          defaultValue={d.reviewNote ?? ""}
          className="mt-0.5 block w-full rounded border border-stone-400 px-2 py-1 text-sm"
        />
      </label>
      {REVIEW_BUTTONS.map((b) => (
        <button key={b.value} type="submit" name="review" value={b.value} className={b.className}>
          <StatusIcon name={b.icon} /> {t(b.label)}
        </button>
      ))}
    </form>
  );
}

/** The checklist: what is uploaded, what is still missing, and what the portal fetched itself (已调取). */
function Checklist({ view, t, locale }: { view: CaseView; t: Translate; locale: string }) {
  const uploaded = new Set(view.documents.map((d) => d.kind));
  const formatDay = (iso: string) => formatDate(chinaMidnight(iso), locale);
  return (
    <div>
      <h3 className="font-semibold">{t("workbench.checklistTitle")}</h3>
      <ul className="mt-1 space-y-1 text-sm">
        {view.checklist.map((item) =>
          item.held ? (
            // The portal's own record stands in for the document: what was fetched, the ID number masked.
            <li key={item.id} className="flex flex-wrap items-center gap-2" data-testid={`held-${item.id}`}>
              <span>✓</span>
              <span>{localized(locale, item.labelZh, item.labelEn)}</span>
              <Badge tone="ok">{t("held.badge")}</Badge>
              <span className="text-xs text-stone-700">{heldText(item.held, t, formatDay)}</span>
            </li>
          ) : (
            <li key={item.id} className="flex flex-wrap items-center gap-2">
              <StatusIcon name={uploaded.has(item.id) ? "check" : "circle"} />
              <span>{localized(locale, item.labelZh, item.labelEn)}</span>
              <Badge tone="muted">{item.required ? t("workbench.required") : t("workbench.optional")}</Badge>
              {uploaded.has(item.id) ? (
                <span className="text-xs text-stone-600">{t("workbench.uploaded")}</span>
              ) : (
                <Badge tone={item.required ? "warn" : "muted"}>{t("workbench.missing")}</Badge>
              )}
              {item.citation ? (
                <span className="text-xs text-stone-600">
                  {item.citation.document} {item.citation.clause}
                </span>
              ) : null}
            </li>
          ),
        )}
      </ul>
    </div>
  );
}
