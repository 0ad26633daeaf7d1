// Working-day ordinals: for every date of a range, how many working days lie in (from, date]. The
// difference of two ordinals is workingDaysBetween of the two dates, so a query can count the legal
// clock's working days for many cases at once by looking dates up in this table — built here, with
// the clock's own isWorkingDay and holiday calendar, never re-implemented in SQL.
import { addDays } from "@/lib/policy/dates";
import type { IsoDate } from "@/lib/policy/types";
import { isWorkingDay, type HolidayCalendar } from "./calendar";

// Callers must not change the arrays returned (they are shared). A few thousand dates take a few milliseconds (tens on a busy machine) to walk; the same calendar (cached
// for a minute by load-calendar.ts) and range give the same table, so it is kept per calendar object.
const memo = new WeakMap<HolidayCalendar, Map<string, { dates: IsoDate[]; ordinals: number[] }>>();

export function workingDayOrdinals(options: { calendar: HolidayCalendar; from: IsoDate; to: IsoDate }): {
  dates: IsoDate[];
  ordinals: number[];
} {
  const key = `${options.from}|${options.to}`;
  let byRange = memo.get(options.calendar);
  if (!byRange) memo.set(options.calendar, (byRange = new Map()));
  const known = byRange.get(key);
  if (known) return known;
  const table = walk(options);
  // A handful of periods are in use at once; more would only be a long-running process's leftovers.
  if (byRange.size >= 32) byRange.clear();
  byRange.set(key, table);
  return table;
}

function walk(options: { calendar: HolidayCalendar; from: IsoDate; to: IsoDate }): { dates: IsoDate[]; ordinals: number[] } {
  const dates: IsoDate[] = [];
  const ordinals: number[] = [];
  let n = 0;
  for (let date = options.from; date <= options.to; date = addDays({ date, days: 1 })) {
    if (date !== options.from && isWorkingDay({ calendar: options.calendar, date })) n += 1;
    dates.push(date);
    ordinals.push(n);
  }
  return { dates, ordinals };
}
