import { describe, expect, test } from "vitest";
import {
  addDays,
  addYears,
  ageOn,
  checkedDbDate,
  chinaDate,
  chinaMidnight,
  chinaMoment,
  chinaNoon,
  dayOf,
  daysBetween,
  dbDate,
  endOfChinaDay,
} from "./day";

describe("the China day of a moment", () => {
  test("before 16:00 UTC it is the UTC day", () => {
    expect(chinaDate(new Date("2026-03-01T15:59:59.999Z"))).toBe("2026-03-01");
  });
  test("from 16:00 UTC it is already the next day", () => {
    expect(chinaDate(new Date("2026-03-01T16:00:00Z"))).toBe("2026-03-02");
    expect(chinaDate(new Date("2026-03-01T23:59:59Z"))).toBe("2026-03-02");
  });
  test("a leap day begins at 16:00 UTC on 28 February", () => {
    expect(chinaDate(new Date("2028-02-28T15:59:59Z"))).toBe("2028-02-28");
    expect(chinaDate(new Date("2028-02-28T16:00:00Z"))).toBe("2028-02-29");
    expect(chinaDate(new Date("2028-02-29T16:00:00Z"))).toBe("2028-03-01");
  });
});

describe("a day as a Date", () => {
  test("the @db.Date value is UTC midnight and reads back as the same day", () => {
    expect(dbDate("2028-02-29").toISOString()).toBe("2028-02-29T00:00:00.000Z");
    expect(dayOf(dbDate("2028-02-29"))).toBe("2028-02-29");
  });
  test("dayOf a moment is its UTC day, which differs from the China day after 16:00 UTC", () => {
    const evening = new Date("2026-11-20T17:00:00Z");
    expect(dayOf(evening)).toBe("2026-11-20");
    expect(chinaDate(evening)).toBe("2026-11-21");
  });
  test("an ill-formed day: dbDate gives an Invalid Date, checkedDbDate refuses it", () => {
    expect(Number.isNaN(dbDate("2026-13-40").getTime())).toBe(true);
    expect(() => checkedDbDate("2026-13-40")).toThrow("not a date: 2026-13-40");
    expect(checkedDbDate("2026-11-20")).toEqual(dbDate("2026-11-20"));
  });
  test("China midnight is 16:00 UTC the day before; the day ends one millisecond before the next midnight", () => {
    expect(chinaMidnight("2028-03-01").toISOString()).toBe("2028-02-29T16:00:00.000Z");
    expect(endOfChinaDay("2028-02-29").toISOString()).toBe("2028-02-29T15:59:59.999Z");
    expect(chinaDate(chinaMidnight("2028-02-29"))).toBe("2028-02-29");
    expect(chinaDate(endOfChinaDay("2028-02-29"))).toBe("2028-02-29");
  });
  test("China noon and a wall-clock moment", () => {
    expect(chinaNoon("2026-11-20").toISOString()).toBe("2026-11-20T04:00:00.000Z");
    expect(chinaMoment("2026-11-09", "09:12").toISOString()).toBe("2026-11-09T01:12:00.000Z");
  });
});

describe("day arithmetic", () => {
  test("days across a leap day and a year end", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2028-02-29", 1)).toBe("2028-03-01");
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(daysBetween("2028-02-01", "2028-03-01")).toBe(29);
    expect(daysBetween("2026-03-01", "2026-02-01")).toBe(-28);
  });
  test("years: 29 February becomes 28 February in a common year", () => {
    expect(addYears("2028-02-29", 1)).toBe("2029-02-28");
    expect(addYears("2028-02-29", 4)).toBe("2032-02-29");
    expect(addYears("2026-11-20", -18)).toBe("2008-11-20");
  });
  test("age: whole years completed on a day", () => {
    expect(ageOn("2008-11-20", "2026-11-19")).toBe(17);
    expect(ageOn("2008-11-20", "2026-11-20")).toBe(18);
    expect(ageOn("2008-02-29", "2026-02-28")).toBe(17);
    expect(ageOn("2008-02-29", "2026-03-01")).toBe(18);
  });
});
