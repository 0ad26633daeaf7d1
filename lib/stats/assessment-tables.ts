// The 黔南 assessment as tables: the summary the page shows beside its chart, each county's detail,
// and the CSV with every input, its source, every step and the points.
import type { Translate } from "@/lib/i18n";
import type { CsvCell } from "@/lib/export/csv";
import type { CountyAssessment } from "./assessment";
import type { AssessmentInputs, PartScore } from "./assessment-formula";
import { round2 } from "./formulas";

export const INPUT_KEYS = [
  "requiredIncrease",
  "hukouUrbanPrev",
  "hukouTotalPrev",
  "hukouUrban",
  "hukouTotal",
  "agriTransferSettlements",
  "otherSettlements",
  "urbanIncreaseTotal",
  "relocatedSettled",
  "relocatedMovedIn",
] as const satisfies readonly (keyof AssessmentInputs)[];

const r2 = (v: number | null) => (v === null ? null : round2(v));

/** The points of a part as shown: the score, or why there is none / why it was cut. */
export function partText(t: Translate, part: PartScore): string {
  if (part.reason === "FALLING_RATE") return `0（${t("kpi.assessment.reason.FALLING_RATE")}）`;
  if (part.reason) return `—（${t(`kpi.assessment.reason.${part.reason}`)}）`;
  const score = String(round2(part.score!));
  return part.capped ? `${score}（${t("kpi.assessment.capped", { max: part.max })}）` : score;
}

export function totalText(t: Translate, c: CountyAssessment): string {
  const total = String(round2(c.result.total));
  return c.result.complete ? total : `${total}（${t("kpi.assessment.incomplete")}）`;
}

export function summaryTable(options: { t: Translate; year: number; counties: CountyAssessment[] }) {
  const { t } = options;
  return {
    title: t("kpi.assessment.summary", { year: options.year }),
    header: [
      t("kpi.assessment.county"),
      t("kpi.assessment.part1Short"),
      t("kpi.assessment.part2Short"),
      t("kpi.assessment.part3Short"),
      t("kpi.assessment.total"),
    ],
    rows: options.counties.map((c): CsvCell[] => [
      c.unit.name,
      partText(t, c.result.rateIncrease),
      partText(t, c.result.settlements),
      partText(t, c.result.relocation),
      totalText(t, c),
    ]),
  };
}

/** One county's detail: every input with its source, then the steps of the three parts. */
export function detailRows(t: Translate, c: CountyAssessment): { item: string; value: string; from: string }[] {
  const num = (v: number | null) => (v === null ? "—" : String(round2(v)));
  const rows = INPUT_KEYS.map((key) => ({
    item: t(`kpi.assessment.inputs.${key}`),
    value: num(c.inputs[key].value),
    from: t(`kpi.assessment.source.${c.inputs[key].source}`),
  }));
  const step = (item: string, value: string) => ({ item, value, from: "" });
  const { result } = c;
  const ratio = (p: PartScore) =>
    p.numerator === null || p.denominator === null ? "—" : `${num(p.numerator)} ÷ ${num(p.denominator)} × ${p.max} = ${num(p.raw)}`;
  return [
    ...rows,
    step(t("kpi.assessment.ratePrev"), result.ratePrev === null ? "—" : `${num(result.ratePrev)}%`),
    step(t("kpi.assessment.rate"), result.rate === null ? "—" : `${num(result.rate)}%`),
    step(t("kpi.assessment.rateChange"), num(result.rateChange)),
    step(`${t("kpi.assessment.part1Short")} · ${t("kpi.assessment.raw")}`, ratio(result.rateIncrease)),
    step(`${t("kpi.assessment.part1Short")} · ${t("kpi.assessment.score")}`, partText(t, result.rateIncrease)),
    step(`${t("kpi.assessment.part2Short")} · ${t("kpi.assessment.raw")}`, ratio(result.settlements)),
    step(`${t("kpi.assessment.part2Short")} · ${t("kpi.assessment.score")}`, partText(t, result.settlements)),
    step(`${t("kpi.assessment.part3Short")} · ${t("kpi.assessment.raw")}`, ratio(result.relocation)),
    step(`${t("kpi.assessment.part3Short")} · ${t("kpi.assessment.score")}`, partText(t, result.relocation)),
    step(t("kpi.assessment.total"), totalText(t, c)),
  ];
}

/** The CSV: one row per county, every input and its source, the rates, raw values and points. */
export function assessmentCsv(options: { t: Translate; counties: CountyAssessment[] }): { header: string[]; rows: CsvCell[][] } {
  const { t } = options;
  const parts = ["part1Short", "part2Short", "part3Short"] as const;
  const header = [
    t("kpi.assessment.county"),
    ...INPUT_KEYS.flatMap((k) => [t(`kpi.assessment.inputs.${k}`), `${t(`kpi.assessment.inputs.${k}`)} · ${t("kpi.assessment.from")}`]),
    t("kpi.assessment.ratePrev"),
    t("kpi.assessment.rate"),
    t("kpi.assessment.rateChange"),
    ...parts.flatMap((p) => [
      `${t(`kpi.assessment.${p}`)} · ${t("kpi.assessment.raw")}`,
      `${t(`kpi.assessment.${p}`)} · ${t("kpi.assessment.score")}`,
      `${t(`kpi.assessment.${p}`)}`,
    ]),
    t("kpi.assessment.total"),
    t("kpi.assessment.incomplete"),
    t("kpi.reference.source"),
  ];
  const rows = options.counties.map((c): CsvCell[] => {
    const { result } = c;
    const partCells = [result.rateIncrease, result.settlements, result.relocation].flatMap((p) => [r2(p.raw), r2(p.score), partText(t, p)]);
    return [
      c.unit.name,
      ...INPUT_KEYS.flatMap((k) => [c.inputs[k].value, t(`kpi.assessment.source.${c.inputs[k].source}`)]),
      r2(result.ratePrev),
      r2(result.rate),
      r2(result.rateChange),
      ...partCells,
      round2(result.total),
      result.complete ? "" : t("kpi.assessment.incomplete"),
      c.source,
    ];
  });
  return { header, rows };
}
