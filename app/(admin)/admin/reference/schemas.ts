// The reference forms' schemas, beside their actions (README house rule 9). Blank optional fields become null.
import { z } from "zod";
import { TARGET_METRICS } from "@/lib/stats/targets";

const year = z.coerce.number().int().min(2000).max(2100);
const count = z.coerce.number().int().min(0).max(2_000_000_000);
const text = (max: number) => z.string().trim().min(1).max(max);
const blankToNull = (v: unknown) => (v === "" || v === null || v === undefined ? null : v);
const optionalCount = z.preprocess(blankToNull, count.nullable());
const optionalNumber = z.preprocess(blankToNull, z.coerce.number().min(0).max(1_000_000_000).nullable());

export const populationSchema = z.object({ unitId: z.uuid(), year, residentTotal: count, residentUrban: count, source: text(500) });
export const targetSchema = z.object({
  unitId: z.uuid(),
  metric: z.enum(TARGET_METRICS),
  fromYear: year,
  toYear: year,
  value: optionalNumber,
  baseYear: z.preprocess(blankToNull, year.nullable()),
  sourceDocument: text(200),
  sourceClause: text(50),
  note: z.preprocess(blankToNull, z.string().trim().max(500).nullable()),
});
const ASSESSMENT_FIGURES = [
  "hukouTotalPrev",
  "hukouUrbanPrev",
  "hukouTotal",
  "hukouUrban",
  "agriTransferSettlements",
  "otherSettlements",
  "urbanIncreaseTotal",
  "relocatedSettled",
  "relocatedMovedIn",
] as const;
export const assessmentSchema = z.object({
  unitId: z.uuid(),
  year,
  requiredIncrease: z.preprocess(blankToNull, z.coerce.number().min(0).max(100).nullable()),
  ...(Object.fromEntries(ASSESSMENT_FIGURES.map((k) => [k, optionalCount])) as Record<
    (typeof ASSESSMENT_FIGURES)[number],
    typeof optionalCount
  >),
  source: text(500),
});
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(new Date(`${s}T00:00:00Z`).getTime()) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s));
export const calendarSchema = z.object({ date: isoDate, kind: z.enum(["HOLIDAY", "WORKDAY"]), name: text(100), source: text(200) });

// Cross-field problems (urban above total…), found on what was typed and listed with the field problems,
// so the person fixes everything in one go.
type Raw = Record<string, string>;
/** "a" greater than "b", both given as numbers. */
const above = (raw: Raw, a: string, b: string) => raw[a]?.trim() && raw[b]?.trim() && Number(raw[a]) > Number(raw[b]);

export const populationCross = (raw: Raw) => (above(raw, "residentUrban", "residentTotal") ? ["residentUrban"] : []);
export const targetCross = (raw: Raw) => [
  ...(above(raw, "fromYear", "toYear") ? ["toYear"] : []),
  ...((raw.metric === "NO_QUOTA") === Boolean(raw.value?.trim()) ? ["value"] : []),
  ...(raw.metric === "RATE_GAP_REDUCTION" && !raw.baseYear?.trim() ? ["baseYear"] : []),
];
export const assessmentCross = (raw: Raw) => [
  ...(above(raw, "hukouUrbanPrev", "hukouTotalPrev") ? ["hukouUrbanPrev"] : []),
  ...(above(raw, "hukouUrban", "hukouTotal") ? ["hukouUrban"] : []),
];

// The forms (./steps.ts referenceForm): page, schema, done code, cross-field problems.
export const POPULATION_FORM = { page: "population", schema: populationSchema, cross: populationCross } as const;
export const TARGET_FORM = { page: "targets", schema: targetSchema, cross: targetCross } as const;
export const ASSESSMENT_FORM = { page: "assessment", schema: assessmentSchema, cross: assessmentCross } as const;
export const CALENDAR_FORM = { page: "calendar", schema: calendarSchema } as const;
export const CALENDAR_DELETE_FORM = { page: "calendar", schema: z.object({ date: isoDate }), done: "deleted" } as const;
