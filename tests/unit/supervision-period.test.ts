import { describe, expect, it } from "vitest";
import { calendarPeriod, parsePeriod, periodQuery, startOfChinaDay } from "@/lib/stats/period";
import { medianOfCounts, mergeCounts } from "@/lib/stats/median";

describe("reporting periods (China calendar)", () => {
  it("this month runs from the 1st to the month's last day, leap February included", () => {
    expect(calendarPeriod({ kind: "month", today: "2024-02-10" })).toMatchObject({ from: "2024-02-01", to: "2024-02-29" });
    expect(calendarPeriod({ kind: "month", today: "2026-02-28" })).toMatchObject({ from: "2026-02-01", to: "2026-02-28" });
    expect(calendarPeriod({ kind: "month", today: "2026-12-31" })).toMatchObject({ from: "2026-12-01", to: "2026-12-31" });
  });

  it("this quarter is the three months around today", () => {
    expect(calendarPeriod({ kind: "quarter", today: "2026-01-01" })).toMatchObject({ from: "2026-01-01", to: "2026-03-31" });
    expect(calendarPeriod({ kind: "quarter", today: "2026-05-15" })).toMatchObject({ from: "2026-04-01", to: "2026-06-30" });
    expect(calendarPeriod({ kind: "quarter", today: "2026-09-30" })).toMatchObject({ from: "2026-07-01", to: "2026-09-30" });
    expect(calendarPeriod({ kind: "quarter", today: "2026-11-20" })).toMatchObject({ from: "2026-10-01", to: "2026-12-31" });
  });

  it("bounds are China midnights: 1 March 00:00 +08:00 is 28 February 16:00 UTC", () => {
    const p = calendarPeriod({ kind: "month", today: "2026-03-09" });
    expect(p.start.toISOString()).toBe("2026-02-28T16:00:00.000Z");
    expect(p.end.toISOString()).toBe("2026-03-31T15:59:59.999Z");
    expect(startOfChinaDay("2026-01-01").toISOString()).toBe("2025-12-31T16:00:00.000Z");
  });

  it("a custom period keeps its dates; an unknown kind is this month", () => {
    expect(parsePeriod({ query: { period: "custom", from: "2026-01-15", to: "2026-02-14" }, today: "2026-11-20" })).toMatchObject({
      period: { kind: "custom", from: "2026-01-15", to: "2026-02-14" },
      problems: [],
    });
    expect(parsePeriod({ query: { period: "decade" }, today: "2026-11-20" }).period).toMatchObject({
      kind: "month",
      from: "2026-11-01",
      to: "2026-11-30",
    });
    expect(parsePeriod({ query: {}, today: "2026-11-20" }).period.kind).toBe("month");
  });

  it("lists every problem of a custom period at once and falls back to this month", () => {
    expect(parsePeriod({ query: { period: "custom", from: "2026-13-01", to: "" }, today: "2026-11-20" })).toMatchObject({
      period: { kind: "month" },
      problems: ["from_invalid", "to_invalid"],
    });
    expect(parsePeriod({ query: { period: "custom", from: "2026-03-02", to: "2026-03-01" }, today: "2026-11-20" }).problems).toEqual([
      "order",
    ]);
    expect(parsePeriod({ query: { period: "custom", from: "2020-01-01", to: "2026-01-01" }, today: "2026-11-20" }).problems).toEqual([
      "too_long",
    ]);
    // One day is a period.
    expect(parsePeriod({ query: { period: "custom", from: "2026-03-01", to: "2026-03-01" }, today: "2026-11-20" }).problems).toEqual([]);
  });

  it("round-trips through the query string", () => {
    const { period } = parsePeriod({ query: { period: "custom", from: "2026-01-15", to: "2026-02-14" }, today: "2026-11-20" });
    expect(parsePeriod({ query: periodQuery(period), today: "2026-11-20" }).period).toEqual(period);
    expect(periodQuery(calendarPeriod({ kind: "year", today: "2026-11-20" }))).toEqual({ period: "year" });
  });
});

describe("medians from counts", () => {
  const counts = (values: number[]) => mergeCounts({ parts: values.map((v) => new Map([[v, 1]])) });

  it("odd and even sizes, duplicates, empty", () => {
    expect(medianOfCounts({ counts: counts([5, 1, 3]) })).toBe(3);
    expect(medianOfCounts({ counts: counts([4, 1, 3, 10]) })).toBe(3.5);
    expect(medianOfCounts({ counts: new Map([[7, 4]]) })).toBe(7);
    expect(
      medianOfCounts({
        counts: new Map([
          [2, 2],
          [9, 2],
        ]),
      }),
    ).toBe(5.5);
    expect(medianOfCounts({ counts: new Map() })).toBeNull();
    expect(medianOfCounts({ counts: new Map([[3, 0]]) })).toBeNull();
  });

  it("a county's median is of all its cases, not the median of its stations' medians", () => {
    // Station A: 1, 1, 1 (median 1); station B: 10 (median 10); station C: 20 (median 20).
    // Medians of medians would give 10; the county's five cases 1,1,1,10,20 have median 1.
    const a = new Map([[1, 3]]);
    const b = new Map([[10, 1]]);
    const c = new Map([[20, 1]]);
    expect(medianOfCounts({ counts: mergeCounts({ parts: [a, b, c] }) })).toBe(1);
  });

  it("agrees with sorting the values, for many random multisets", () => {
    let seed = 42;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 200; round++) {
      const values = Array.from({ length: 1 + Math.floor(rand() * 30) }, () => Math.floor(rand() * 15));
      const sorted = [...values].sort((x, y) => x - y);
      const mid = sorted.length / 2;
      const expected = sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1]! + sorted[mid]!) / 2;
      expect(medianOfCounts({ counts: counts(values) })).toBe(expected);
    }
  });
});
