// The KPI page's cards, one per section: each draws its chart and the table beside it from the loaded KPI data.
import type { Translate } from "@/lib/i18n";
import { progressText, targetPeriod, type KpiData } from "@/lib/stats/kpi-tables";
import { barChartSvg, gaugeSvg, lineChartSvg } from "@/lib/stats/chart-svg";
import { round2 } from "@/lib/stats/formulas";
import { Card, Stat } from "@/components/ui/card";
import { ChartFigure } from "@/components/kpi/chart-figure";
import { KpiTable } from "@/components/kpi/kpi-table";

type CardProps = { t: Translate; data: KpiData; csv: (table: string) => string };

const csvLabel = (t: Translate, title: string) => t("kpi.csv", { name: title });
const pct = (value: number | null) => (value === null ? null : round2(value));

export function RatesCard({ t, data, csv }: CardProps) {
  const { rates, tables } = data;
  const trendChart = {
    label: tables.trend.title,
    categories: rates.trend.map((p) => String(p.year)),
    unit: "%",
    series: [
      { name: t("kpi.rates.hukouRate"), data: rates.trend.map((p) => pct(p.hukouRate)) },
      { name: t("kpi.rates.residentRate"), data: rates.trend.map((p) => pct(p.residentRate)) },
    ],
  };
  return (
    <Card title={t("kpi.rates.title")}>
      <p className="mb-3 text-sm text-stone-600">{t("kpi.rates.note")}</p>
      <div className="mb-4 grid grid-cols-2 gap-3 md:grid-cols-4">
        <Stat label={`${t("kpi.rates.onDay", { date: rates.onDay.on })} · ${t("kpi.rates.urban")}`} value={rates.onDay.population.urban} />
        <Stat label={`${t("kpi.rates.onDay", { date: rates.onDay.on })} · ${t("kpi.rates.total")}`} value={rates.onDay.population.total} />
        <Stat label={t("kpi.rates.hukouRate")} value={rates.onDay.rate === null ? "—" : `${round2(rates.onDay.rate)}%`} />
        <Stat
          label={t("kpi.rates.sinceYearEnd", { date: rates.onDay.sinceYearEnd })}
          value={rates.onDay.change === null ? "—" : round2(rates.onDay.change)}
        />
      </div>
      <ChartFigure
        caption={tables.trend.title}
        note={t("kpi.tableBeside")}
        svg={lineChartSvg(trendChart)}
        narrowSvg={lineChartSvg({ ...trendChart, width: 360 })}
      />
      <div className="mt-4">
        <KpiTable table={tables.trend} csvHref={csv("trend")} csvLabel={csvLabel(t, tables.trend.title)} />
      </div>
    </Card>
  );
}

export function UnitsCard({ t, data, csv, year }: CardProps & { year: number }) {
  const { rates, tables } = data;
  const unitsChart = {
    label: tables.units.title,
    categories: rates.byUnit.map((u) => u.unit.name),
    unit: "%",
    series: [
      { name: t("kpi.rates.ratePrev", { year: year - 1 }), data: rates.byUnit.map((u) => pct(u.ratePrev)) },
      { name: t("kpi.rates.rateNow", { year }), data: rates.byUnit.map((u) => pct(u.rate)) },
    ],
  };
  return (
    <Card title={tables.units.title}>
      {rates.byUnit.length === 0 ? (
        <p className="text-stone-600">{t("kpi.rates.noChildren")}</p>
      ) : (
        <>
          <ChartFigure
            caption={tables.units.title}
            note={t("kpi.tableBeside")}
            svg={barChartSvg(unitsChart)}
            narrowSvg={barChartSvg({ ...unitsChart, width: 360, height: 360 })}
          />
          <div className="mt-4">
            <KpiTable table={tables.units} csvHref={csv("units")} csvLabel={csvLabel(t, tables.units.title)} />
          </div>
        </>
      )}
    </Card>
  );
}

