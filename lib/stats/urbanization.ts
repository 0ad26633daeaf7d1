// 户籍人口城镇化率 and 常住人口城镇化率 of a unit and its sub-units: the year-end trend, the breakdown in the
// chosen year and its change over the year, and the gap between the two rates (韶关 一).
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { hukouCounts } from "./registry-queries";
import { populationByUnit, type Population } from "./aggregate";
import { hukouUrbanizationRate, rateChange, rateGap, residentUrbanizationRate } from "./formulas";
import { resolveKpiUnit, type KpiUnit } from "./units";

export interface RatePoint {
  year: number;
  population: Population;
  hukouRate: number | null;
  residentRate: number | null;
  gap: number | null;
}

export interface UnitRates {
  unit: KpiUnit;
  prev: Population;
  now: Population;
  ratePrev: number | null;
  rate: number | null;
  change: number | null;
  residentRate: number | null;
  gap: number | null;
}

export interface UrbanizationOverview {
  unit: KpiUnit;
  year: number;
  /** The unit on a chosen day, and its change since the end of the year before that day. */
  onDay: { on: string; population: Population; rate: number | null; sinceYearEnd: string; change: number | null };
  trend: RatePoint[];
  byUnit: UnitRates[];
}

export const yearEnd = (year: number) => `${year}-12-31`;

/** Resident urbanization rate per unit and year, from the administrators' table. */
async function residentRates(options: { db: Db; unitIds: string[]; years: number[] }): Promise<Map<string, number | null>> {
  const stats = await options.db.populationStat.findMany({ where: { unitId: { in: options.unitIds }, year: { in: options.years } } });
  return new Map(
    stats.map((s) => [
      `${s.unitId}:${s.year}`,
      residentUrbanizationRate({ residentUrban: s.residentUrban, residentTotal: s.residentTotal }),
    ]),
  );
}

export async function urbanizationOverview(options: {
  db: Db;
  actor: Actor;
  unitId?: string | null;
  year: number;
  fromYear: number;
  on?: string;
}): Promise<UrbanizationOverview> {
  const { db, year } = options;
  const { unit, children } = await resolveKpiUnit(options);
  const years: number[] = [];
  for (let y = Math.min(options.fromYear, year); y <= year; y++) years.push(y);
  const on = options.on ?? yearEnd(year);
  const sinceYearEnd = yearEnd(Number(on.slice(0, 4)) - 1);
  const dates = [...new Set([...[...years, year - 1].map(yearEnd), on, sinceYearEnd])];
  const rows = await hukouCounts({ db, prefix: unit.path, dates });
  const units = [unit, ...children];
  const resident = await residentRates({ db, unitIds: units.map((u) => u.id), years });

  const trend = years.map((y) => {
    const population = populationByUnit({ rows, units: [unit], on: yearEnd(y) }).get(unit.id)!;
    const hukouRate = hukouUrbanizationRate(population);
    const residentRate = resident.get(`${unit.id}:${y}`) ?? null;
    return { year: y, population, hukouRate, residentRate, gap: rateGap({ residentRate, hukouRate }) };
  });

  const prev = populationByUnit({ rows, units, on: yearEnd(year - 1) });
  const now = populationByUnit({ rows, units, on: yearEnd(year) });
  const byUnit = children.map((child) => {
    const ratePrev = hukouUrbanizationRate(prev.get(child.id)!);
    const rate = hukouUrbanizationRate(now.get(child.id)!);
    const residentRate = resident.get(`${child.id}:${year}`) ?? null;
    return {
      unit: child,
      prev: prev.get(child.id)!,
      now: now.get(child.id)!,
      ratePrev,
      rate,
      change: rateChange({ from: ratePrev, to: rate }),
      residentRate,
      gap: rateGap({ residentRate, hukouRate: rate }),
    };
  });
  const onPopulation = populationByUnit({ rows, units: [unit], on }).get(unit.id)!;
  const onRate = hukouUrbanizationRate(onPopulation);
  const baseRate = hukouUrbanizationRate(populationByUnit({ rows, units: [unit], on: sinceYearEnd }).get(unit.id)!);
  const onDay = { on, population: onPopulation, rate: onRate, sinceYearEnd, change: rateChange({ from: baseRate, to: onRate }) };
  return { unit, year, onDay, trend, byUnit };
}
