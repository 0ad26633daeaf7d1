// The reporting period of the supervision figures: this month, this quarter, this year (China calendar,
// as of today) or custom dates, from a GET form. Pure: "today" is passed in. A period is whole China
// calendar days, from 00:00 of `from` to the last instant of `to` (Asia/Shanghai, UTC+8, no DST).
import { z } from "zod";
import type { IsoDate } from "@/lib/policy/types";
import { endOfChinaDay } from "@/lib/clock";
import { chinaMidnight, daysBetween } from "@/lib/clock/day";

export const PERIOD_KINDS = ["month", "quarter", "year", "custom"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** Longest custom period: the ordinal table of the working-day clock is built for it (station-health.ts). */
export const MAX_PERIOD_DAYS = 3 * 366;

export interface Period {
  kind: PeriodKind;
  from: IsoDate;
  to: IsoDate;
  /** The instants bounding the period, for queries on timestamps. */
  start: Date;
  end: Date;
}

export type PeriodProblem = "from_invalid" | "to_invalid" | "order" | "too_long";

const isoDateSchema = z.iso.date();

export function startOfChinaDay(date: IsoDate): Date {
  return new Date(chinaMidnight(date).getTime());
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, "0");

function make(kind: PeriodKind, from: IsoDate, to: IsoDate): Period {
  return { kind, from, to, start: startOfChinaDay(from), end: endOfChinaDay(to) };
}

/** The month, quarter or year that contains `today`. */
export function calendarPeriod(options: { kind: Exclude<PeriodKind, "custom">; today: IsoDate }): Period {
  const [y, m] = options.today.split("-").map(Number) as [number, number];
  if (options.kind === "year") return make("year", `${y}-01-01`, `${y}-12-31`);
  const first = options.kind === "month" ? m : Math.floor((m - 1) / 3) * 3 + 1;
  const last = options.kind === "month" ? m : first + 2;
  return make(options.kind, `${y}-${pad(first)}-01`, `${y}-${pad(last)}-${pad(lastDayOfMonth(y, last))}`);
}

/**
 * Reads the form (period, from, to). An unknown kind falls back to this month; a custom period with
 * problems falls back to this month too and reports every problem at once, so the page still shows figures.
 */
export function parsePeriod(options: { query: { period?: string; from?: string; to?: string }; today: IsoDate }): {
  period: Period;
  problems: PeriodProblem[];
} {
  const { query, today } = options;
  const kind = (PERIOD_KINDS as readonly string[]).includes(query.period ?? "") ? (query.period as PeriodKind) : "month";
  if (kind !== "custom") return { period: calendarPeriod({ kind, today }), problems: [] };
  const problems: PeriodProblem[] = [];
  const fromOk = isoDateSchema.safeParse(query.from ?? "").success;
  const toOk = isoDateSchema.safeParse(query.to ?? "").success;
  if (!fromOk) problems.push("from_invalid");
  if (!toOk) problems.push("to_invalid");
  if (fromOk && toOk) {
    const span = daysBetween(query.from!, query.to!);
    if (span < 0) problems.push("order");
    else if (span + 1 > MAX_PERIOD_DAYS) problems.push("too_long");
  }
  if (problems.length > 0) return { period: calendarPeriod({ kind: "month", today }), problems };
  return { period: make("custom", query.from!, query.to!), problems };
}

/** The query-string form of a period, for links that keep it. */
export function periodQuery(period: Period): Record<string, string> {
  return period.kind === "custom" ? { period: "custom", from: period.from, to: period.to } : { period: period.kind };
}
