// The facts a decision rests on, in words, grouped by the task-list sections the resident filled;
// "未填写" where the resident gave no answer (lib/applications/facts-in-words.ts).
import type { Locale, Translate } from "@/lib/i18n";
import type { FactAnswer, FactsInWords } from "@/lib/applications/facts-in-words";
import { optionLabel } from "@/components/apply/input-field";

function answerText(answer: FactAnswer, t: Translate, locale: Locale): string {
  switch (answer.type) {
    case "unanswered":
      return t("factsView.unanswered");
    case "yes":
      return t("factsView.yes");
    case "no":
      return t("factsView.no");
    case "months":
      return t("factsView.months", { n: answer.months });
    case "option":
      return optionLabel(answer.def, answer.option, t, locale);
    case "text":
      return answer.text;
    case "year":
      return t("authz.bornIn", { year: answer.year });
    case "withheld":
      return t("authz.withheld");
  }
}

export function FactsView({ facts, t, locale }: { facts: FactsInWords; t: Translate; locale: Locale }) {
  return (
    <div className="space-y-3 text-sm" data-testid="facts-view">
      <p className="text-stone-700">{facts.asTyped ? t("factsView.intro") : t("factsView.notKept")}</p>
      {facts.groups.map((g) => {
        const title = g.member
          ? `${t("apply.section.family")} · ${t("factsView.member", { n: g.member })}`
          : t(`apply.section.${g.section}`);
        return (
          <section
            key={`${g.section}-${g.member ?? 0}`}
            aria-label={title}
            data-testid={`facts-${g.section}${g.member ? `-${g.member}` : ""}`}
          >
            <h4 className="font-semibold">{title}</h4>
            {g.rows.length === 0 ? <p className="text-stone-700">{t("factsView.noFamily")}</p> : null}
            <dl className="mt-1 grid grid-cols-1 gap-x-3 sm:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
              {g.rows.map((r) => (
                <div key={r.name} className="contents">
                  <dt className="text-stone-700">{t(r.def.label)}</dt>
                  <dd className={`mb-1 break-words ${r.answer.type === "unanswered" ? "text-amber-800" : "font-medium"}`}>
                    {answerText(r.answer, t, locale)}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
    </div>
  );
}
