import { describe, expect, it } from "vitest";
import {
  countySettlements,
  monthsBetween,
  populationByUnit,
  settlementsByMonth,
  settlementsByPathway,
  settlementsByStation,
} from "./aggregate";
import type { SettlementGroup } from "./registry-queries";

describe("populationByUnit", () => {
  it("sums the stations under each unit's path, for one day only", () => {
    const rows = [
      { on: "2018-12-31", stationPath: "/p/c/a/s1/", urban: true, count: 3 },
      { on: "2018-12-31", stationPath: "/p/c/a/s1/", urban: false, count: 1 },
      { on: "2018-12-31", stationPath: "/p/c/b/s2/", urban: false, count: 4 },
      { on: "2017-12-31", stationPath: "/p/c/a/s1/", urban: true, count: 99 },
    ];
    const units = [
      { id: "c", path: "/p/c/" },
      { id: "a", path: "/p/c/a/" },
      { id: "b", path: "/p/c/b/" },
      { id: "z", path: "/p/z/" },
    ];
    const result = populationByUnit({ rows, units, on: "2018-12-31" });
    expect(result.get("c")).toEqual({ urban: 3, total: 8 });
    expect(result.get("a")).toEqual({ urban: 3, total: 4 });
    expect(result.get("b")).toEqual({ urban: 0, total: 4 });
    expect(result.get("z")).toEqual({ urban: 0, total: 0 });
  });
});

const person = (over: Partial<SettlementGroup>): SettlementGroup => ({
  month: "2018-03",
  count: 1,
  stationPath: "/p/c/a/s1/",
  countyPath: "/p/c/a/",
  pathwayId: "x",
  clause: "二(一)1",
  category: "AGRI_TRANSFER",
  ...over,
});

describe("settlement groupings", () => {
  it("lists every month of the period, empty ones included", () => {
    expect(monthsBetween({ from: "2018-01-01", to: "2019-01-01" })).toHaveLength(12);
    expect(monthsBetween({ from: "2018-11-01", to: "2019-02-15" })).toEqual(["2018-11", "2018-12", "2019-01", "2019-02"]);
  });
  it("counts by month and category; only the two counted categories make `counted`", () => {
    const persons = [person({}), person({ category: "OTHER_RESIDENT" }), person({ category: "EXCLUDED_CONVERSION", month: "2018-04" })];
    const months = settlementsByMonth({ persons, from: "2018-01-01", to: "2019-01-01" });
    const march = months.find((m) => m.month === "2018-03")!.counts;
    expect([march.AGRI_TRANSFER, march.OTHER_RESIDENT, march.counted, march.all]).toEqual([1, 1, 2, 2]);
    const april = months.find((m) => m.month === "2018-04")!.counts;
    expect([april.EXCLUDED_CONVERSION, april.counted, april.all]).toEqual([1, 0, 1]);
  });
  it("groups by pathway and clause, most first", () => {
    const persons = [person({ pathwayId: "p1" }), person({ pathwayId: "p2" }), person({ pathwayId: "p2", category: "OTHER_RESIDENT" })];
    const groups = settlementsByPathway({ persons });
    expect(groups.map((g) => [g.pathwayId, g.counts.all])).toEqual([
      ["p2", 2],
      ["p1", 1],
    ]);
  });
  it("groups by station, most counted first", () => {
    const persons = [
      person({ stationPath: "/s1/", category: "LOCAL_URBAN_MOVE" }),
      person({ stationPath: "/s2/" }),
      person({ stationPath: "/s1/" }),
    ];
    expect(settlementsByStation({ persons }).map((g) => [g.stationPath, g.counts.counted, g.counts.all])).toEqual([
      ["/s1/", 1, 2],
      ["/s2/", 1, 1],
    ]);
  });
  it("counts one county's two terms of 附件1 part 2", () => {
    const persons = [
      person({}),
      person({ category: "OTHER_RESIDENT" }),
      person({ countyPath: "/p/c/b/" }),
      person({ category: "LOCAL_URBAN_MOVE" }),
    ];
    expect(countySettlements({ persons, countyPath: "/p/c/a/" })).toEqual({ agri: 1, other: 1 });
  });
});
