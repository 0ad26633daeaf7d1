import { getDb } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { assessmentOverview, type CountyAssessment } from "@/lib/stats/assessment";
import { detailRows, summaryTable, totalText } from "@/lib/stats/assessment-tables";
import { barChartSvg } from "@/lib/stats/chart-svg";
import { round2 } from "@/lib/stats/formulas";
import { Card } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { ChartFigure } from "@/components/kpi/chart-figure";
import { KpiTable } from "@/components/kpi/kpi-table";
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
  const summary = summaryTable({ t, year, counties });
  const score = (v: number | null) => (v === null ? 0 : round2(v));
  const scoreChart = {
    label: t("kpi.assessment.chart", { year }),
    categories: counties.map((c) => c.unit.name),
    stacked: true,
    height: 360,
    series: [
      { name: t("kpi.assessment.part1Short"), data: counties.map((c) => score(c.result.rateIncrease.score)) },
      { name: t("kpi.assessment.part2Short"), data: counties.map((c) => score(c.result.settlements.score)) },
      { name: t("kpi.assessment.part3Short"), data: counties.map((c) => score(c.result.relocation.score)) },
    ],
  };

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

      <Card title={summary.title}>
        <ChartFigure
          caption={t("kpi.assessment.chart", { year })}
          note={t("kpi.tableBeside")}
          svg={barChartSvg(scoreChart)}
          narrowSvg={barChartSvg({ ...scoreChart, width: 360, height: 360 })}
        />
        <div className="mt-4">
          <KpiTable
            table={summary}
            csvHref={`/supervision/kpi/assessment/export?year=${year}`}
            csvLabel={t("kpi.csv", { name: summary.title })}
          />
        </div>
      </Card>

      <section aria-labelledby="details-title" className="space-y-3">
        <h2 id="details-title" className="text-lg font-semibold">
          {t("kpi.assessment.detailsTitle")}
        </h2>
        {counties.map((c) => {
          const caption = t("kpi.assessment.details", { name: c.unit.name });
          return (
            <details key={c.unit.id} className="rounded-lg border border-stone-200 bg-white p-4" data-county={c.unit.code}>
              <summary className="cursor-pointer font-medium">
                {c.unit.name}：{totalText(t, c)}
              </summary>
              <div className="mt-3 space-y-2">
                <Table caption={caption} head={[t("kpi.assessment.item"), t("kpi.assessment.value"), t("kpi.assessment.from")]}>
                  {detailRows(t, c).map((row, i) => (
                    <tr key={i}>
                      <Td>{row.item}</Td>
                      <Td className="tabular-nums">{row.value}</Td>
                      <Td>{row.from}</Td>
                    </tr>
                  ))}
                </Table>
                {c.source ? <p className="text-sm text-stone-600">{t("kpi.assessment.enteredSource", { source: c.source })}</p> : null}
              </div>
            </details>
          );
        })}
      </section>
    </div>
  );
}
