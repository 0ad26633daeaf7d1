// Fixed dates. Every date in the demo data is placed relative to REFERENCE_DATE, never the clock, so a
// re-run produces the same rows. The reference sits in late November 2026: open cases submitted in
// October are past their time limit, those of mid-November are not yet.

export const REFERENCE_DATE = "2026-11-20";

// The day helpers are the portal's own (lib/clock/day.ts), under the names the seed has always used.
export {
  checkedDbDate as toDate,
  dayOf as toIso,
  addDays,
  addYears,
  daysBetween,
  ageOn,
  chinaMoment as at,
  chinaDate as chinaDay,
} from "@/lib/clock/day";
import { addDays, daysBetween } from "@/lib/clock/day";

export function addMinutes(moment: Date, minutes: number): Date {
  return new Date(moment.getTime() + minutes * 60_000);
}

/** A date drawn between two dates (both included), from a seeded stream. */
export function dateBetween(options: { from: string; to: string; next: () => number }): string {
  const span = daysBetween(options.from, options.to);
  return addDays(options.from, Math.floor(options.next() * (span + 1)));
}
