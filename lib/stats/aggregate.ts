// Pure groupings of the registry rows (registry-queries.ts) into what the KPI pages show.
import type { HukouCountRow, SettlementGroup } from "./registry-queries";
import { COUNTED_CATEGORIES, type SettlementCategory } from "./settlement-category";

export interface UnitRef {
  id: string;
  path: string;
}

export interface Population {
  urban: number;
  total: number;
}

/** Hukou population of each unit on one day: the stations under the unit's path, summed. */
export function populationByUnit(options: { rows: HukouCountRow[]; units: UnitRef[]; on: string }): Map<string, Population> {
  const result = new Map<string, Population>(options.units.map((u) => [u.id, { urban: 0, total: 0 }]));
  for (const row of options.rows) {
    if (row.on !== options.on) continue;
    for (const unit of options.units) {
      if (!row.stationPath.startsWith(unit.path)) continue;
      const p = result.get(unit.id)!;
      p.total += row.count;
      if (row.urban) p.urban += row.count;
    }
  }
  return result;
}

export const ALL_CATEGORIES: readonly SettlementCategory[] = [
  "AGRI_TRANSFER",
  "OTHER_RESIDENT",
  "EXCLUDED_CONVERSION",
  "LOCAL_URBAN_MOVE",
  "NOT_TOWN",
  "UNCLASSIFIED",
];

export type CategoryCounts = Record<SettlementCategory, number> & { counted: number; all: number };

function emptyCounts(): CategoryCounts {
  return { ...(Object.fromEntries(ALL_CATEGORIES.map((c) => [c, 0])) as Record<SettlementCategory, number>), counted: 0, all: 0 };
}

function add(counts: CategoryCounts, group: { category: SettlementCategory; count: number }) {
  counts[group.category] += group.count;
  counts.all += group.count;
  if (COUNTED_CATEGORIES.includes(group.category)) counts.counted += group.count;
}

/** Months YYYY-MM from the month of `from` to the month of `to` (a day, exclusive), both as YYYY-MM-DD. */
export function monthsBetween(options: { from: string; to: string }): string[] {
  const months: string[] = [];
  let [y, m] = [Number(options.from.slice(0, 4)), Number(options.from.slice(5, 7))];
  const last = options.to.slice(8) === "01" ? shiftMonth(options.to.slice(0, 7), -1) : options.to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    if (key > last) break;
    months.push(key);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return months;
}

function shiftMonth(month: string, by: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Settled persons per month and category; months without any still appear (a chart needs them). */
export function settlementsByMonth(options: {
  persons: SettlementGroup[];
  from: string;
  to: string;
}): { month: string; counts: CategoryCounts }[] {
  const rows = monthsBetween(options).map((month) => ({ month, counts: emptyCounts() }));
  const index = new Map(rows.map((r) => [r.month, r.counts]));
  for (const p of options.persons) {
    const counts = index.get(p.month);
    if (counts) add(counts, p);
  }
  return rows;
}

/** Settled persons per pathway and clause, most first. */
export function settlementsByPathway(options: {
  persons: SettlementGroup[];
}): { pathwayId: string | null; clause: string | null; counts: CategoryCounts }[] {
  const groups = new Map<string, { pathwayId: string | null; clause: string | null; counts: CategoryCounts }>();
  for (const p of options.persons) {
    const key = `${p.pathwayId ?? ""}\u0000${p.clause ?? ""}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { pathwayId: p.pathwayId, clause: p.clause, counts: emptyCounts() }));
    add(g.counts, p);
  }
  return [...groups.values()].sort((a, b) => b.counts.all - a.counts.all || String(a.pathwayId).localeCompare(String(b.pathwayId)));
}

/** Settled persons per police station (the station that decided), most first. */
export function settlementsByStation(options: { persons: SettlementGroup[] }): { stationPath: string; counts: CategoryCounts }[] {
  const groups = new Map<string, CategoryCounts>();
  for (const p of options.persons) {
    let counts = groups.get(p.stationPath);
    if (!counts) groups.set(p.stationPath, (counts = emptyCounts()));
    add(counts, p);
  }
  return [...groups.entries()]
    .map(([stationPath, counts]) => ({ stationPath, counts }))
    .sort((a, b) => b.counts.counted - a.counts.counted || a.stationPath.localeCompare(b.stationPath));
}

/** Counted settlements of one county (the 附件1 part 2 numerator's two terms). */
export function countySettlements(options: { persons: SettlementGroup[]; countyPath: string }): { agri: number; other: number } {
  let agri = 0;
  let other = 0;
  for (const p of options.persons) {
    if (p.countyPath !== options.countyPath) continue;
    if (p.category === "AGRI_TRANSFER") agri += p.count;
    if (p.category === "OTHER_RESIDENT") other += p.count;
  }
  return { agri, other };
}
