// The KPI page speaks of pathways in words, and a past year's headline is that year's.
import { describe, expect, it } from "vitest";
import { policyLibrary } from "@/lib/policy/library";
import { headlineDay, pathwayLabel } from "./kpi-tables";
import { chinaTimestamp } from "@/lib/format";

describe("KPI labels", () => {
  it("a pathway reads as the policy library's summary, in the reader's language", () => {
    const p = policyLibrary.find((x) => x.jurisdiction === "qiannan")!.pathways[0];
    expect(pathwayLabel({ pathwayId: p.id, locale: "zh-CN" })).toBe(p.summary);
    expect(pathwayLabel({ pathwayId: p.id, locale: "en" })).toBe(p.summaryEn);
    expect(pathwayLabel({ pathwayId: null, locale: "zh-CN" })).toBe("—");
    expect(pathwayLabel({ pathwayId: "no.such", locale: "zh-CN" })).toBe("no.such");
  });

  it("the headline day: today for this year or later, 31 December for a past year", () => {
    expect(headlineDay({ year: 2018, today: "2026-12-07" })).toBe("2018-12-31");
    expect(headlineDay({ year: 2026, today: "2026-12-07" })).toBe("2026-12-07");
    expect(headlineDay({ year: 2027, today: "2026-12-07" })).toBe("2026-12-07");
  });

  it("CSV times are China time with the offset", () => {
    expect(chinaTimestamp(new Date("2026-12-07T17:05:09.123Z"))).toBe("2026-12-08 01:05:09 +08:00");
  });
});
