// The one legal clock of a case: the clerk's queue, the applicant's case page and the supervisors'
// figures all call `caseClock`, so the three can never disagree. It starts on submission (the
// online filing is the 受理 date, decision record 0010), pauses while the applicant is asked for
// materials (补正: the days until the answer are not counted) and stops at the decision.
import { dateKey } from "@/lib/policy/dates";
import type { IsoDate } from "@/lib/policy/types";
import type { ApplicationKind, ApplicationStatus } from "@/lib/generated/prisma/enums";
import { addWorkingDays, workingDaysBetween, type HolidayCalendar } from "./calendar";
import { TIME_LIMITS } from "./time-limits";
import { chinaDate, endOfChinaDay } from "./day";

/** Days or fewer left that make a case stand out as due soon. */
export const NEAR_DEADLINE_WORKING_DAYS = 3;

export { chinaDate, endOfChinaDay } from "./day";

export interface ClockInput {
  kind: ApplicationKind;
  status: ApplicationStatus;
  clockStartedAt: Date | null;
  clockPausedAt: Date | null;
  pausedWorkingDays: number;
  decidedAt: Date | null;
}

export type ClockState = "not_started" | "running" | "paused" | "stopped";
export type Urgency = "ok" | "near" | "overdue";

export interface CaseClock {
  state: ClockState;
  limitWorkingDays: number;
  /** The last working day of the limit, with every pause so far counted out. */
  dueOn: IsoDate | null;
  deadline: Date | null;
  /** Working days used (pauses excluded) and left; negative when overdue. */
  usedWorkingDays: number;
  remainingWorkingDays: number;
  urgency: Urgency;
}

/** Working days of the pause under way, if any, up to `today`. */
function runningPause(input: ClockInput, calendar: HolidayCalendar, today: IsoDate): number {
  if (!input.clockPausedAt) return 0;
  return workingDaysBetween({ calendar, from: chinaDate(input.clockPausedAt), to: today });
}

export function caseClock(options: { input: ClockInput; calendar: HolidayCalendar; now: Date }): CaseClock {
  const { input, calendar } = options;
  const limit = TIME_LIMITS[input.kind].workingDays;
  if (!input.clockStartedAt) {
    return {
      state: "not_started",
      limitWorkingDays: limit,
      dueOn: null,
      deadline: null,
      usedWorkingDays: 0,
      remainingWorkingDays: limit,
      urgency: "ok",
    };
  }
  const stopped = input.status === "APPROVED" || input.status === "REJECTED" || input.status === "WITHDRAWN";
  // A stopped clock is read at the moment it stopped; a paused one at today, with today's pause counted out.
  const at = stopped && input.decidedAt ? input.decidedAt : options.now;
  const today = chinaDate(at);
  const start = chinaDate(input.clockStartedAt);
  const paused = input.pausedWorkingDays + (stopped ? 0 : runningPause(input, calendar, today));
  const dueOn = addWorkingDays({ calendar, from: start, days: limit + paused });
  const used = Math.max(0, workingDaysBetween({ calendar, from: start, to: today }) - paused);
  const remaining = limit - used;
  const deadline = endOfChinaDay(dueOn);
  const state: ClockState = stopped ? "stopped" : input.clockPausedAt ? "paused" : "running";
  let urgency: Urgency = "ok";
  if (dateKey(today) > dateKey(dueOn)) urgency = "overdue";
  else if (state === "running" && remaining <= NEAR_DEADLINE_WORKING_DAYS) urgency = "near";
  return { state, limitWorkingDays: limit, dueOn, deadline, usedWorkingDays: used, remainingWorkingDays: remaining, urgency };
}

/** The working days a pause that began at `pausedAt` and ends at `now` adds to the case. */
export function pauseLength(options: { pausedAt: Date; now: Date; calendar: HolidayCalendar }): number {
  return workingDaysBetween({ calendar: options.calendar, from: chinaDate(options.pausedAt), to: chinaDate(options.now) });
}

/**
 * Statuses whose clock runs: a case in them past its dueAt is overdue. Application.dueAt holds
 * caseClock(...).deadline as of the last change of the clock (submission, pause, resume); while a case
 * waits for materials it is left as it was, and overdue queries leave NEEDS_MATERIALS out.
 */
export const RUNNING_STATUSES = ["SUBMITTED", "IN_REVIEW"] as const satisfies readonly ApplicationStatus[];
