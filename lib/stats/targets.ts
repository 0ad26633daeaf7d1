// Reform targets (ReformTarget rows, each with its document and clause) of a unit and the units above
// it, with progress measured in the registry: the hukou rate at the end of the target year, counted
// settlements over the target period, the narrowing of the resident–hukou gap since the base year.
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { hukouCounts, settlementGroups } from "./registry-queries";
import { populationByUnit } from "./aggregate";
import { hukouUrbanizationRate, rateGap, residentUrbanizationRate, targetProgress, type TargetProgress } from "./formulas";
import { COUNTED_CATEGORIES } from "./settlement-category";
import { resolveKpiUnit, type KpiUnit } from "./units";
import { yearEnd } from "./urbanization";
import { pathPrefixes } from "@/lib/jurisdictions/tree";

export const TARGET_METRICS = ["HUKOU_URBANIZATION_RATE", "SETTLEMENTS", "RATE_GAP_REDUCTION", "NO_QUOTA"] as const;
export type TargetMetric = (typeof TARGET_METRICS)[number];

/** A target's terms as entered: its period, the figure (none for 不定任务指标), and the legal source. */
export interface TargetTerms {
  fromYear: number;
  toYear: number;
  value: number | null;
  baseYear: number | null;
  sourceDocument: string;
  sourceClause: string;
  note: string | null;
}

export interface TargetRow extends TargetTerms {
  id: string;
  unitName: string;
  metric: TargetMetric;
  actual: number | null;
  progress: TargetProgress;
}

async function hukouRate(db: Db, unit: { id: string; path: string }, year: number): Promise<number | null> {
  const rows = await hukouCounts({ db, prefix: unit.path, dates: [yearEnd(year)] });
  return hukouUrbanizationRate(populationByUnit({ rows, units: [unit], on: yearEnd(year) }).get(unit.id)!);
}

async function gapIn(db: Db, unit: { id: string; path: string }, year: number): Promise<number | null> {
  const stat = await db.populationStat.findUnique({ where: { unitId_year: { unitId: unit.id, year } } });
  const residentRate = stat ? residentUrbanizationRate({ residentUrban: stat.residentUrban, residentTotal: stat.residentTotal }) : null;
  return rateGap({ residentRate, hukouRate: await hukouRate(db, unit, year) });
}

async function actualFor(
  db: Db,
  t: { metric: string; fromYear: number; toYear: number; baseYear: number | null; unit: { id: string; path: string } },
): Promise<number | null> {
  switch (t.metric) {
    case "HUKOU_URBANIZATION_RATE":
      return hukouRate(db, t.unit, t.toYear);
    case "SETTLEMENTS": {
      const groups = await settlementGroups({ db, prefix: t.unit.path, from: `${t.fromYear}-01-01`, to: `${t.toYear + 1}-01-01` });
      return groups.filter((g) => COUNTED_CATEGORIES.includes(g.category)).reduce((sum, g) => sum + g.count, 0);
    }
    case "RATE_GAP_REDUCTION": {
      if (t.baseYear === null) return null;
      const [base, now] = await Promise.all([gapIn(db, t.unit, t.baseYear), gapIn(db, t.unit, t.toYear)]);
      return base === null || now === null ? null : base - now;
    }
    default:
      return null;
  }
}

/** Targets of the chosen unit and of every unit above it (a county is held to its prefecture's plan too). */
export async function targetsOverview(options: {
  db: Db;
  actor: Actor;
  unitId?: string | null;
}): Promise<{ unit: KpiUnit; targets: TargetRow[] }> {
  const { db } = options;
  const { unit } = await resolveKpiUnit(options);
  const rows = await db.reformTarget.findMany({
    where: { unit: { path: { in: pathPrefixes(unit.path) } } },
    include: { unit: { select: { id: true, path: true, name: true } } },
    orderBy: [{ unit: { path: "asc" } }, { metric: "asc" }, { toYear: "asc" }],
  });
  const targets = await Promise.all(
    rows.map(async (r) => {
      const value = r.value === null ? null : Number(r.value);
      const actual = r.metric === "NO_QUOTA" ? null : await actualFor(db, r);
      return {
        id: r.id,
        unitName: r.unit.name,
        metric: r.metric as TargetMetric,
        fromYear: r.fromYear,
        toYear: r.toYear,
        value,
        baseYear: r.baseYear,
        sourceDocument: r.sourceDocument,
        sourceClause: r.sourceClause,
        note: r.note,
        actual,
        progress: targetProgress({ target: r.metric === "NO_QUOTA" ? null : value, actual }),
      };
    }),
  );
  return { unit, targets };
}
