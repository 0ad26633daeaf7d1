// Calendar arithmetic on YYYY-MM-DD strings. The engine never reads a clock: the application date is
// a fact of the request. Dates are compared as yyyymmdd numbers, which order like the calendar and cost
// no Date allocation on the hot path.
import type { IsoDate } from "./vocabulary";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for a well-formed string that is also a real calendar date (2019-02-30 is not). */
export function isRealIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function isWellFormedIsoDate(value: string): boolean {
  return ISO_DATE.test(value);
}

/** yyyymmdd as a number; the input must already be validated. */
export function dateKey(iso: IsoDate): number {
  return Number(iso.slice(0, 4)) * 10000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));
}

/**
 * The day a person born on `birth` completes `years` full years, as yyyymmdd.
 * Someone born on 29 February completes a year on 1 March in common years: on 28 February the
 * anniversary has not yet happened, so they are not yet that age (docs/decisions/0101-minor-age.md).
 */
export function anniversaryKey(birth: IsoDate, years: number): number {
  const year = Number(birth.slice(0, 4)) + years;
  const month = Number(birth.slice(5, 7));
  const day = Number(birth.slice(8, 10));
  if (month === 2 && day === 29 && !isLeapYear(year)) return year * 10000 + 301;
  return year * 10000 + month * 100 + day;
}

export const AGE_OF_MAJORITY = 18;

/** Minor = under 18 on the date; the 18th birthday itself is the first adult day. */
export function isMinorOn(options: { birthDate: IsoDate; onKey: number }): boolean {
  return options.onKey < anniversaryKey(options.birthDate, AGE_OF_MAJORITY);
}

export function isInPeriod(options: { onKey: number; from: IsoDate; to: IsoDate | null }): boolean {
  if (options.onKey < dateKey(options.from)) return false;
  return options.to === null || options.onKey <= dateKey(options.to);
}

/**
 * The day `days` later (earlier when negative), counted in UTC so no local time zone or DST can shift it.
 * The one implementation for the engine and lib/clock/day.ts (docs/decisions/0300): callers pass real dates
 * (the engine validates its own; the clock's come from the calendar), and an impossible one such as
 * 2026-02-30 rolls over into the next month rather than throwing. Years 0001–0099 count as themselves
 * (`setUTCFullYear`, not `Date.UTC`, which would read them as 1900–1999).
 */
export function addDays(options: { date: IsoDate; days: number }): IsoDate {
  const start = new Date(0);
  start.setUTCFullYear(Number(options.date.slice(0, 4)), Number(options.date.slice(5, 7)) - 1, Number(options.date.slice(8, 10)));
  return new Date(start.getTime() + options.days * 86_400_000).toISOString().slice(0, 10);
}

/** The same calendar day `years` earlier or later (29 Feb maps to 28 Feb in common years). */
export function addYears(options: { date: IsoDate; years: number }): IsoDate {
  const year = Number(options.date.slice(0, 4)) + options.years;
  let md = options.date.slice(5);
  if (md === "02-29" && !isLeapYear(year)) md = "02-28";
  return `${String(year).padStart(4, "0")}-${md}`;
}

/**
 * Today's date in China (UTC+8, no daylight saving), for the boundary that defaults `asOf`.
 * Takes the instant as an argument so the caller, not this module, owns the clock.
 */
export function todayInChina(options: { now: Date }): IsoDate {
  return new Date(options.now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
