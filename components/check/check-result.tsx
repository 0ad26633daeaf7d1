import Link from "next/link";
import type { Locale, Translate } from "@/lib/i18n";
import { AnswerView } from "./answer-view";

type Answer = Parameters<typeof AnswerView>[0]["answer"];

/** The answer beside the form (sticky on a wide screen), or an invitation before the first answer. */
export function CheckResult({
  asked,
  answer,
  nextSteps,
  comparing,
  compareHref,
  t,
  locale,
}: {
  asked: boolean;
  answer: Answer;
  nextSteps: React.ReactNode;
  comparing: boolean;
  compareHref: string;
  t: Translate;
  locale: Locale;
}) {
  return (
    <section aria-labelledby="result-title" aria-live="polite" className="space-y-4 lg:sticky lg:top-4 lg:self-start">
      <h2 id="result-title" className="scroll-mt-4 text-lg font-semibold">
        {t("check.resultTitle")}
      </h2>
      {asked ? (
        <>
          <AnswerView answer={answer} t={t} locale={locale} nextSteps={nextSteps} />
          <p>
            <Link href={compareHref} scroll={false} className="text-blue-800 underline">
              {comparing ? t("check.hideCompare") : t("check.compareLink")}
            </Link>
          </p>
        </>
      ) : (
        <p className="rounded border border-dashed border-stone-300 bg-white p-4 text-stone-700" data-testid="not-asked">
          {t("check.notAskedYet")}
        </p>
      )}
    </section>
  );
}
