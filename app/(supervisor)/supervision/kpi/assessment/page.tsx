import { getDb } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { assessmentOverview, type CountyAssessment } from "@/lib/stats/assessment";
import { Card } from "@/components/ui/card";
import { AssessmentScoreCard, CountyDetails } from "@/components/kpi/assessment-cards";
import { KpiChooser } from "@/components/kpi/kpi-chooser";
import { KpiNav, statsNavItems } from "@/components/kpi/kpi-nav";
import { requireStatsPage } from "../params";
import { assessmentYear } from "./year";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export const generateMetadata = pageMetadata("kpi.nav.assessment");

export const dynamic = "force-dynamic";

export default async function AssessmentPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireStatsPage("/supervision/kpi/assessment");
  const { t } = await getT();
  const db = getDb();
  const { year, years } = await assessmentYear({ db, search: await searchParams });
  const nav = (applies: boolean) => (
    <KpiNav
      label={t("kpi.nav.label")}
      current="assessment"
      items={statsNavItems({ t, queue: can(actor, "read:stats:jurisdiction"), assessment: applies })}
    />
  );
  let counties: CountyAssessment[];
  try {
    ({ counties } = await assessmentOverview({ db, actor, year }));
  } catch (error) {
    if (!(error instanceof DomainError && error.code === "NOT_FOUND")) throw error;
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t("kpi.nav.assessment")}</h1>
        {nav(false)}
        <p className="text-stone-700">{t("kpi.assessment.notApplicable")}</p>
      </div>
    );
  }

  return (
    <div className="min-w-0 space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t("kpi.assessment.title", { year })}</h1>
        {nav(true)}
        <p className="text-stone-700">{t("kpi.assessment.intro")}</p>
      </div>
      <KpiChooser t={t} action="/supervision/kpi/assessment" years={years} year={year} />

      <Card title={t("kpi.assessment.formulaTitle")}>
        <ol className="list-decimal space-y-2 pl-5 text-stone-800">
          <li>{t("kpi.assessment.part1")}</li>
          <li>{t("kpi.assessment.part2")}</li>
          <li>{t("kpi.assessment.part3")}</li>
        </ol>
        <p className="mt-3 text-sm text-stone-600">{t("kpi.assessment.rateDef")}</p>
      </Card>

      <AssessmentScoreCard t={t} year={year} counties={counties} />

      <section aria-labelledby="details-title" className="space-y-3">
        <h2 id="details-title" className="text-lg font-semibold">
          {t("kpi.assessment.detailsTitle")}
        </h2>
        {counties.map((c) => (
          <CountyDetails key={c.unit.id} t={t} county={c} />
        ))}
      </section>
    </div>
  );
}
