// The engine's live answer beside the task list: the self-check's own answer view, so the resident reads
// the same words in both places.
import type { Locale, Translate } from "@/lib/i18n";
import type { FormAnswer } from "@/lib/applications/application-form";
import { AnswerView } from "@/components/self-check/answer-view";

export function AnswerPanel({ asked, t, locale, title }: { asked: FormAnswer | null; t: Translate; locale: Locale; title?: string }) {
  return (
    <section aria-labelledby="answer-title" className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm" data-testid="live-answer">
      <h2 id="answer-title" className="mb-1 text-lg font-semibold">{title ?? t("apply.tasks.answerTitle")}</h2>
      {asked ? (
        <>
          <p className="mb-3 text-sm text-stone-600">{t("apply.tasks.answerNote")}</p>
          <AnswerView answer={asked.answer} t={t} locale={locale} listIssues />
        </>
      ) : (
        <p className="text-stone-700">{t("apply.tasks.noConditions")}</p>
      )}
    </section>
  );
}
