import { describe, expect, it } from "vitest";
import { hukouUrbanizationRate, rateChange, rateGap, residentUrbanizationRate, round2, targetProgress } from "./formulas";

describe("urbanization rates", () => {
  it("hukou rate = urban ÷ total × 100: 3 of 8 is 37.5%", () => {
    expect(hukouUrbanizationRate({ urban: 3, total: 8 })).toBe(37.5);
  });
  it("a unit with nobody registered has no rate (not 0%)", () => {
    expect(hukouUrbanizationRate({ urban: 0, total: 0 })).toBeNull();
  });
  it("resident rate, gap and change in percentage points", () => {
    const resident = residentUrbanizationRate({ residentUrban: 550, residentTotal: 1000 });
    expect(resident).toBeCloseTo(55, 10);
    expect(rateGap({ residentRate: resident, hukouRate: 37.5 })).toBeCloseTo(17.5, 10);
    expect(rateGap({ residentRate: null, hukouRate: 37.5 })).toBeNull();
    expect(rateChange({ from: 40, to: 40.5 })).toBe(0.5);
    expect(rateChange({ from: null, to: 40.5 })).toBeNull();
  });
  it("rounds to two places without binary noise", () => {
    expect(round2(1.005)).toBe(1.01);
    expect(round2(24.620689)).toBe(24.62);
    expect(round2(-0.204)).toBe(-0.2);
  });
});

describe("progress against a target", () => {
  it("share and met: 30,000 of 60,000 is 50%, not met; 45.2 of 45 is met", () => {
    expect(targetProgress({ target: 60000, actual: 30000 })).toEqual({ percent: 50, met: false, reason: null });
    expect(targetProgress({ target: 45, actual: 45.2 }).met).toBe(true);
  });
  it("no quota (乌审旗 不定任务指标): no progress at all", () => {
    expect(targetProgress({ target: null, actual: 12 })).toEqual({ percent: null, met: null, reason: "NO_QUOTA" });
  });
  it("a zero target has no share; no actual figure is no data", () => {
    expect(targetProgress({ target: 0, actual: 5 })).toEqual({ percent: null, met: true, reason: "ZERO_TARGET" });
    expect(targetProgress({ target: 10, actual: null }).reason).toBe("NO_DATA");
  });
});
