import type { Locale, Translate } from "@/lib/i18n";
import type { OwnCase } from "@/lib/applications/own-case";
import { factsInWords } from "@/lib/applications/facts-in-words";
import { Card } from "@/components/ui/card";
import { EngineAnswer } from "@/components/me/case-facts";
import { FactsView } from "@/components/workbench/facts-view";

/** The facts as answered, and the engine's answer at submission. */
export function FactsCards({ app, t, locale }: { app: OwnCase; t: Translate; locale: Locale }) {
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card title={t("me.case.factsTitle")}>
        {/* The same facts-in-words the officer reads: what was answered, 未填写 for what was not (never "0 个月"). */}
        <FactsView
          facts={factsInWords({ kind: app.kind, policyCode: app.targetJurisdiction.policyCode, formData: app.formData, facts: app.facts })}
          t={t}
          locale={locale}
        />
        {app.explanation ? (
          <p className="mt-3">
            <span className="font-medium">
              {t("me.case.explanation")}
              {t("common.colon")}
            </span>
            {app.explanation}
          </p>
        ) : null}
      </Card>
      <Card title={t("me.case.engineTitle")}>
        <EngineAnswer snapshot={app.decisionSnapshot} t={t} locale={locale} />
      </Card>
    </div>
  );
}
