// Days and moments, in one place. A day is a YYYY-MM-DD string; a moment is a Date. Two readings of a day
// as a Date exist and must not be mixed up:
//   - the `@db.Date` value of a day is UTC midnight (`dbDate`): Prisma stores it unchanged in a date column;
//   - China midnight (`chinaMidnight`) is the moment the day begins in China (UTC+8, no daylight saving),
//     8 hours earlier. Between 16:00 and 24:00 UTC the China day of a moment is already the next UTC day.
// Nearly a leaf: it imports only the policy engine's own pure calendar functions (lib/policy/dates.ts), so
// one implementation serves the engine, the seed, scripts and tests.
import { addDays as addCalendarDays, addYears as addCalendarYears, todayInChina } from "../policy/dates";

/** A calendar day, YYYY-MM-DD. */
export type Day = string;

export const DAY_MS = 86_400_000;

/** The calendar day in China of a moment. */
export function chinaDate(moment: Date): Day {
  return todayInChina({ now: moment });
}

/** The `@db.Date` value of a day: UTC midnight. An ill-formed day gives an Invalid Date, as `new Date` does. */
export function dbDate(day: Day): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** `dbDate`, refusing an ill-formed day (for fixed data such as the seed's, where one is a typing mistake). */
export function checkedDbDate(day: Day): Date {
  const date = dbDate(day);
  if (Number.isNaN(date.getTime())) throw new Error(`not a date: ${day}`);
  return date;
}

/** The day of a `@db.Date` value (UTC midnight), or the UTC day of any moment. */
export function dayOf(date: Date): Day {
  return date.toISOString().slice(0, 10);
}

/** The moment a China day begins (00:00 at UTC+8). */
export function chinaMidnight(day: Day): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

/** China noon of a day: a moment that shows as that day in any time zone a reader may have. */
export function chinaNoon(day: Day): Date {
  return new Date(`${day}T12:00:00+08:00`);
}

/** A wall-clock moment in China, e.g. chinaMoment("2026-11-09", "09:12"). */
export function chinaMoment(day: Day, hhmm: string): Date {
  return new Date(`${day}T${hhmm}:00+08:00`);
}

/** The last instant of a China day: a deadline day runs to its end. */
export function endOfChinaDay(day: Day): Date {
  return new Date(chinaMidnight(day).getTime() + DAY_MS - 1);
}

/** The day `days` later (earlier when negative), counted in UTC so no time zone or DST can shift it. */
export function addDays(day: Day, days: number): Day {
  return addCalendarDays({ date: day, days });
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Same month and day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(day: Day, years: number): Day {
  return addCalendarYears({ date: day, years });
}

/** Whole years completed on `on` by someone born on `birth`. */
export function ageOn(birth: Day, on: Day): number {
  let age = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  if (on.slice(5) < birth.slice(5)) age -= 1;
  return age;
}
