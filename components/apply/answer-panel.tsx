// The engine's live answer beside the task list: the self-check's own answer view, so the resident reads
// the same words in both places. While a question the engine needs is unanswered, no verdict is shown —
// only what is still to answer (an unanswered hukou is not "no hukou").
import Link from "next/link";
import type { Locale, Translate } from "@/lib/i18n";
import type { FormAnswer } from "@/lib/applications/application-form";
import { AnswerView, issueText } from "@/components/check/answer-view";
import { fieldId } from "@/components/forms/error-summary";

export function AnswerPanel({
  asked,
  t,
  locale,
  title,
  applicationId,
}: {
  asked: FormAnswer | null;
  t: Translate;
  locale: Locale;
  title?: string;
  applicationId?: string;
}) {
  let body: React.ReactNode;
  if (!asked) body = <p className="text-stone-700">{t("apply.tasks.noConditions")}</p>;
  else if (asked.unanswered.length) {
    body = (
      <div data-testid="still-to-answer">
        <p className="mb-2 text-stone-800">{t("apply.tasks.stillToAnswer", { n: asked.unanswered.length })}</p>
        <ul className="list-disc space-y-1 pl-5">
          {asked.unanswered.map((q) => {
            const text = `${t(`apply.section.${q.section}`)} · ${q.member ? `${t("apply.section.member", { n: q.member })} · ` : ""}${t(q.label)}`;
            return (
              <li key={q.name}>
                {applicationId ? (
                  <Link
                    href={`/apply/${applicationId}/${q.section}#${fieldId(q.name)}`}
                    className="text-blue-800 underline underline-offset-2"
                  >
                    {text}
                  </Link>
                ) : (
                  text
                )}
              </li>
            );
          })}
        </ul>
      </div>
    );
  } else if (asked.answer.status === 400) {
    const issues = asked.answer.json.error.issues;
    body = (
      <div data-testid="answers-to-fix">
        <p className="mb-2 text-stone-800">{t("apply.tasks.answersToFix", { n: issues.length })}</p>
        <ul className="list-disc space-y-1 pl-5">
          {issues.map((i, k) => (
            <li key={k}>{issueText(i, t)}</li>
          ))}
        </ul>
      </div>
    );
  } else {
    body = (
      <>
        <p className="mb-3 text-sm text-stone-600">{t("apply.tasks.answerNote")}</p>
        <AnswerView answer={asked.answer} t={t} locale={locale} />
      </>
    );
  }
  return (
    <section aria-labelledby="answer-title" className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm" data-testid="live-answer">
      <h2 id="answer-title" className="mb-1 text-lg font-semibold">
        {title ?? t("apply.tasks.answerTitle")}
      </h2>
      {body}
    </section>
  );
}
