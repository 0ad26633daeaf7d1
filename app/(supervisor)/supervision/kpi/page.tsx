import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { kpiUnitChoices } from "@/lib/stats/units";
import { loadKpi, progressText, targetPeriod, type KpiData } from "@/lib/stats/kpi-tables";
import { barChartSvg, gaugeSvg, lineChartSvg } from "@/lib/stats/chart-svg";
import { round2 } from "@/lib/stats/formulas";
import { Card, Stat } from "@/components/ui/card";
import { ChartFigure } from "@/components/kpi/chart-figure";
import { KpiTable } from "@/components/kpi/kpi-table";
import { KpiChooser } from "@/components/kpi/kpi-chooser";
import { KpiNav, statsNavItems } from "@/components/kpi/kpi-nav";
import { assessmentInScope } from "@/lib/stats/assessment";
import { MIN_YEAR, kpiQuery, parseKpiParams, requireStatsPage, thisYear } from "./params";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export const generateMetadata = pageMetadata("kpi.title");

export const dynamic = "force-dynamic";

export default async function KpiPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireStatsPage("/supervision/kpi");
  const params = parseKpiParams(await searchParams);
  const { t, locale } = await getT();
  const db = getDb();
  let data: KpiData;
  try {
    data = await loadKpi({ db, actor, params, t, locale });
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const [choices, assessment] = await Promise.all([kpiUnitChoices({ db, actor }), assessmentInScope({ db, actor })]);
  const rootDepth = Math.min(...choices.map((c) => c.path.split("/").length));
  const units = choices.map((c) => ({ id: c.id, name: c.name, depth: c.path.split("/").length - rootDepth }));
  const years: number[] = [];
  for (let y = thisYear() + 1; y >= MIN_YEAR; y--) years.push(y);
  const { unit, rates, activity, tables, targets } = data;
  const current = { unitId: unit.id, year: params.year, fromYear: params.fromYear, on: params.on };
  const csv = (table: string) => `/supervision/kpi/export?${kpiQuery(current, { table })}`;
  const csvLabel = (title: string) => t("kpi.csv", { name: title });
  const gauges = targets.filter((row) => row.progress.percent !== null);
  const noQuota = targets.filter((row) => row.progress.reason === "NO_QUOTA");
  const trendChart = {
    label: tables.trend.title,
    categories: rates.trend.map((p) => String(p.year)),
    unit: "%",
    series: [
      { name: t("kpi.rates.hukouRate"), data: rates.trend.map((p) => (p.hukouRate === null ? null : round2(p.hukouRate))) },
      { name: t("kpi.rates.residentRate"), data: rates.trend.map((p) => (p.residentRate === null ? null : round2(p.residentRate))) },
    ],
  };
  const unitsChart = {
    label: tables.units.title,
    categories: rates.byUnit.map((u) => u.unit.name),
    unit: "%",
    series: [
      {
        name: t("kpi.rates.ratePrev", { year: params.year - 1 }),
        data: rates.byUnit.map((u) => (u.ratePrev === null ? null : round2(u.ratePrev))),
      },
      { name: t("kpi.rates.rateNow", { year: params.year }), data: rates.byUnit.map((u) => (u.rate === null ? null : round2(u.rate))) },
    ],
  };
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
    <div className="min-w-0 space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t("kpi.title")}</h1>
        <p className="text-stone-700">{t("kpi.scope", { name: unit.name })}</p>
        <KpiNav
          label={t("kpi.nav.label")}
          current="kpi"
          items={statsNavItems({ t, queue: can(actor, "read:stats:jurisdiction"), assessment })}
        />
      </div>
      <KpiChooser
        t={t}
        action="/supervision/kpi"
        units={units}
        unitId={unit.id}
        years={years}
        year={params.year}
        fromYear={params.fromYear}
        on={params.on ?? ""}
      />

      <Card title={t("kpi.rates.title")}>
        <p className="mb-3 text-sm text-stone-600">{t("kpi.rates.note")}</p>
        <div className="mb-4 grid grid-cols-2 gap-3 md:grid-cols-4">
          <Stat
            label={`${t("kpi.rates.onDay", { date: rates.onDay.on })} · ${t("kpi.rates.urban")}`}
            value={rates.onDay.population.urban}
          />
          <Stat
            label={`${t("kpi.rates.onDay", { date: rates.onDay.on })} · ${t("kpi.rates.total")}`}
            value={rates.onDay.population.total}
          />
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
          <KpiTable table={tables.trend} csvHref={csv("trend")} csvLabel={csvLabel(tables.trend.title)} />
        </div>
      </Card>

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
              <KpiTable table={tables.units} csvHref={csv("units")} csvLabel={csvLabel(tables.units.title)} />
            </div>
          </>
        )}
      </Card>

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
        <KpiTable table={tables.targets} csvHref={csv("targets")} csvLabel={csvLabel(tables.targets.title)} empty={t("kpi.targets.none")} />
      </Card>

      <Card title={tables.settlements.title}>
        <p className="mb-3 text-sm text-stone-600">{t("kpi.settlements.note")}</p>
        <ChartFigure
          caption={tables.settlements.title}
          note={t("kpi.tableBeside")}
          svg={barChartSvg(settlementsChart)}
          narrowSvg={barChartSvg({ ...settlementsChart, width: 360 })}
        />
        <div className="mt-4 space-y-4">
          <KpiTable table={tables.settlements} csvHref={csv("settlements")} csvLabel={csvLabel(tables.settlements.title)} />
          <h3 className="font-semibold">{tables.pathways.title}</h3>
          <KpiTable
            table={tables.pathways}
            csvHref={csv("pathways")}
            csvLabel={csvLabel(tables.pathways.title)}
            empty={t("kpi.settlements.none")}
          />
          <h3 className="font-semibold">{tables.stations.title}</h3>
          <KpiTable
            table={tables.stations}
            csvHref={csv("stations")}
            csvLabel={csvLabel(tables.stations.title)}
            empty={t("kpi.settlements.none")}
          />
        </div>
      </Card>

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
        <KpiTable table={tables.permits} csvHref={csv("permits")} csvLabel={csvLabel(tables.permits.title)} />
      </Card>
    </div>
  );
}
