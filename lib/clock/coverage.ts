// How far the holiday calendar reaches (docs/decisions/0238). Working days are only right where the
// State Council's yearly arrangement (国务院办公厅关于Y年部分节假日安排的通知) is loaded: past it,
// addWorkingDays falls back to the plain Monday–Friday week and a deadline comes out wrong. A year
// can also be loaded with only the statutory days off that 《全国年节及纪念日放假办法》 fixes by law
// (its source starts with that title): better than nothing, but without the arrangement's make-up
// working days (调休) and 补假, so it does not count as confirmed. Pure: rows in, answer out.
import { addDays, dateKey } from "@/lib/policy/dates";
import type { IsoDate } from "@/lib/policy/types";
import { daysBetween } from "@/lib/clock/day";

/** A row's source starting with this marks it as a statutory day only, not a published arrangement. */
export const STATUTORY_ONLY_SOURCE_PREFIX = "《全国年节及纪念日放假办法》";

/** Administrators and supervisors are warned this many days before the confirmed calendar ends. */
export const COVERAGE_WARNING_DAYS = 60;

export interface CalendarSourceRow {
  date: IsoDate;
  source: string;
}

export interface CalendarCoverage {
  /** The last day of the last year covered by a published arrangement (null: none loaded). */
  confirmedThrough: IsoDate | null;
  /** The last day of the last year with any rows, statutory-only years included (null: none). */
  loadedThrough: IsoDate | null;
}

export function isStatutoryOnlySource(source: string): boolean {
  return source.trim().startsWith(STATUTORY_ONLY_SOURCE_PREFIX);
}

/**
 * Years count from the earliest one with rows, without a gap: a lone row far in the future (a
 * test's, a typo) does not stretch the coverage. A year is confirmed when it has rows and none of
 * them is statutory-only — an administrator entering the published arrangement overwrites each
 * statutory day, so a leftover keeps the warning on rather than hiding a gap.
 */
export function calendarCoverage(rows: readonly CalendarSourceRow[]): CalendarCoverage {
  const years = new Map<number, boolean>(); // year → every row from a published arrangement
  for (const row of rows) {
    const year = Number(row.date.slice(0, 4));
    years.set(year, (years.get(year) ?? true) && !isStatutoryOnlySource(row.source));
  }
  if (years.size === 0) return { confirmedThrough: null, loadedThrough: null };
  let year = Math.min(...years.keys());
  let confirmed: number | null = null;
  let confirming = true;
  let loaded = year;
  for (; years.has(year); year += 1) {
    loaded = year;
    if (confirming && years.get(year)) confirmed = year;
    else confirming = false;
  }
  const end = (y: number | null) => (y === null ? null : `${String(y).padStart(4, "0")}-12-31`);
  return { confirmedThrough: end(confirmed), loadedThrough: end(loaded) };
}

/** A date the confirmed calendar does not reach: a deadline on it is provisional. */
export function isPastCoverage(options: { coverage: CalendarCoverage; date: IsoDate }): boolean {
  const { confirmedThrough } = options.coverage;
  return confirmedThrough === null || dateKey(options.date) > dateKey(confirmedThrough);
}

export type CoverageLevel = "ok" | "ending" | "ended";

export interface CoverageAlert {
  level: CoverageLevel;
  confirmedThrough: IsoDate | null;
  /** Days from today to the confirmed end (0 on its last day, negative once past); null with none. */
  daysLeft: number | null;
  /** Years loaded with statutory days only after the confirmed end: their first and last day, or null. */
  statutoryOnly: { from: IsoDate; to: IsoDate } | null;
}

/**
 * "ending" from `warnDays` days before the confirmed end up to and including its last day; "ended"
 * after it (or with nothing confirmed at all).
 */
export function coverageAlert(options: { coverage: CalendarCoverage; today: IsoDate; warnDays?: number }): CoverageAlert {
  const { coverage, today } = options;
  const warnDays = options.warnDays ?? COVERAGE_WARNING_DAYS;
  const { confirmedThrough, loadedThrough } = coverage;
  if (confirmedThrough === null) return { level: "ended", confirmedThrough, daysLeft: null, statutoryOnly: null };
  const statutoryOnly =
    loadedThrough && dateKey(loadedThrough) > dateKey(confirmedThrough)
      ? { from: addDays({ date: confirmedThrough, days: 1 }), to: loadedThrough }
      : null;
  const daysLeft = daysBetween(today, confirmedThrough);
  const level: CoverageLevel = daysLeft < 0 ? "ended" : daysLeft <= warnDays ? "ending" : "ok";
  return { level, confirmedThrough, daysLeft, statutoryOnly };
}
