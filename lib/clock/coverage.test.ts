import { describe, expect, it } from "vitest";
import { COVERAGE_WARNING_DAYS, calendarCoverage, coverageAlert, isPastCoverage, isStatutoryOnlySource } from "./coverage";

const NOTICE_2026 = "国务院办公厅关于2026年部分节假日安排的通知";
const STATUTORY = "《全国年节及纪念日放假办法》（2024年修订）第二条规定的法定节假日";

describe("calendarCoverage", () => {
  it("ends with the last year of a published arrangement; statutory-only years are loaded, not confirmed", () => {
    const rows = [
      { date: "2025-01-01", source: "国务院办公厅关于2025年部分节假日安排的通知" },
      { date: "2026-01-01", source: NOTICE_2026 },
      { date: "2027-01-01", source: STATUTORY },
    ];
    expect(calendarCoverage(rows)).toEqual({ confirmedThrough: "2026-12-31", loadedThrough: "2027-12-31" });
    expect(isStatutoryOnlySource(STATUTORY)).toBe(true);
    expect(isStatutoryOnlySource(NOTICE_2026)).toBe(false);
  });

  it("a year with one statutory row left is not confirmed; a lone far-future row does not stretch it", () => {
    const rows = [
      { date: "2026-01-01", source: NOTICE_2026 },
      { date: "2027-01-01", source: "国务院办公厅关于2027年部分节假日安排的通知" },
      { date: "2027-10-03", source: STATUTORY },
      { date: "2099-10-01", source: "测试" },
    ];
    expect(calendarCoverage(rows)).toEqual({ confirmedThrough: "2026-12-31", loadedThrough: "2027-12-31" });
  });

  it("nothing loaded: no coverage, every date past it", () => {
    const coverage = calendarCoverage([]);
    expect(coverage).toEqual({ confirmedThrough: null, loadedThrough: null });
    expect(isPastCoverage({ coverage, date: "2026-01-01" })).toBe(true);
    expect(coverageAlert({ coverage, today: "2026-01-01" }).level).toBe("ended");
  });
});

describe("isPastCoverage", () => {
  const coverage = { confirmedThrough: "2026-12-31", loadedThrough: "2027-12-31" };
  it("is false up to the confirmed end, true after it (statutory-only days included)", () => {
    expect(isPastCoverage({ coverage, date: "2026-12-31" })).toBe(false);
    expect(isPastCoverage({ coverage, date: "2027-01-01" })).toBe(true);
  });
});

describe("coverageAlert: 60 days before the confirmed end", () => {
  const coverage = { confirmedThrough: "2026-12-31", loadedThrough: "2026-12-31" };
  it("warns from 60 days before the end, not 61", () => {
    expect(COVERAGE_WARNING_DAYS).toBe(60);
    expect(coverageAlert({ coverage, today: "2026-10-31" })).toMatchObject({ level: "ok", daysLeft: 61 });
    expect(coverageAlert({ coverage, today: "2026-11-01" })).toMatchObject({ level: "ending", daysLeft: 60 });
  });

  it("still 'ending' on the last covered day, 'ended' the day after and later", () => {
    expect(coverageAlert({ coverage, today: "2026-12-31" })).toMatchObject({ level: "ending", daysLeft: 0 });
    expect(coverageAlert({ coverage, today: "2027-01-01" })).toMatchObject({ level: "ended", daysLeft: -1 });
    expect(coverageAlert({ coverage, today: "2027-03-01" })).toMatchObject({ level: "ended", daysLeft: -60 });
  });

  it("names the statutory-only stretch after the confirmed end", () => {
    const withStatutory = { confirmedThrough: "2026-12-31", loadedThrough: "2027-12-31" };
    expect(coverageAlert({ coverage: withStatutory, today: "2026-12-07" })).toEqual({
      level: "ending",
      confirmedThrough: "2026-12-31",
      daysLeft: 24,
      statutoryOnly: { from: "2027-01-01", to: "2027-12-31" },
    });
    expect(coverageAlert({ coverage, today: "2026-12-07" }).statutoryOnly).toBeNull();
  });

  it("across a leap year counts calendar days", () => {
    expect(coverageAlert({ coverage: { confirmedThrough: "2028-12-31", loadedThrough: "2028-12-31" }, today: "2028-11-01" })).toMatchObject(
      { level: "ending", daysLeft: 60 },
    );
  });
});
