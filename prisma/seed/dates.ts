// Fixed dates. Every date in the demo data is placed relative to REFERENCE_DATE, never the clock, so a
// re-run produces the same rows. The reference sits in late November 2026: open cases submitted in
// October are past their time limit, those of mid-November are not yet.

export const REFERENCE_DATE = "2026-11-20";

const DAY_MS = 86_400_000;

/** YYYY-MM-DD → a Date at UTC midnight, which Prisma stores unchanged in a `@db.Date` column. */
export function toDate(iso: string): Date {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`not a date: ${iso}`);
  return date;
}

export function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return toIso(new Date(toDate(iso).getTime() + days * DAY_MS));
}

/** Same month and day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(iso: string, years: number): string {
  const y = Number(iso.slice(0, 4)) + years;
  const md = iso.slice(5);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return `${y}-${md === "02-29" && !leap ? "02-28" : md}`;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / DAY_MS);
}

/** Whole years completed on `on` by someone born on `birth`. */
export function ageOn(birth: string, on: string): number {
  let age = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  if (on.slice(5) < birth.slice(5)) age -= 1;
  return age;
}

/** A wall-clock moment in China (UTC+8), e.g. at("2026-11-09", "09:12"). */
export function at(iso: string, hhmm: string): Date {
  return new Date(`${iso}T${hhmm}:00+08:00`);
}

/** The calendar day in China of a moment. */
export function chinaDay(moment: Date): string {
  return toIso(new Date(moment.getTime() + 8 * 3_600_000));
}

export function addMinutes(moment: Date, minutes: number): Date {
  return new Date(moment.getTime() + minutes * 60_000);
}

/** A date drawn between two dates (both included), from a seeded stream. */
export function dateBetween(options: { from: string; to: string; next: () => number }): string {
  const span = daysBetween(options.from, options.to);
  return addDays(options.from, Math.floor(options.next() * (span + 1)));
}
