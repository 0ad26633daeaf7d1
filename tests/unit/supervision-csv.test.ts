import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n";
import { stationHealthCsv } from "@/lib/stats/supervision-csv";
import type { StationHealth } from "@/lib/stats/station-health";
import { NO_CASE_FIGURES } from "@/tests/factories/station-health";

const now = new Date("2026-04-01T02:00:00Z"); // 10:00 in China

describe("the per-station CSV", () => {
  it("has the BOM, one row per station, the county subtotal and the total, in the page's figures", () => {
    const s1 = {
      ...NO_CASE_FIGURES,
      waiting: 2,
      overdue: 1,
      oldestSubmittedAt: new Date("2026-03-21T16:30:00Z"),
      decided: 3,
      approved: 2,
      refused: 1,
      medianWorkingDays: 2.5,
      approvalRate: 2 / 3,
      ratings: 3,
      averageRating: 11 / 3,
    };
    const health: StationHealth = {
      units: { root: null, counties: [], stations: [] },
      counties: [
        {
          unitId: "c",
          name: "北湖区",
          nameEn: "Beihu District",
          figures: s1,
          stations: [
            { unitId: "s1", name: "人民路派出所", nameEn: "Renmin Road", figures: s1 },
            { unitId: "s2", name: "=燕泉派出所", nameEn: null, figures: NO_CASE_FIGURES },
          ],
        },
      ],
      unplaced: [],
      total: s1,
    };
    const csv = stationHealthCsv({ health, t: translator("zh-CN"), now, english: false });
    expect(csv.startsWith("\uFEFF县区,派出所,待受理,")).toBe(true);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines).toHaveLength(5);
    // Oldest submitted 03-22 00:30 China time, now 04-01: 10 days; 2/3 → 66.7 %.
    expect(lines[1]).toBe("北湖区,人民路派出所,2,0,0,1,10,3,2,1,2.5,66.7,0,3,3.7");
    // A name starting with "=" is not a formula for a spreadsheet.
    expect(lines[2]).toBe("北湖区,'=燕泉派出所,0,0,0,0,,0,0,0,,,0,0,");
    expect(lines[3]).toMatch(/^北湖区,合计,2,/);
    expect(lines[4]).toMatch(/^合计,,2,/);
    expect(stationHealthCsv({ health, t: translator("en"), now, english: true })).toContain("Beihu District,Renmin Road,2");
  });
});
