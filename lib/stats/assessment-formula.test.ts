// 黔南 附件1 二(一)1, worked by hand. Figures are chosen so each step can be checked on paper.
import { describe, expect, it } from "vitest";
import { assessCounty, figure, pickFigure, type AssessmentInputs } from "./assessment-formula";

const e = (v: number | null) => figure(v, "ENTERED");

/** A county: rate 40.00% → 41.00% (+1.00 point), required +2.0; 300 + 100 of 1000; 450 of 600. */
function county(over: Partial<Record<keyof AssessmentInputs, number | null>> = {}): AssessmentInputs {
  const base: Record<keyof AssessmentInputs, number | null> = {
    requiredIncrease: 2,
    hukouUrbanPrev: 40_000,
    hukouTotalPrev: 100_000,
    hukouUrban: 41_000,
    hukouTotal: 100_000,
    agriTransferSettlements: 300,
    otherSettlements: 100,
    urbanIncreaseTotal: 1_000,
    relocatedSettled: 450,
    relocatedMovedIn: 600,
  };
  const merged = { ...base, ...over };
  return Object.fromEntries(Object.entries(merged).map(([k, v]) => [k, e(v)])) as unknown as AssessmentInputs;
}

describe("附件1 part 1 — hukou urbanization rate, 40 points", () => {
  it("scores (41.00 − 40.00) ÷ 2.0 × 40 = 20", () => {
    const r = assessCounty(county());
    expect(r.ratePrev).toBeCloseTo(40, 10);
    expect(r.rate).toBeCloseTo(41, 10);
    expect(r.rateChange).toBeCloseTo(1, 10);
    expect(r.rateIncrease.score).toBeCloseTo(20, 10);
    expect(r.rateIncrease.capped).toBe(false);
  });

  it("caps at 40 when the rise exceeds the requirement: +1.00 against 0.6 → 66.67 raw, 40 points", () => {
    const r = assessCounty(county({ requiredIncrease: 0.6 }));
    expect(r.rateIncrease.raw).toBeCloseTo(66.6667, 3);
    expect(r.rateIncrease.score).toBe(40);
    expect(r.rateIncrease.capped).toBe(true);
  });

  it("gives 0 for a falling rate (负增长的不得分), whatever the requirement", () => {
    const r = assessCounty(county({ hukouUrban: 39_500 }));
    expect(r.rateChange).toBeCloseTo(-0.5, 10);
    expect(r.rateIncrease.score).toBe(0);
    expect(r.rateIncrease.reason).toBe("FALLING_RATE");
    const noRequirement = assessCounty(county({ hukouUrban: 39_500, requiredIncrease: null }));
    expect(noRequirement.rateIncrease.score).toBe(0);
  });

  it("an unchanged rate earns 0 points but is scored", () => {
    const r = assessCounty(county({ hukouUrban: 40_000 }));
    expect(r.rateIncrease.score).toBe(0);
    expect(r.rateIncrease.reason).toBeNull();
  });

  it("a required increase of zero cannot be divided by: not scored, and says why", () => {
    const r = assessCounty(county({ requiredIncrease: 0 }));
    expect(r.rateIncrease.score).toBeNull();
    expect(r.rateIncrease.reason).toBe("ZERO_DENOMINATOR");
    expect(r.complete).toBe(false);
  });

  it("the rate is computed from its population figures: 266,240 of 512,000 is 52.00%", () => {
    const r = assessCounty(
      county({ hukouUrbanPrev: 266_240, hukouTotalPrev: 512_000, hukouUrban: 273_465, hukouTotal: 515_000, requiredIncrease: 0.6 }),
    );
    expect(r.ratePrev).toBeCloseTo(52, 10);
    expect(r.rate).toBeCloseTo(53.1, 10);
    expect(r.rateIncrease.raw).toBeCloseTo((1.1 / 0.6) * 40, 8);
  });
});

describe("附件1 part 2 — settlements in towns, 30 points", () => {
  it("scores (300 + 100) ÷ 1000 × 30 = 12", () => {
    const r = assessCounty(county());
    expect(r.settlements.numerator).toBe(400);
    expect(r.settlements.denominator).toBe(1000);
    expect(r.settlements.score).toBeCloseTo(12, 10);
  });

  it("caps at 30: 7600 of 7200 → 31.67 raw, 30 points", () => {
    const r = assessCounty(county({ agriTransferSettlements: 6200, otherSettlements: 1400, urbanIncreaseTotal: 7200 }));
    expect(r.settlements.raw).toBeCloseTo(31.6667, 3);
    expect(r.settlements.score).toBe(30);
    expect(r.settlements.capped).toBe(true);
  });

  it("a year without urban increase is not scored (zero denominator)", () => {
    const r = assessCounty(county({ urbanIncreaseTotal: 0 }));
    expect(r.settlements.score).toBeNull();
    expect(r.settlements.reason).toBe("ZERO_DENOMINATOR");
  });
});

describe("附件1 part 3 — relocation settlements, 30 points", () => {
  it("scores 450 ÷ 600 × 30 = 22.5", () => {
    expect(assessCounty(county()).relocation.score).toBeCloseTo(22.5, 10);
  });

  it("caps at 30 when more settled than the list holds", () => {
    const r = assessCounty(county({ relocatedSettled: 700 }));
    expect(r.relocation.score).toBe(30);
    expect(r.relocation.capped).toBe(true);
  });
});

describe("the total", () => {
  it("adds the three parts: 20 + 12 + 22.5 = 54.5, complete", () => {
    const r = assessCounty(county());
    expect(r.total).toBeCloseTo(54.5, 10);
    expect(r.complete).toBe(true);
  });

  it("a county with no data scores nothing and is marked incomplete in every part", () => {
    const none = Object.fromEntries(Object.keys(county()).map((k) => [k, figure(null, "ENTERED")])) as unknown as AssessmentInputs;
    const r = assessCounty(none);
    expect([r.rateIncrease.reason, r.settlements.reason, r.relocation.reason]).toEqual(["NO_DATA", "NO_DATA", "NO_DATA"]);
    expect(r.total).toBe(0);
    expect(r.complete).toBe(false);
    expect(r.rate).toBeNull();
  });

  it("the maximum is 100", () => {
    const r = assessCounty(county({ requiredIncrease: 0.1, urbanIncreaseTotal: 10, relocatedMovedIn: 1 }));
    expect(r.total).toBe(100);
  });
});

describe("which figure counts", () => {
  it("an entered figure wins over the registry's; without one the registry's is used; neither is missing", () => {
    expect(pickFigure({ entered: 5, registry: 9 })).toEqual({ value: 5, source: "ENTERED" });
    expect(pickFigure({ entered: 0, registry: 9 })).toEqual({ value: 0, source: "ENTERED" });
    expect(pickFigure({ entered: null, registry: 9 })).toEqual({ value: 9, source: "REGISTRY" });
    expect(pickFigure({ entered: undefined, registry: null })).toEqual({ value: null, source: "MISSING" });
  });
});
