// 黔南 附件1 county assessment for a year: every county's inputs (entered by an administrator, else
// counted in the registry where it can be), the three parts and the total (assessment-formula.ts).
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { statsUnitScope } from "@/lib/auth/scope";
import { hukouCounts, settlementGroups, urbanAdditions } from "./registry-queries";
import { countySettlements, populationByUnit } from "./aggregate";
import { assessCounty, figure, pickFigure, type AssessmentInputs, type AssessmentResult, type Figure } from "./assessment-formula";
import { RELOCATION_PATHWAYS } from "./settlement-category";
import { requireStatsReader, type KpiUnit } from "./units";
import { yearEnd } from "./urbanization";

export const ASSESSMENT_POLICY = "qiannan";
/** 附件1 二(一)1(3): relocation settlements are counted up to 30 November of the year. */
export const relocationCutoff = (year: number) => `${year}-11-30`;
/** Relocated people are counted cumulatively over the 13th Five-Year Plan ("累计"), from its first day. */
export const RELOCATION_COUNT_FROM = "2016-01-01";

export interface CountyAssessment {
  unit: KpiUnit;
  inputs: AssessmentInputs;
  result: AssessmentResult;
  /** The administrator's note of where the entered figures come from, if any were entered. */
  source: string | null;
}

/** Both figures of a population from one source: a report's pair, or the registry's. */
function pickPair(entered: { urban: number | null; total: number | null }, registry: { urban: number; total: number }): [Figure, Figure] {
  if (entered.urban !== null && entered.total !== null) return [figure(entered.urban, "ENTERED"), figure(entered.total, "ENTERED")];
  return registry.total > 0
    ? [figure(registry.urban, "REGISTRY"), figure(registry.total, "REGISTRY")]
    : [figure(null, "REGISTRY"), figure(null, "REGISTRY")];
}

/** Does the 黔南 附件1 assessment concern this reader (黔南 lies in their scope)? Decides whether its page is offered. */
export async function assessmentInScope(options: { db: Db; actor: Actor }): Promise<boolean> {
  const actor = requireStatsReader(options.actor);
  return (await options.db.jurisdiction.count({ where: { AND: [statsUnitScope(actor), { policyCode: ASSESSMENT_POLICY }] } })) > 0;
}

export async function assessmentOverview(options: {
  db: Db;
  actor: Actor;
  year: number;
}): Promise<{ prefecture: KpiUnit; year: number; counties: CountyAssessment[] }> {
  const { db, year } = options;
  const actor = requireStatsReader(options.actor);
  const select = { id: true, code: true, name: true, nameEn: true, level: true, path: true, policyCode: true } as const;
  // A supervisor of another prefecture finds no 黔南 here: NOT_FOUND, like any unit outside the scope.
  const prefecture = await db.jurisdiction.findFirst({
    where: { AND: [statsUnitScope(actor), { policyCode: ASSESSMENT_POLICY }] },
    select,
  });
  if (!prefecture) throw new DomainError("NOT_FOUND");
  // In the order of the division codes — the order the documents list the counties in.
  const counties = await db.jurisdiction.findMany({
    where: { parentId: prefecture.id, level: "COUNTY" },
    select,
    orderBy: [{ regionCode: "asc" }, { path: "asc" }],
  });
  const prefix = prefecture.path;

  const [counts, yearPersons, relocationPersons, additions, entered] = await Promise.all([
    hukouCounts({ db, prefix, dates: [yearEnd(year - 1), yearEnd(year)] }),
    settlementGroups({ db, prefix, from: `${year}-01-01`, to: `${year + 1}-01-01` }),
    settlementGroups({ db, prefix, from: RELOCATION_COUNT_FROM, to: `${year}-12-01`, pathwayIds: RELOCATION_PATHWAYS }),
    urbanAdditions({ db, prefix, from: `${year}-01-01`, to: yearEnd(year) }),
    db.assessmentInput.findMany({ where: { year, unitId: { in: counties.map((c) => c.id) } } }),
  ]);
  const prev = populationByUnit({ rows: counts, units: counties, on: yearEnd(year - 1) });
  const now = populationByUnit({ rows: counts, units: counties, on: yearEnd(year) });

  return {
    prefecture,
    year,
    counties: counties.map((unit) => {
      const e = entered.find((row) => row.unitId === unit.id);
      const settled = countySettlements({ persons: yearPersons, countyPath: unit.path });
      const relocated = relocationPersons
        .filter((p) => p.countyPath === unit.path && p.pathwayId !== null && RELOCATION_PATHWAYS.includes(p.pathwayId))
        .reduce((sum, p) => sum + p.count, 0);
      const [hukouUrbanPrev, hukouTotalPrev] = pickPair(
        { urban: e?.hukouUrbanPrev ?? null, total: e?.hukouTotalPrev ?? null },
        prev.get(unit.id)!,
      );
      const [hukouUrban, hukouTotal] = pickPair({ urban: e?.hukouUrban ?? null, total: e?.hukouTotal ?? null }, now.get(unit.id)!);
      const inputs: AssessmentInputs = {
        requiredIncrease: figure(
          e?.requiredIncrease === null || e?.requiredIncrease === undefined ? null : Number(e.requiredIncrease),
          "ENTERED",
        ),
        hukouUrbanPrev,
        hukouTotalPrev,
        hukouUrban,
        hukouTotal,
        agriTransferSettlements: pickFigure({ entered: e?.agriTransferSettlements, registry: settled.agri }),
        otherSettlements: pickFigure({ entered: e?.otherSettlements, registry: settled.other }),
        urbanIncreaseTotal: pickFigure({ entered: e?.urbanIncreaseTotal, registry: additions.get(unit.path) ?? 0 }),
        relocatedSettled: pickFigure({ entered: e?.relocatedSettled, registry: relocated }),
        relocatedMovedIn: figure(e?.relocatedMovedIn, "ENTERED"),
      };
      return { unit, inputs, result: assessCounty(inputs), source: e?.source ?? null };
    }),
  };
}