export function TargetsCard({ t, data, csv }: CardProps) {
  const { targets, tables } = data;
  const gauges = targets.filter((row) => row.progress.percent !== null);
  const noQuota = targets.filter((row) => row.progress.reason === "NO_QUOTA");
  return (
    <Card title={t("kpi.targets.title")}>
      <p className="mb-3 text-sm text-stone-600">{t("kpi.targets.actualNote")}</p>
      {noQuota.map((row) => (
        <p key={row.id} className="mb-3 rounded border border-amber-300 bg-amber-50 p-3 text-amber-950">
          <strong>{t("kpi.targets.noQuota")}</strong> — {row.unitName}，{row.sourceDocument} {row.sourceClause}
          {row.note ? `：“${row.note}”` : ""}
        </p>
      ))}
      {gauges.length > 0 ? (
        <div className="mb-4 grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {gauges.map((row) => {
            const label = t("kpi.targets.gauge", {
              metric: t(`kpi.targets.metric.${row.metric}`),
              period: targetPeriod(row),
              actual: String(round2(row.actual ?? 0)),
              target: String(row.value),
            });
            return (
              <ChartFigure
                key={row.id}
                caption={`${row.unitName} · ${label} · ${progressText(t, row)}`}
                svg={gaugeSvg({ label, value: Math.min(round2(row.progress.percent!), 100), max: 100, unit: "%" })}
              />
            );
          })}
        </div>
      ) : null}
      <KpiTable
        table={tables.targets}
        csvHref={csv("targets")}
        csvLabel={csvLabel(t, tables.targets.title)}
        empty={t("kpi.targets.none")}
      />
    </Card>
  );
}

export function SettlementsCard({ t, data, csv }: CardProps) {
  const { activity, tables } = data;
  const settlementsChart = {
    label: tables.settlements.title,
    categories: activity.months.map((m) => m.month.slice(5)),
    stacked: true,
    series: (["AGRI_TRANSFER", "OTHER_RESIDENT"] as const).map((c) => ({
      name: t(`kpi.settlements.category.${c}`),
      data: activity.months.map((m) => m.counts[c]),
    })),
  };
  return (
    <Card title={tables.settlements.title}>
      <p className="mb-3 text-sm text-stone-600">{t("kpi.settlements.note")}</p>
      <ChartFigure
        caption={tables.settlements.title}
        note={t("kpi.tableBeside")}
        svg={barChartSvg(settlementsChart)}
        narrowSvg={barChartSvg({ ...settlementsChart, width: 360 })}
      />
      <div className="mt-4 space-y-4">
        <KpiTable table={tables.settlements} csvHref={csv("settlements")} csvLabel={csvLabel(t, tables.settlements.title)} />
        <h3 className="font-semibold">{tables.pathways.title}</h3>
        <KpiTable
          table={tables.pathways}
          csvHref={csv("pathways")}
          csvLabel={csvLabel(t, tables.pathways.title)}
          empty={t("kpi.settlements.none")}
        />
        <h3 className="font-semibold">{tables.stations.title}</h3>
        <KpiTable
          table={tables.stations}
          csvHref={csv("stations")}
          csvLabel={csvLabel(t, tables.stations.title)}
          empty={t("kpi.settlements.none")}
        />
      </div>
    </Card>
  );
}

export function PermitsCard({ t, data, csv }: CardProps) {
  const { activity, tables } = data;
  return (
    <Card title={tables.permits.title}>
      <div className="mb-4 grid grid-cols-2 gap-3 md:grid-cols-4">
        <Stat label={t("kpi.permits.issued")} value={activity.permits.issued} />
        <Stat label={t("kpi.permits.endorsedOnTime")} value={activity.permits.endorsedOnTime} />
        <Stat
          label={t("kpi.permits.endorsedLate")}
          value={activity.permits.endorsedLate}
          tone={activity.permits.endorsedLate ? "warn" : "default"}
        />
        <Stat
          label={t("kpi.permits.suspendedNow")}
          value={activity.permits.suspendedNow}
          tone={activity.permits.suspendedNow ? "warn" : "default"}
        />
      </div>
      <KpiTable table={tables.permits} csvHref={csv("permits")} csvLabel={csvLabel(t, tables.permits.title)} />
    </Card>
  );
}
