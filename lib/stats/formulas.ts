// The reform KPI formulas, pure: numbers in, numbers out, no database and no clock. Each formula
// names the clause that defines it; the queries in this folder only gather the inputs.

/** A rate in percent, or null where there is nobody to divide by (a county with no data). */
export function ratePercent(options: { part: number; whole: number }): number | null {
  const { part, whole } = options;
  if (!(whole > 0)) return null;
  return (part / whole) * 100;
}

/**
 * 户籍人口城镇化率 (黔南 附件1 一(一): "户籍城镇人口数除以户籍人口总数"): urban hukou population over
 * total hukou population, in percent.
 */
export function hukouUrbanizationRate(options: { urban: number; total: number }): number | null {
  return ratePercent({ part: options.urban, whole: options.total });
}

/** 常住人口城镇化率: urban resident population over resident population, in percent. */
export function residentUrbanizationRate(options: { residentUrban: number; residentTotal: number }): number | null {
  return ratePercent({ part: options.residentUrban, whole: options.residentTotal });
}

/** The gap 韶关 一 asks to narrow: resident rate minus hukou rate, in percentage points. */
export function rateGap(options: { residentRate: number | null; hukouRate: number | null }): number | null {
  const { residentRate, hukouRate } = options;
  if (residentRate === null || hukouRate === null) return null;
  return residentRate - hukouRate;
}

/** Change of a rate over a period, in percentage points. */
export function rateChange(options: { from: number | null; to: number | null }): number | null {
  if (options.from === null || options.to === null) return null;
  return options.to - options.from;
}

/** Rounds for display and CSV: percentages to 2 places, scores to 2 places (no binary noise like 39.99999). */
export function round2(value: number): number {
  // value × 100 first trimmed to 12 significant digits: 1.005 × 100 is 100.49999999999999 in binary.
  return Math.round(Number((value * 100).toPrecision(12))) / 100;
}

export type TargetKind = "AT_LEAST_VALUE" | "NO_QUOTA";

export interface TargetProgress {
  /** Share of the target reached, percent (may exceed 100), or null when it cannot be measured. */
  percent: number | null;
  met: boolean | null;
  /** Why progress is not measured: no quota set, no actual figure, or a target of zero. */
  reason: "NO_QUOTA" | "NO_DATA" | "ZERO_TARGET" | null;
}

/**
 * Progress against an "at least" target (韶关 一, 黔南 一). A target of zero is met by anything but
 * has no meaningful share; a unit with no quota (乌审旗 三(三) "不定任务指标") has no progress at all.
 */
export function targetProgress(options: { target: number | null; actual: number | null }): TargetProgress {
  const { target, actual } = options;
  if (target === null) return { percent: null, met: null, reason: "NO_QUOTA" };
  if (actual === null) return { percent: null, met: null, reason: "NO_DATA" };
  if (target === 0) return { percent: null, met: actual >= 0, reason: "ZERO_TARGET" };
  return { percent: (actual / target) * 100, met: actual >= target, reason: null };
}
