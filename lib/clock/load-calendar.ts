// The holiday calendar from the CalendarDay table, cached for a minute (it changes a few times a year,
// by an administrator; a minute's delay is harmless and saves a query on every page).
import type { Db } from "@/lib/db";
import { isoDate } from "@/lib/format";
import type { CalendarDayKind, HolidayCalendar } from "./calendar";

const TTL_MS = 60_000;
let cached: { at: number; calendar: HolidayCalendar } | null = null;

export async function loadCalendar(options: { db: Db; fresh?: boolean }): Promise<HolidayCalendar> {
  if (!options.fresh && cached && Date.now() - cached.at < TTL_MS) return cached.calendar;
  const rows = await options.db.calendarDay.findMany({ select: { date: true, kind: true } });
  const calendar = new Map<string, CalendarDayKind>(rows.map((r) => [isoDate(r.date), r.kind]));
  cached = { at: Date.now(), calendar };
  return calendar;
}

/** After an administrator edits the calendar. */
export function forgetCalendar(): void {
  cached = null;
}
