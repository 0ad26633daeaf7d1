// Working-day ordinals: for every date of a range, how many working days lie in (from, date]. The
// difference of two ordinals is workingDaysBetween of the two dates, so a query can count the legal
// clock's working days for many cases at once by looking dates up in this table — built here, with
// the clock's own isWorkingDay and holiday calendar, never re-implemented in SQL.
import { addDays } from "@/lib/policy/dates";
import type { IsoDate } from "@/lib/policy/types";
import { isWorkingDay, type HolidayCalendar } from "./calendar";

export function workingDayOrdinals(options: { calendar: HolidayCalendar; from: IsoDate; to: IsoDate }): { dates: IsoDate[]; ordinals: number[] } {
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
