// The KPI page's tables, built once for both the page and its CSV downloads, so a downloaded file
// holds exactly what the table beside the chart shows.
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import type { Translate } from "@/lib/i18n";
import type { CsvCell } from "@/lib/export/csv";
import { round2 } from "./formulas";
import { urbanizationOverview, type UrbanizationOverview } from "./urbanization";
import { activityOverview, type ActivityOverview } from "./activity";
import { targetsOverview, type TargetRow } from "./targets";
import { ALL_CATEGORIES } from "./aggregate";
import type { KpiUnit } from "./units";
import { todayInChina } from "@/lib/policy/dates";
import { policyLibrary } from "@/lib/policy/library";
import { localized } from "@/lib/i18n/localized";

export interface KpiTable {
  id: string;
  title: string;
  header: string[];
  rows: CsvCell[][];
}

export interface KpiParams {
  unitId: string | null;
  year: number;
  fromYear: number;
  /** A day (YYYY-MM-DD) for the population-on-a-day figure; default: today in China. */
  on?: string | null;
}

/**
 * The day of the headline figures when none was chosen: today for this year (or a later one), the last
 * day of the year for a past year — a page about 2018 shows 2018's population, not today's.
 */
export function headlineDay(options: { year: number; today: string }): string {
  return options.year < Number(options.today.slice(0, 4)) ? `${options.year}-12-31` : options.today;
}

/** A pathway as people know it: the policy library's one-line summary, with the id only when it is unknown. */
export function pathwayLabel(options: { pathwayId: string | null; locale: string }): string {
  if (!options.pathwayId) return "—";
  const p = pathwaysById().get(options.pathwayId);
  if (!p) return options.pathwayId;
  return localized(options.locale, p.summary, p.summaryEn);
}

let byId: Map<string, { summary: string; summaryEn: string }> | null = null;
function pathwaysById() {
  if (!byId) {
    byId = new Map();
    // Newest pack versions last, so a pathway id kept across versions reads as the version in force.
    for (const policy of policyLibrary) for (const p of policy.pathways) byId.set(p.id, { summary: p.summary, summaryEn: p.summaryEn });
  }
  return byId;
}

export const KPI_TABLE_IDS = ["trend", "units", "targets", "settlements", "pathways", "stations", "permits"] as const;
export type KpiTableId = (typeof KPI_TABLE_IDS)[number];

const r2 = (v: number | null) => (v === null ? null : round2(v));

export function targetPeriod(t: { fromYear: number; toYear: number }): string {
  return t.fromYear === t.toYear ? String(t.fromYear) : `${t.fromYear}–${t.toYear}`;
}

export function progressText(t: Translate, row: TargetRow): string {
  const p = row.progress;
  if (p.reason === "NO_QUOTA") return t("kpi.targets.noQuota");
  if (p.reason === "NO_DATA") return t("kpi.targets.noData");
  if (p.reason === "ZERO_TARGET") return t("kpi.targets.zeroTarget");
  const percent = String(round2(p.percent!));
  return p.met ? t("kpi.targets.met", { percent }) : t("kpi.targets.notMet", { percent });
}

export interface KpiData {
  unit: KpiUnit;
  rates: UrbanizationOverview;
  activity: ActivityOverview;
  targets: TargetRow[];
  tables: Record<KpiTableId, KpiTable>;
}

export async function loadKpi(options: { db: Db; actor: Actor; params: KpiParams; t: Translate; locale?: string }): Promise<KpiData> {
  const { db, actor, params, t } = options;
  const locale = options.locale ?? "zh-CN";
  const { year } = params;
  const [rates, activity, targets] = await Promise.all([
    urbanizationOverview({
      db,
      actor,
      unitId: params.unitId,
      year,
      fromYear: params.fromYear,
      on: params.on ?? headlineDay({ year, today: todayInChina({ now: new Date() }) }),
    }),
    activityOverview({ db, actor, unitId: params.unitId, from: `${year}-01-01`, to: `${year + 1}-01-01` }),
    targetsOverview({ db, actor, unitId: params.unitId }),
  ]);
  const unit = rates.unit;
  const tables: Record<KpiTableId, KpiTable> = {
    ...rateTables({ t, rates, year }),
    targets: targetTable({ t, targets: targets.targets }),
    ...activityTables({ t, activity, year, locale }),
  };
  return { unit, rates, activity, targets: targets.targets, tables };
}

