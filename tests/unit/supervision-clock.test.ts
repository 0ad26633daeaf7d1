import { describe, expect, it } from "vitest";
import { caseClock, chinaDate, workingDaysBetween, type HolidayCalendar } from "@/lib/clock";
import { workingDayOrdinals } from "@/lib/clock/ordinals";
import { RUNNING_STATUSES } from "@/lib/clock";
import { overdueWhere } from "@/lib/clock/overdue";

// 2026-10-01 … 10-07 National Day (holiday), make-up working days Sun 09-27 and Sat 10-10.
const calendar: HolidayCalendar = new Map([
  ...["01", "02", "03", "04", "05", "06", "07"].map((d) => [`2026-10-${d}`, "HOLIDAY"] as const),
  ["2026-09-27", "WORKDAY"],
  ["2026-10-10", "WORKDAY"],
]);

describe("working-day ordinals", () => {
  it("differences of ordinals are workingDaysBetween, for every pair of dates in the range", () => {
    const { dates, ordinals } = workingDayOrdinals({ calendar, from: "2026-09-20", to: "2026-10-20" });
    expect(dates[0]).toBe("2026-09-20");
    expect(dates.at(-1)).toBe("2026-10-20");
    expect(ordinals[0]).toBe(0);
    for (let i = 0; i < dates.length; i++) {
      for (let j = i; j < dates.length; j++) {
        expect(ordinals[j]! - ordinals[i]!).toBe(workingDaysBetween({ calendar, from: dates[i]!, to: dates[j]! }));
      }
    }
  });

  it("reproduces caseClock's working days used at the decision", () => {
    const { dates, ordinals } = workingDayOrdinals({ calendar, from: "2026-01-01", to: "2026-12-31" });
    const ord = new Map(dates.map((d, i) => [d, ordinals[i]!]));
    const cases = [
      { start: "2026-09-25T10:00:00+08:00", decided: "2026-10-12T16:00:00+08:00", paused: 0 },
      { start: "2026-09-30T23:30:00+08:00", decided: "2026-10-08T09:00:00+08:00", paused: 1 },
      { start: "2026-06-01T00:10:00+08:00", decided: "2026-06-01T17:00:00+08:00", paused: 0 },
      { start: "2026-03-02T09:00:00+08:00", decided: "2026-04-30T09:00:00+08:00", paused: 12 },
    ];
    for (const c of cases) {
      const clockStartedAt = new Date(c.start);
      const decidedAt = new Date(c.decided);
      const clock = caseClock({
        input: { kind: "SETTLEMENT", status: "APPROVED", clockStartedAt, clockPausedAt: null, pausedWorkingDays: c.paused, decidedAt },
        calendar,
        now: new Date("2026-12-01T00:00:00Z"),
      });
      const viaOrdinals = Math.max(0, ord.get(chinaDate(decidedAt))! - ord.get(chinaDate(clockStartedAt))! - c.paused);
      expect(viaOrdinals).toBe(clock.usedWorkingDays);
    }
  });
});

describe("overdue is one predicate", () => {
  it("running statuses whose stored deadline has passed — the clock's urgency 'overdue'", () => {
    const now = new Date("2026-11-20T10:00:00+08:00");
    expect(overdueWhere(now)).toEqual({ status: { in: [...RUNNING_STATUSES] }, dueAt: { lt: now } });
    // A case started on Mon 2026-10-12 with the 15-day permit limit is due on Mon 11-02 (no holidays in between).
    const clockStartedAt = new Date("2026-10-12T09:00:00+08:00");
    const clock = (at: Date) =>
      caseClock({
        input: {
          kind: "RESIDENCE_PERMIT",
          status: "IN_REVIEW",
          clockStartedAt,
          clockPausedAt: null,
          pausedWorkingDays: 0,
          decidedAt: null,
        },
        calendar,
        now: at,
      });
    const dueAt = clock(clockStartedAt).deadline!;
    expect(clock(clockStartedAt).dueOn).toBe("2026-11-02");
    for (const at of ["2026-11-02T23:59:00+08:00", "2026-11-03T00:00:01+08:00", "2026-11-20T10:00:00+08:00"].map((s) => new Date(s))) {
      expect(dueAt < at).toBe(clock(at).urgency === "overdue");
    }
  });
});
