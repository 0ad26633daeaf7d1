import type { Translate } from "@/lib/i18n";
import { Badge } from "@/components/ui/card";

interface DocumentView {
  id: string;
  kind: string;
  fileName: string;
  review: "PENDING" | "ACCEPTED" | "PROBLEM";
  reviewNote: string | null;
  requestId: string | null;
}

/**
 * The files of the case, each with the officer's mark; a problem shows its note. Once the case is closed a
 * file nobody marked is no longer waiting for anything: it reads 随案归档 (filed with the case), not 待审核.
 */
export function CaseDocuments({
  documents,
  closed,
  itemLabel,
  t,
}: {
  documents: DocumentView[];
  closed: boolean;
  itemLabel: (doc: { kind: string; requestId: string | null }) => string;
  t: Translate;
}) {
  if (documents.length === 0) return <p className="text-stone-600">{t("me.case.noDocuments")}</p>;
  return (
    <ul className="divide-y divide-stone-100" data-testid="documents">
      {documents.map((d) => (
        <li key={d.id} className="py-2">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <span className="font-medium">{itemLabel(d)}</span>
            <Badge tone={d.review === "PROBLEM" ? "warn" : d.review === "ACCEPTED" ? "ok" : "muted"}>
              {closed && d.review === "PENDING" ? t("care.review.closed") : t(`me.case.review.${d.review}`)}
            </Badge>
          </div>
          <a
            href={`/documents/${d.id}`}
            className="break-all text-sm text-brand-700 underline"
            aria-label={t("me.case.viewLabel", { name: d.fileName })}
          >
            {d.fileName}
          </a>
          {d.review === "PROBLEM" && d.reviewNote ? (
            <p className="text-sm text-red-800">{t("me.case.reviewNote", { note: d.reviewNote })}</p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
