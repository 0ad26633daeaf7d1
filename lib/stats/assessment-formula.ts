// 黔南 附件1 《黔南州2018年户籍制度改革工作考评办法》 二(一)1: each county's 100 points in three parts.
// Pure: the figures come in with where they came from, the three parts and the total go out with every
// step a supervisor needs to check them by hand (docs/decisions/0202).
import { hukouUrbanizationRate } from "./formulas";

/** Where a figure came from: typed in by an administrator from a report, counted in the registry, or absent. */
export type FigureSource = "ENTERED" | "REGISTRY" | "MISSING";

export interface Figure {
  value: number | null;
  source: FigureSource;
}

export const figure = (value: number | null | undefined, source: Exclude<FigureSource, "MISSING">): Figure =>
  value === null || value === undefined ? { value: null, source: "MISSING" } : { value, source };

/** An entered figure wins; otherwise the registry's, when it can count it. */
export function pickFigure(options: { entered: number | null | undefined; registry: number | null | undefined }): Figure {
  const entered = figure(options.entered, "ENTERED");
  return entered.source === "ENTERED" ? entered : figure(options.registry, "REGISTRY");
}

export interface AssessmentInputs {
  requiredIncrease: Figure;
  hukouUrbanPrev: Figure;
  hukouTotalPrev: Figure;
  hukouUrban: Figure;
  hukouTotal: Figure;
  agriTransferSettlements: Figure;
  otherSettlements: Figure;
  urbanIncreaseTotal: Figure;
  relocatedSettled: Figure;
  relocatedMovedIn: Figure;
}

export type PartReason = "NO_DATA" | "ZERO_DENOMINATOR" | "FALLING_RATE" | null;

export interface PartScore {
  max: number;
  /** Numerator and denominator of the ratio the part multiplies by its maximum. */
  numerator: number | null;
  denominator: number | null;
  /** ratio × max before the cap; null when the part cannot be scored. */
  raw: number | null;
  /** The points: capped at max; 0 for a falling rate; null when not scorable. */
  score: number | null;
  capped: boolean;
  reason: PartReason;
}

export interface AssessmentResult {
  ratePrev: number | null;
  rate: number | null;
  /** rate − ratePrev, percentage points. */
  rateChange: number | null;
  rateIncrease: PartScore;
  settlements: PartScore;
  relocation: PartScore;
  /** Sum of the parts that could be scored. */
  total: number;
  /** False when a part could not be scored: the total is then incomplete and says so. */
  complete: boolean;
}

export const PART_MAX = { rateIncrease: 40, settlements: 30, relocation: 30 } as const;

function ratioPart(options: { numerator: number | null; denominator: number | null; max: number }): PartScore {
  const { numerator, denominator, max } = options;
  const base = { max, numerator, denominator };
  if (numerator === null || denominator === null) return { ...base, raw: null, score: null, capped: false, reason: "NO_DATA" };
  if (denominator === 0) return { ...base, raw: null, score: null, capped: false, reason: "ZERO_DENOMINATOR" };
  const raw = (numerator / denominator) * max;
  // A negative ratio (a negative urban increase entered from a report) earns nothing rather than minus points.
  const score = Math.max(0, Math.min(raw, max));
  return { ...base, raw, score, capped: raw > max, reason: null };
}

export function assessCounty(inputs: AssessmentInputs): AssessmentResult {
  const v = (f: Figure) => f.value;
  const ratePrev =
    v(inputs.hukouUrbanPrev) === null || v(inputs.hukouTotalPrev) === null
      ? null
      : hukouUrbanizationRate({ urban: v(inputs.hukouUrbanPrev)!, total: v(inputs.hukouTotalPrev)! });
  const rate =
    v(inputs.hukouUrban) === null || v(inputs.hukouTotal) === null
      ? null
      : hukouUrbanizationRate({ urban: v(inputs.hukouUrban)!, total: v(inputs.hukouTotal)! });
  const change = ratePrev === null || rate === null ? null : rate - ratePrev;

  // (1) 40 points: (rate − previous rate) ÷ required increase × 40, at most 40, "负增长的不得分".
  let rateIncrease = ratioPart({ numerator: change, denominator: v(inputs.requiredIncrease), max: PART_MAX.rateIncrease });
  if (change !== null && change < 0)
    rateIncrease = { ...rateIncrease, raw: rateIncrease.raw, score: 0, capped: false, reason: "FALLING_RATE" };

  // (2) 30 points: (agricultural-transfer + other residents' settlements) ÷ the year's urban increase × 30, at most 30.
  const agri = v(inputs.agriTransferSettlements);
  const other = v(inputs.otherSettlements);
  const settlements = ratioPart({
    numerator: agri === null || other === null ? null : agri + other,
    denominator: v(inputs.urbanIncreaseTotal),
    max: PART_MAX.settlements,
  });

  // (3) 30 points: relocated people settled by 30 November ÷ relocated people moved in (provincial list) × 30, at most 30.
  const relocation = ratioPart({
    numerator: v(inputs.relocatedSettled),
    denominator: v(inputs.relocatedMovedIn),
    max: PART_MAX.relocation,
  });

  const parts = [rateIncrease, settlements, relocation];
  return {
    ratePrev,
    rate,
    rateChange: change,
    rateIncrease,
    settlements,
    relocation,
    total: parts.reduce((sum, p) => sum + (p.score ?? 0), 0),
    complete: parts.every((p) => p.score !== null),
  };
}
