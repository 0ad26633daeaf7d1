import { describe, expect, it } from "vitest";
import { endorsementRefusalDetails, endorsementWindow, mayEndorse, monthBefore, windowForDecision } from "./endorsement-window";

const valid = (validUntil: string) => ({ status: "VALID" as const, validUntil });

describe("endorsementWindow (《居住证暂行条例》 第十四条)", () => {
  it("is not yet open the day before the month before the anniversary", () => {
    expect(endorsementWindow({ permit: valid("2027-03-15"), today: "2027-02-14" })).toEqual({
      state: "not_yet",
      opensOn: "2027-02-15",
      anniversary: "2027-03-15",
    });
  });

  it("opens on the first day of the month before the anniversary", () => {
    expect(endorsementWindow({ permit: valid("2027-03-15"), today: "2027-02-15" })).toEqual({
      state: "open",
      opensOn: "2027-02-15",
      anniversary: "2027-03-15",
    });
  });

  it("is still on time on the anniversary itself", () => {
    expect(endorsementWindow({ permit: valid("2027-03-15"), today: "2027-03-15" }).state).toBe("open");
  });

  it("is late the day after the anniversary, for a year", () => {
    expect(endorsementWindow({ permit: valid("2027-03-15"), today: "2027-03-16" })).toEqual({
      state: "late",
      anniversary: "2027-03-15",
      lateUntil: "2028-03-15",
    });
    expect(endorsementWindow({ permit: valid("2027-03-15"), today: "2028-03-15" }).state).toBe("late");
    expect(endorsementWindow({ permit: valid("2027-03-15"), today: "2028-03-16" }).state).toBe("none");
  });

  it("takes a suspended permit as late even before its recorded anniversary", () => {
    expect(endorsementWindow({ permit: { status: "SUSPENDED", validUntil: "2027-03-15" }, today: "2027-01-01" }).state).toBe("late");
  });

  it("offers nothing for an expired or cancelled permit", () => {
    expect(endorsementWindow({ permit: { status: "EXPIRED", validUntil: "2027-03-15" }, today: "2027-03-01" }).state).toBe("none");
    expect(endorsementWindow({ permit: { status: "CANCELLED", validUntil: "2027-03-15" }, today: "2027-03-01" }).state).toBe("none");
  });

  it("handles leap years: 29 February anniversaries and month ends", () => {
    expect(endorsementWindow({ permit: valid("2028-02-29"), today: "2028-01-29" }).state).toBe("open");
    expect(endorsementWindow({ permit: valid("2028-02-29"), today: "2028-01-28" }).state).toBe("not_yet");
    expect(endorsementWindow({ permit: valid("2028-02-29"), today: "2028-03-01" }).state).toBe("late");
    // A month before 31 March is the last day of February: 29th in a leap year, 28th otherwise.
    expect(monthBefore("2028-03-31")).toBe("2028-02-29");
    expect(monthBefore("2027-03-31")).toBe("2027-02-28");
    expect(endorsementWindow({ permit: valid("2028-03-31"), today: "2028-02-29" }).state).toBe("open");
    expect(endorsementWindow({ permit: valid("2028-03-31"), today: "2028-02-28" }).state).toBe("not_yet");
    // Late ends on the second anniversary; 29 Feb maps to 28 Feb in the common year after.
    expect(endorsementWindow({ permit: valid("2028-02-29"), today: "2029-02-28" }).state).toBe("late");
    expect(endorsementWindow({ permit: valid("2028-02-29"), today: "2029-03-01" }).state).toBe("none");
  });

  it("crosses the new year: a January anniversary opens in December", () => {
    expect(monthBefore("2027-01-10")).toBe("2026-12-10");
    expect(
      endorsementWindow({ permit: { status: "VALID", validUntil: new Date("2027-01-10T00:00:00Z") }, today: "2026-12-10" }).state,
    ).toBe("open");
  });
});

describe("windowForDecision: judged on the day the holder applied", () => {
  it("applied on time stays on time when approved after the anniversary, even once the overdue job suspended it", () => {
    expect(
      windowForDecision({ permit: { status: "SUSPENDED", validUntil: "2027-03-15" }, appliedOn: "2027-03-10", today: "2027-03-20" }).state,
    ).toBe("open");
  });
  it("applied a year early is refused; applied late is late", () => {
    const early = windowForDecision({ permit: valid("2028-03-15"), appliedOn: "2027-03-16", today: "2027-03-20" });
    expect(mayEndorse(early)).toBe(false);
    expect(endorsementRefusalDetails(early)).toEqual(["not_yet", "2028-02-15", "2028-03-15"]);
    expect(
      windowForDecision({ permit: { status: "SUSPENDED", validUntil: "2027-03-15" }, appliedOn: "2027-04-01", today: "2027-04-02" }).state,
    ).toBe("late");
  });
  it("without an application date, today's window", () => {
    expect(windowForDecision({ permit: valid("2027-03-15"), appliedOn: null, today: "2027-03-01" }).state).toBe("open");
  });
});
