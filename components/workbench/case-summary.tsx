// The case at a glance (station, target, address, dates, assignee, decision, certificates) and the
// engine's card (its answers side by side, the applicant's explanation, the facts in words).
import type { CaseView } from "@/lib/applications/case-view";
import type { FactsInWords } from "@/lib/applications/facts-in-words";
import type { Locale, Translate } from "@/lib/i18n";
import { chinaDate } from "@/lib/clock";
import { formatDateTime, staffName } from "@/lib/format";
import { Card } from "@/components/ui/card";
import { EngineComparisonView } from "./engine-comparison";
import { FactsView } from "./facts-view";

type Props = { view: CaseView; t: Translate; locale: Locale };

export function CaseSummary({ view, t, locale }: Props) {
  const { app } = view;
  return (
    <Card>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="text-stone-600">{t("workbench.station")}</dt>
        <dd>{app.station.name}</dd>
        <dt className="text-stone-600">{t("workbench.target")}</dt>
        <dd>
          {app.targetJurisdiction.name}
          {app.targetUnit ? ` · ${app.targetUnit.name}` : ""} · {t(`area.${app.targetArea}`)}
        </dd>
        <dt className="text-stone-600">{t("workbench.address")}</dt>
        <dd>{app.address ?? "—"}</dd>
        <dt className="text-stone-600">{t("workbench.submittedAt")}</dt>
        <dd>{formatDateTime(app.submittedAt, locale)}</dd>
        <dt className="text-stone-600">{t("workbench.assignee")}</dt>
        <dd>{app.assignee ? staffName({ user: app.assignee, t }) : t("workbench.none")}</dd>
        {app.decisionReason ? (
          <>
            <dt className="text-stone-600">{t("workbench.decision")}</dt>
            <dd data-testid="decision">
              {app.decisionReason}
              {app.decisionClause ? `（${t("workbench.decisionClause", { clause: app.decisionClause })}）` : ""}
            </dd>
          </>
        ) : null}
        {app.certificates.length > 0 ? (
          <>
            <dt className="text-stone-600">{t("workbench.certificates")}</dt>
            <dd>
              <CertificateLinks view={view} t={t} />
            </dd>
          </>
        ) : null}
      </dl>
    </Card>
  );
}

function CertificateLinks({ view, t }: { view: CaseView; t: Translate }) {
  return view.app.certificates.map((c) => (
    <span key={c.id} className="mr-3 inline-block">
      {t(`certificate.kind.${c.kind}`)}{" "}
      <a href={`/certificates/${c.id}`} className="text-brand-700 underline">
        {t("workbench.certificateDownload")}
      </a>{" "}
      <span className="font-mono text-xs text-stone-600">{c.code}</span>{" "}
      <a href={`/verify/${encodeURIComponent(c.code)}`} className="text-sm text-blue-800 underline" data-testid="verify-link">
        {t("care.verify.certificateLink")}
      </a>
    </span>
  ));
}

export function EngineCard({ view, t, locale, facts }: Props & { facts: FactsInWords }) {
  const { app } = view;
  return (
    <Card title={t("workbench.engineTitle")}>
      <EngineComparisonView
        comparison={view.comparison}
        t={t}
        locale={locale}
        submittedOn={app.submittedAt ? chinaDate(app.submittedAt) : "—"}
        today={view.today}
      />
      {app.explanation ? (
        <div className="mt-3 rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          <h3 className="font-semibold">{t("workbench.explanation")}</h3>
          <p className="whitespace-pre-wrap">{app.explanation}</p>
        </div>
      ) : null}
      <details className="mt-3" open>
        <summary className="cursor-pointer text-sm font-medium">{t("workbench.factsTitle")}</summary>
        <div className="mt-2">
          <FactsView facts={facts} t={t} locale={locale} />
        </div>
      </details>
    </Card>
  );
}
