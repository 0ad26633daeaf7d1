// Calendar rules the engine relies on: real dates, the age of majority, 29 February, China's today.
import { describe, expect, it } from "vitest";
import { addDays, addYears, anniversaryKey, dateKey, isInPeriod, isMinorOn, isRealIsoDate, todayInChina } from "./dates";

const minorOn = (birthDate: string, on: string) => isMinorOn({ birthDate, onKey: dateKey(on) });

describe("isMinorOn: a minor is under 18 on the date", () => {
  it.each([
    ["2001-06-01", "2019-06-01", false, "the 18th birthday itself is the first adult day"],
    ["2001-06-02", "2019-06-01", true, "the day before the 18th birthday is still minor"],
    ["2001-06-01", "2019-05-31", true, "one day before"],
    ["1990-01-01", "2019-06-01", false, "long adult"],
    ["2019-06-01", "2019-06-01", true, "born that day"],
    ["2000-12-31", "2018-12-31", false, "year end"],
    ["2001-01-01", "2018-12-31", true, "new year's eve before"],
  ])("born %s, on %s → minor=%s (%s)", (birth, on, minor) => {
    expect(minorOn(birth, on)).toBe(minor);
  });

  it.each([
    ["2000-02-29", "2018-02-28", true],
    ["2000-02-29", "2018-03-01", false],
    ["2004-02-29", "2022-02-28", true],
    ["2004-02-29", "2022-03-01", false],
  ])("born on 29 February %s: on %s minor=%s (the anniversary falls on 1 March)", (birth, on, minor) => {
    expect(minorOn(birth, on)).toBe(minor);
  });

  it("keeps 29 February as the anniversary in a leap year", () => {
    expect(anniversaryKey("2000-02-29", 4)).toBe(20040229);
    expect(anniversaryKey("2000-02-29", 18)).toBe(20180301);
  });
});

describe("calendar helpers", () => {
  it.each([
    ["2019-02-28", true],
    ["2019-02-29", false],
    ["2020-02-29", true],
    ["1900-02-29", false],
    ["2000-02-29", true],
    ["2019-04-31", false],
    ["2019-12-31", true],
    ["2019-13-01", false],
    ["0000-01-01", false],
    ["2019-1-01", false],
  ])("isRealIsoDate(%s) = %s", (value, real) => {
    expect(isRealIsoDate(value)).toBe(real);
  });

  it("adds days across months, years and leap days", () => {
    expect(addDays({ date: "2020-02-28", days: 1 })).toBe("2020-02-29");
    expect(addDays({ date: "2020-12-31", days: 1 })).toBe("2021-01-01");
    expect(addDays({ date: "2017-10-23", days: -1 })).toBe("2017-10-22");
    expect(addYears({ date: "2020-02-29", years: -18 })).toBe("2002-02-28");
    expect(addYears({ date: "2019-06-01", years: -18 })).toBe("2001-06-01");
  });

  it("treats both ends of a period as in force, and null as open-ended", () => {
    const period = { from: "2017-10-23", to: "2020-10-22" };
    expect(isInPeriod({ onKey: dateKey("2017-10-22"), ...period })).toBe(false);
    expect(isInPeriod({ onKey: dateKey("2017-10-23"), ...period })).toBe(true);
    expect(isInPeriod({ onKey: dateKey("2020-10-22"), ...period })).toBe(true);
    expect(isInPeriod({ onKey: dateKey("2020-10-23"), ...period })).toBe(false);
    expect(isInPeriod({ onKey: dateKey("2999-01-01"), from: "2018-01-01", to: null })).toBe(true);
  });

  it("gives today's date in China (UTC+8) for a given instant", () => {
    expect(todayInChina({ now: new Date("2020-01-01T15:59:59Z") })).toBe("2020-01-01");
    expect(todayInChina({ now: new Date("2020-01-01T16:00:00Z") })).toBe("2020-01-02");
  });
});
