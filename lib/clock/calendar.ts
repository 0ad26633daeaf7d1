// Working days under a holiday calendar kept as data (国务院办公厅's yearly arrangement): a date is
// a working day when the calendar says WORKDAY (调休上班), or it is Monday–Friday and the calendar
// does not say HOLIDAY. Pure: the calendar is passed in, loaded from the CalendarDay table by
// lib/clock/load-calendar.ts.
import { addDays } from "@/lib/policy/dates";
import type { IsoDate } from "@/lib/policy/types";
import { dbDate } from "@/lib/clock/day";

export type CalendarDayKind = "HOLIDAY" | "WORKDAY";

/** ISO date → kind, for the dates that differ from the plain Monday–Friday week. */
export type HolidayCalendar = ReadonlyMap<IsoDate, CalendarDayKind>;

export const EMPTY_CALENDAR: HolidayCalendar = new Map();

function weekday(date: IsoDate): number {
  return dbDate(date).getUTCDay();
}

export function isWorkingDay(options: { calendar: HolidayCalendar; date: IsoDate }): boolean {
  const special = options.calendar.get(options.date);
  if (special) return special === "WORKDAY";
  const day = weekday(options.date);
  return day !== 0 && day !== 6;
}

/**
 * The date `days` working days after `from`; `from` itself is not counted (a time limit starts to
 * run the day after the event, 《民法典》 第二百零一条). `days` = 0 gives `from`.
 */
export function addWorkingDays(options: { calendar: HolidayCalendar; from: IsoDate; days: number }): IsoDate {
  const { calendar } = options;
  if (!Number.isInteger(options.days) || options.days < 0) throw new RangeError(`days must be a whole number ≥ 0, got ${options.days}`);
  let date = options.from;
  let left = options.days;
  while (left > 0) {
    date = addDays({ date, days: 1 });
    if (isWorkingDay({ calendar, date })) left -= 1;
  }
  return date;
}

/** Working days in (from, to]: after `from`, up to and including `to`; 0 when `to` ≤ `from`. */
export function workingDaysBetween(options: { calendar: HolidayCalendar; from: IsoDate; to: IsoDate }): number {
  const { calendar, to } = options;
  let count = 0;
  for (let date = addDays({ date: options.from, days: 1 }); date <= to; date = addDays({ date, days: 1 })) {
    if (isWorkingDay({ calendar, date })) count += 1;
  }
  return count;
}
