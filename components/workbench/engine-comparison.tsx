// The engine's answer at submission beside today's, with what changed; every clause links to the
// policy library's pathway (/policies/<jurisdiction>#<pathway id>).
import type { EligibilityResponse } from "@/lib/policy";
import type { EngineComparison, AnswerChange } from "@/lib/applications/engine-compare";
import type { Translate } from "@/lib/i18n";
import { Mark } from "@/components/ui/status-icon";
import { localized } from "@/lib/i18n/localized";

function Answer({
  answer,
  title,
  t,
  locale,
  which,
}: {
  answer: EligibilityResponse | null;
  title: string;
  t: Translate;
  locale: string;
  which: string;
}) {
  return (
    <div className="min-w-0 rounded border border-stone-200 p-3" data-testid={`answer-${which}`}>
      <h3 className="font-semibold">{title}</h3>
      {!answer ? (
        <p className="text-sm text-stone-600">—</p>
      ) : (
        <>
          <p
            className={`mt-1 inline-block rounded px-2 py-0.5 text-sm font-semibold ${answer.eligible ? "bg-green-50 text-green-900 ring-1 ring-green-300" : "bg-stone-100 text-stone-900 ring-1 ring-stone-300"}`}
          >
            <Mark ok={answer.eligible}>{answer.eligible ? t("workbench.eligible") : t("workbench.notEligible")}</Mark>
          </p>
          <p className="mt-1 text-xs text-stone-700">
            {t("workbench.policy")}：{answer.policy ? `《${answer.policy.title}》${answer.policy.documentNumber ?? ""}` : "—"}
          </p>
          <ul className="mt-2 space-y-2 text-sm">
            {answer.pathways.map((p) => (
              <li key={p.id} className="break-words">
                <span className={p.eligible ? "font-semibold text-green-800" : "text-stone-800"}>
                  <Mark ok={p.eligible}>{p.eligible ? t("workbench.met") : t("workbench.unmet")}</Mark>
                </span>{" "}
                <a href={`/policies/${answer.jurisdiction}#${p.id}`} className="text-brand-700 underline">
                  {p.citation.document} {p.citation.clause}
                </a>
                <div className="text-xs text-stone-700">{localized(locale, p.summary, p.summaryEn)}</div>
                {p.unmet.length > 0 ? (
                  <ul className="ml-4 list-disc text-xs text-stone-700">
                    {p.unmet.map((u, i) => (
                      <li key={i}>{localized(locale, u.messageZh, u.messageEn)}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function changeText(c: AnswerChange, t: Translate): string {
  const yesNo = (b: boolean | null) =>
    b === null ? t("workbench.notApplicable") : b ? t("workbench.eligible") : t("workbench.notEligible");
  switch (c.kind) {
    case "policy":
      return t("workbench.change.policy", { before: c.before ?? "—", after: c.after ?? "—" });
    case "asOf":
      return t("workbench.change.asOf", { before: c.before, after: c.after });
    case "eligible":
      return t("workbench.change.eligible", { before: yesNo(c.before), after: yesNo(c.after) });
    case "pathway":
      return t("workbench.change.pathway", { id: c.id, before: yesNo(c.before), after: yesNo(c.after) });
    case "member":
      return t("workbench.change.member", { index: c.index + 1, before: yesNo(c.before), after: yesNo(c.after) });
  }
}

export function EngineComparisonView({
  comparison,
  t,
  locale,
  submittedOn,
  today,
}: {
  comparison: EngineComparison;
  t: Translate;
  locale: string;
  submittedOn: string;
  today: string;
}) {
  if (!comparison.atSubmission && !comparison.today) return <p className="text-sm text-stone-700">{t("workbench.noAnswer")}</p>;
  const real = comparison.changes.filter((c) => c.kind !== "asOf");
  return (
    <div className="space-y-3">
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <Answer
          answer={comparison.atSubmission}
          title={t("workbench.atSubmission", { date: submittedOn })}
          t={t}
          locale={locale}
          which="submission"
        />
        <Answer answer={comparison.today} title={t("workbench.today", { date: today })} t={t} locale={locale} which="today" />
      </div>
      <div data-testid="answer-changes">
        <h3 className="font-semibold">{t("workbench.changesTitle")}</h3>
        {real.length === 0 ? (
          <p className="text-sm text-stone-700">{t("workbench.noChanges")}</p>
        ) : (
          <ul className="list-disc pl-5 text-sm">
            {comparison.changes.map((c, i) => (
              <li key={i}>{changeText(c, t)}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
