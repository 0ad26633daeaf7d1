// The county assessment's parts: the score chart with its table, and one folded detail per county.
import type { Translate } from "@/lib/i18n";
import type { CountyAssessment } from "@/lib/stats/assessment";
import { detailRows, summaryTable, totalText } from "@/lib/stats/assessment-tables";
import { barChartSvg } from "@/lib/stats/chart-svg";
import { round2 } from "@/lib/stats/formulas";
import { Card } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { ChartFigure } from "./chart-figure";
import { KpiTable } from "./kpi-table";

type Props = { t: Translate; year: number; counties: CountyAssessment[] };

const score = (v: number | null) => (v === null ? 0 : round2(v));

export function AssessmentScoreCard({ t, year, counties }: Props) {
  const summary = summaryTable({ t, year, counties });
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
  );
}

export function CountyDetails({ t, county: c }: { t: Translate; county: CountyAssessment }) {
  const caption = t("kpi.assessment.details", { name: c.unit.name });
  return (
    <details className="rounded-lg border border-stone-200 bg-white p-4" data-county={c.unit.code}>
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
}