/** 户籍人口城镇化率: the trend over the years and the units compared. */
function rateTables(options: {
  t: Translate;
  rates: UrbanizationOverview;
  year: number;
}): Pick<Record<KpiTableId, KpiTable>, "trend" | "units"> {
  const { t, rates, year } = options;
  const unit = rates.unit;
  return {
    trend: {
      id: "trend",
      title: t("kpi.rates.trend", { name: unit.name }),
      header: [
        t("kpi.rates.year"),
        t("kpi.rates.urban"),
        t("kpi.rates.total"),
        t("kpi.rates.hukouRate"),
        t("kpi.rates.residentRate"),
        t("kpi.rates.gap"),
      ],
      rows: rates.trend.map((p) => [p.year, p.population.urban, p.population.total, r2(p.hukouRate), r2(p.residentRate), r2(p.gap)]),
    },
    units: {
      id: "units",
      title: t("kpi.rates.byUnit", { year }),
      header: [
        t("kpi.rates.unit"),
        t("kpi.rates.urban"),
        t("kpi.rates.total"),
        t("kpi.rates.ratePrev", { year: year - 1 }),
        t("kpi.rates.rateNow", { year }),
        t("kpi.rates.change"),
        t("kpi.rates.residentRate"),
        t("kpi.rates.gap"),
      ],
      rows: rates.byUnit.map((u) => [
        u.unit.name,
        u.now.urban,
        u.now.total,
        r2(u.ratePrev),
        r2(u.rate),
        r2(u.change),
        r2(u.residentRate),
        r2(u.gap),
      ]),
    },
  };
}

function targetTable(options: { t: Translate; targets: TargetRow[] }): KpiTable {
  const { t } = options;
  return {
    id: "targets",
    title: t("kpi.targets.title"),
    header: [
      t("kpi.targets.unit"),
      t("kpi.reference.targets.metric"),
      t("kpi.targets.period"),
      t("kpi.targets.target"),
      t("kpi.targets.actual"),
      t("kpi.targets.progress"),
      t("kpi.targets.source"),
    ],
    rows: options.targets.map((row) => [
      row.unitName,
      t(`kpi.targets.metric.${row.metric}`) + (row.baseYear ? ` ${t("kpi.targets.baseYear", { year: row.baseYear })}` : ""),
      targetPeriod(row),
      row.value,
      r2(row.actual),
      progressText(t, row),
      `${row.sourceDocument} ${row.sourceClause}${row.note ? `：${row.note}` : ""}`,
    ]),
  };
}

/** The year's settlements by month, pathway and station, and the residence permits. */
function activityTables(options: {
  t: Translate;
  activity: ActivityOverview;
  year: number;
  locale: string;
}): Pick<Record<KpiTableId, KpiTable>, "settlements" | "pathways" | "stations" | "permits"> {
  const { t, activity, year, locale } = options;
  return {
    settlements: {
      id: "settlements",
      title: t("kpi.settlements.title", { year }),
      header: [
        t("kpi.settlements.month"),
        ...ALL_CATEGORIES.map((c) => t(`kpi.settlements.category.${c}`)),
        t("kpi.settlements.counted"),
        t("kpi.settlements.all"),
      ],
      rows: activity.months.map((m) => [m.month, ...ALL_CATEGORIES.map((c) => m.counts[c]), m.counts.counted, m.counts.all]),
    },
    pathways: {
      id: "pathways",
      title: t("kpi.settlements.byPathway", { year }),
      header: [
        t("kpi.settlements.pathway"),
        t("kpi.settlements.clause"),
        t("kpi.settlements.category.AGRI_TRANSFER"),
        t("kpi.settlements.category.OTHER_RESIDENT"),
        t("kpi.settlements.counted"),
        t("kpi.settlements.all"),
      ],
      rows: activity.pathways.map((p) => [
        pathwayLabel({ pathwayId: p.pathwayId, locale }),
        p.clause,
        p.counts.AGRI_TRANSFER,
        p.counts.OTHER_RESIDENT,
        p.counts.counted,
        p.counts.all,
      ]),
    },
    stations: {
      id: "stations",
      title: t("kpi.settlements.byStation", { year }),
      header: [
        t("kpi.settlements.station"),
        t("kpi.settlements.category.AGRI_TRANSFER"),
        t("kpi.settlements.category.OTHER_RESIDENT"),
        t("kpi.settlements.counted"),
        t("kpi.settlements.all"),
      ],
      rows: activity.stations.map((s) => [s.name, s.counts.AGRI_TRANSFER, s.counts.OTHER_RESIDENT, s.counts.counted, s.counts.all]),
    },
    permits: {
      id: "permits",
      title: t("kpi.permits.title", { year }),
      header: [t("kpi.permits.measure"), t("kpi.permits.count")],
      rows: [
        [t("kpi.permits.issued"), activity.permits.issued],
        [t("kpi.permits.endorsedOnTime"), activity.permits.endorsedOnTime],
        [t("kpi.permits.endorsedLate"), activity.permits.endorsedLate],
        [t("kpi.permits.suspendedNow"), activity.permits.suspendedNow],
      ],
    },
  };
}
