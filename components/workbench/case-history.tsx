// The case's history (who, when, from → to — or the act itself where the status stayed: 督办, 改派 — why,
// clause) and its 补正 requests.
import type { CaseView } from "@/lib/applications/case-view";
import type { Translate } from "@/lib/i18n";
import { formatDate, formatDateTime } from "@/lib/format";
import { checklistItem } from "@/lib/applications/checklist";
import { keyedRequestItems } from "@/lib/applications/request-items";
import { localized } from "@/lib/i18n/localized";

export function CaseHistory({ view, t, locale }: { view: CaseView; t: Translate; locale: string }) {
  const { app } = view;
  return (
    <div className="space-y-4">
      <ol className="space-y-2 border-l-2 border-stone-200 pl-4" data-testid="history">
        {app.caseEvents.map((e) => (
          <li key={e.id} className="text-sm">
            <div className="text-xs text-stone-600">
              {formatDateTime(e.createdAt, locale)} · {e.actor.displayName}
            </div>
            <div className="font-medium">
              {e.kind !== "STATUS"
                ? t(`ratings.eventKind.${e.kind}`)
                : e.fromStatus
                  ? t("workbench.eventLine", { from: t(`status.${e.fromStatus}`), to: t(`status.${e.toStatus}`) })
                  : t(`status.${e.toStatus}`)}
            </div>
            {e.reason ? <div className="break-words">{e.reason}</div> : null}
            {e.clause ? <div className="text-xs text-stone-700">{t("workbench.decisionClause", { clause: e.clause })}</div> : null}
          </li>
        ))}
      </ol>
      {app.materialsRequests.length > 0 ? (
        <div>
          <h3 className="font-semibold">{t("workbench.requestsTitle")}</h3>
          <ul className="mt-1 space-y-2 text-sm">
            {app.materialsRequests.map((r) => (
              <li key={r.id} className="rounded border border-stone-200 p-2">
                <div className="text-xs text-stone-600">
                  {t("workbench.requestedBy", { name: r.requestedBy.displayName, date: formatDateTime(r.requestedAt, locale) })}
                </div>
                <ul className="list-disc pl-5">
                  {keyedRequestItems(r.items).map((i) => {
                    const item = i.item ? checklistItem(i.item) : null;
                    const files = app.documents.filter((d) => d.requestId === r.id && d.kind === i.key);
                    return (
                      <li key={i.key} className="break-words">
                        {item ? localized(locale, item.labelZh, item.labelEn) : t("workbench.otherItem")}
                        {i.note ? "：" : null}
                        {i.note}
                        {files.length > 0 ? (
                          <span className="block text-xs">
                            {t("workbench.answerFiles")}{" "}
                            {files.map((f, k) => (
                              <span key={f.id}>
                                {k > 0 ? "、" : null}
                                <a
                                  href={`/documents/${f.id}`}
                                  target="_blank"
                                  rel="noopener"
                                  className="break-all text-brand-700 underline"
                                >
                                  {f.fileName}
                                </a>
                              </span>
                            ))}
                          </span>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
                {r.message ? <p className="mt-1">{r.message}</p> : null}
                {r.answerNote ? (
                  <p className="mt-1 break-words" data-testid="answer-note">
                    {t("workbench.answerNote", { note: r.answerNote })}
                  </p>
                ) : null}
                <p className="mt-1 text-xs">
                  {r.answeredAt ? t("workbench.answered", { date: formatDate(r.answeredAt, locale) }) : t("workbench.notAnswered")}
                </p>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
