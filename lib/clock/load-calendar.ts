// The holiday calendar from the CalendarDay table, cached for a minute (it changes a few times a year,
// by an administrator; a minute's delay is harmless and saves a query on every page). The same read
// gives how far the calendar reaches (lib/clock/coverage.ts).
import type { Db } from "@/lib/db";
import { isoDate } from "@/lib/format";
import type { CalendarDayKind, HolidayCalendar } from "./calendar";
import { calendarCoverage, type CalendarCoverage } from "./coverage";

const TTL_MS = 60_000;
let cached: { at: number; calendar: HolidayCalendar; coverage: CalendarCoverage } | null = null;

async function load(options: { db: Db; fresh?: boolean }) {
  if (!options.fresh && cached && Date.now() - cached.at < TTL_MS) return cached;
  const rows = (await options.db.calendarDay.findMany({ select: { date: true, kind: true, source: true } })).map((r) => ({
    date: isoDate(r.date),
    kind: r.kind,
    source: r.source,
  }));
  const calendar = new Map<string, CalendarDayKind>(rows.map((r) => [r.date, r.kind]));
  cached = { at: Date.now(), calendar, coverage: calendarCoverage(rows) };
  return cached;
}

export async function loadCalendar(options: { db: Db; fresh?: boolean }): Promise<HolidayCalendar> {
  return (await load(options)).calendar;
}

/** How far the loaded calendar reaches: confirmed by a published arrangement, and loaded at all. */
export async function loadCalendarCoverage(options: { db: Db; fresh?: boolean }): Promise<CalendarCoverage> {
  return (await load(options)).coverage;
}

/** After an administrator edits the calendar. */
export function forgetCalendar(): void {
  cached = null;
}
