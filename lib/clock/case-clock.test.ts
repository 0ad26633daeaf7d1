import { describe, expect, it } from "vitest";
import { addWorkingDays, isWorkingDay, workingDaysBetween, type HolidayCalendar } from "./calendar";
import { caseClock, chinaDate, endOfChinaDay, pauseLength, type ClockInput } from "./case-clock";
import { TIME_LIMITS } from "./time-limits";

// A made-up calendar: a three-day holiday Wed 2026-03-04 … Fri 03-06 and a make-up working Saturday 03-07.
const calendar: HolidayCalendar = new Map([
  ["2026-03-04", "HOLIDAY"],
  ["2026-03-05", "HOLIDAY"],
  ["2026-03-06", "HOLIDAY"],
  ["2026-03-07", "WORKDAY"],
]);

/** 09:00 China time on a date. */
const at = (date: string, hour = 9) => new Date(`${date}T${String(hour).padStart(2, "0")}:00:00+08:00`);

function input(over: Partial<ClockInput>): ClockInput {
  return {
    kind: "RESIDENCE_PERMIT",
    status: "IN_REVIEW",
    clockStartedAt: null,
    clockPausedAt: null,
    pausedWorkingDays: 0,
    decidedAt: null,
    ...over,
  };
}

describe("working days", () => {
  it("skips weekends and holidays, counts make-up Saturdays", () => {
    expect(isWorkingDay({ calendar, date: "2026-03-02" })).toBe(true); // Monday
    expect(isWorkingDay({ calendar, date: "2026-03-04" })).toBe(false); // holiday Wednesday
    expect(isWorkingDay({ calendar, date: "2026-03-07" })).toBe(true); // make-up Saturday
    expect(isWorkingDay({ calendar, date: "2026-03-08" })).toBe(false); // Sunday
  });

  it("does not count the start day and lands on the Nth working day after it", () => {
    // Mon 03-02 + 1 → Tue 03-03; + 2 → Sat 03-07 (make-up); + 3 → Mon 03-09
    expect(addWorkingDays({ calendar, from: "2026-03-02", days: 1 })).toBe("2026-03-03");
    expect(addWorkingDays({ calendar, from: "2026-03-02", days: 2 })).toBe("2026-03-07");
    expect(addWorkingDays({ calendar, from: "2026-03-02", days: 3 })).toBe("2026-03-09");
    expect(addWorkingDays({ calendar, from: "2026-03-02", days: 0 })).toBe("2026-03-02");
    expect(() => addWorkingDays({ calendar, from: "2026-03-02", days: -1 })).toThrow(RangeError);
  });

  it("counts working days in (from, to]", () => {
    expect(workingDaysBetween({ calendar, from: "2026-03-02", to: "2026-03-09" })).toBe(3);
    expect(workingDaysBetween({ calendar, from: "2026-03-09", to: "2026-03-02" })).toBe(0);
    expect(workingDaysBetween({ calendar, from: "2026-03-03", to: "2026-03-06" })).toBe(0);
  });

  it("a plain week with an empty calendar", () => {
    expect(addWorkingDays({ calendar: new Map(), from: "2026-03-04", days: 15 })).toBe("2026-03-25");
  });
});

describe("the case clock", () => {
  it("uses the cited limits", () => {
    expect(TIME_LIMITS.RESIDENCE_PERMIT.workingDays).toBe(15);
    expect(TIME_LIMITS.SETTLEMENT.workingDays).toBe(20);
  });

  it("has not started before submission", () => {
    const clock = caseClock({ input: input({ status: "DRAFT" }), calendar, now: at("2026-03-02") });
    expect(clock.state).toBe("not_started");
    expect(clock.dueOn).toBeNull();
  });

  it("runs from submission: 15 working days with the holiday counted out", () => {
    // Submitted Mon 03-02: working days after it are 03-03, 03-07, 03-09…03-13 (5), 03-16…03-20 (5), 03-23, 03-24, 03-25
    const clock = caseClock({ input: input({ clockStartedAt: at("2026-03-02") }), calendar, now: at("2026-03-09") });
    expect(clock.dueOn).toBe("2026-03-25");
    expect(clock.usedWorkingDays).toBe(3);
    expect(clock.remainingWorkingDays).toBe(12);
    expect(clock.state).toBe("running");
    expect(clock.urgency).toBe("ok");
    expect(clock.deadline?.toISOString()).toBe("2026-03-25T15:59:59.999Z");
  });

  it("stands out when three working days or fewer are left, and when past due", () => {
    const started = at("2026-03-02");
    expect(caseClock({ input: input({ clockStartedAt: started }), calendar, now: at("2026-03-20") }).urgency).toBe("near");
    expect(caseClock({ input: input({ clockStartedAt: started }), calendar, now: at("2026-03-25", 23) }).urgency).toBe("near");
    const late = caseClock({ input: input({ clockStartedAt: started }), calendar, now: at("2026-03-26") });
    expect(late.urgency).toBe("overdue");
    expect(late.remainingWorkingDays).toBe(-1);
  });

  it("pauses for 补正: the days waiting for the applicant are not counted", () => {
    const started = at("2026-03-02");
    // Paused Mon 03-09 (3 days used); today Fri 03-13: four working days paused, still 3 used.
    const paused = caseClock({
      input: input({ status: "NEEDS_MATERIALS", clockStartedAt: started, clockPausedAt: at("2026-03-09") }),
      calendar,
      now: at("2026-03-13"),
    });
    expect(paused.state).toBe("paused");
    expect(paused.usedWorkingDays).toBe(3);
    expect(paused.dueOn).toBe("2026-03-31");
    expect(paused.urgency).toBe("ok");
    // Answered Fri 03-13: the pause adds 4 working days; the clock runs again.
    const added = pauseLength({ pausedAt: at("2026-03-09"), now: at("2026-03-13"), calendar });
    expect(added).toBe(4);
    const resumed = caseClock({ input: input({ clockStartedAt: started, pausedWorkingDays: added }), calendar, now: at("2026-03-16") });
    expect(resumed.state).toBe("running");
    expect(resumed.usedWorkingDays).toBe(4);
    expect(resumed.dueOn).toBe("2026-03-31");
  });

  it("stops at the decision", () => {
    const clock = caseClock({
      input: input({ status: "APPROVED", clockStartedAt: at("2026-03-02"), decidedAt: at("2026-03-10") }),
      calendar,
      now: at("2026-06-01"),
    });
    expect(clock.state).toBe("stopped");
    expect(clock.usedWorkingDays).toBe(4);
    expect(clock.urgency).toBe("ok");
  });

  it("reads dates in China time", () => {
    expect(chinaDate(new Date("2026-03-01T16:30:00Z"))).toBe("2026-03-02");
    expect(endOfChinaDay("2026-03-02").toISOString()).toBe("2026-03-02T15:59:59.999Z");
  });
});
