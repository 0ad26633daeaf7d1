// Cases derived from the pack metadata, so a new pack gets them without anyone remembering to:
// the residence-permit rule in every jurisdiction (under its local clause, and under the national decree
// on dates when no local clause is in force), and each policy's first and last day in force — for
// settlement, and for residence permits, which the decree carries past a local document's period (0112).
import { addDays, dateKey } from "../dates";
import { nationalResidencePermit, policyPacks } from "../packs";
import type { Area, IsoDate, JurisdictionCode } from "../types";
import { hukou, request } from "./requests";
import { met, notListed, unmet, type EligibilityExample, type ExpectedPathway } from "./expectations";

const AREA_BY_INDEX: Area[] = ["central_urban", "town", "rural"];
const NATIONAL = nationalResidencePermit.pathways[0].id;
const DECREE_FROM = nationalResidencePermit.period.effectiveFrom;

interface PermitScenario {
  jurisdiction: JurisdictionCode;
  area: Area;
  /** The pathway that must answer, and the policy it belongs to. */
  pathwayId: string;
  policyId: string;
  asOf?: IsoDate;
  /** Prefix of the example ids. */
  prefix: string;
  /** Words added to the titles (e.g. the date and the decree). */
  titleZh: string;
  titleEn: string;
  /** Pathways that must not be listed beside it. */
  notListed: string[];
}

/** The request, residence and expectation builders every example of a scenario shares. */
function permitBuilders(scenario: PermitScenario) {
  const { jurisdiction, area } = scenario;
  const permit = (applicant: Record<string, unknown>) =>
    request(
      jurisdiction,
      area,
      { hukou: hukou("elsewhere", "rural", "agricultural"), ...applicant },
      { kind: "residence_permit", ...(scenario.asOf ? { asOf: scenario.asOf } : {}) },
    );
  const months = (n: number) => ({ type: "relative", months: n });
  const expect = (eligible: boolean, pathway: ExpectedPathway) => ({
    eligible,
    policyId: scenario.policyId,
    pathways: [pathway, ...scenario.notListed.map(notListed)],
  });
  const titled = (zh: string, en: string) => ({
    titleZh: `居住证${scenario.titleZh}：${zh}`,
    titleEn: `Residence permit${scenario.titleEn}: ${en}`,
  });
  return { permit, months, expect, titled };
}

function permitExamples(scenario: PermitScenario): EligibilityExample[] {
  const { jurisdiction, pathwayId: id, prefix } = scenario;
  const { permit, months, expect, titled } = permitBuilders(scenario);
  return [
    {
      id: `${prefix}-6-months-employed`,
      ...titled("户口在外地，居住正好满6个月，有合法稳定就业", "hukou elsewhere, exactly six months here, employed"),
      request: permit({ residence: months(6), employment: { type: "employee" } }),
      expect: expect(true, met(id)),
    },
    {
      id: `${prefix}-5-months`,
      ...titled("居住5个月，还差1个月", "five months is one short"),
      request: permit({ residence: months(5), employment: { type: "employee" } }),
      expect: expect(false, unmet(id, { fact: "applicant.residence.months", need: ">= 6", got: 5 })),
    },
    {
      id: `${prefix}-city-6-months-new-home`,
      ...titled(
        "在本市已住满6个月，刚搬进现住所1个月（按在本市居住时间计）",
        "six months in the city, one month at the new home (time in the city counts)",
      ),
      request: permit({ residence: { type: "relative", months: 1, cityMonths: 6 }, employment: { type: "employee" } }),
      expect: expect(true, met(id)),
    },
    {
      id: `${prefix}-city-5-months`,
      ...titled("在本市只住了5个月", "five months in the city"),
      request: permit({ residence: { type: "relative", months: 5, cityMonths: 5 }, employment: { type: "employee" } }),
      expect: expect(false, unmet(id, { fact: "applicant.residence.cityMonths", need: ">= 6", got: 5 })),
    },
    {
      id: `${prefix}-stable-residence`,
      ...titled("无就业，但有合法稳定住所（租房）", "not employed, but a legal stable residence (rental)"),
      request: permit({ residence: { type: "rented", months: 8 } }),
      expect: expect(true, met(id)),
    },
    {
      id: `${prefix}-studying`,
      ...titled("住学校宿舍、连续就读", "living in a school dormitory, in continuous study"),
      request: permit({ residence: { type: "dormitory", months: 10 }, studying: true }),
      expect: expect(true, met(id)),
    },
    {
      id: `${prefix}-none-of-three`,
      ...titled("无就业、无稳定住所、未就读", "no employment, no stable residence, no study"),
      request: permit({ residence: months(12) }),
      expect: expect(
        false,
        unmet(
          id,
          { fact: "applicant.employment.type", got: "none" },
          { fact: "applicant.residence.type", got: "relative" },
          { fact: "applicant.studying", got: false },
        ),
      ),
    },
    {
      id: `${prefix}-local-hukou`,
      ...titled("户口已在本地，无需居住证", "the hukou is already here, no permit is needed"),
      request: permit({ hukou: hukou(jurisdiction, "town"), residence: { type: "owned", months: 40 } }),
      expect: expect(false, unmet(id, { fact: "applicant.hukou.jurisdiction", need: `!= ${jurisdiction}`, got: jurisdiction })),
    },
    {
      id: `${prefix}-no-hukou`,
      ...titled("无户口人员应先登记户口", "a person with no hukou registers a hukou instead"),
      request: permit({ hukou: null, residence: { type: "owned", months: 40 } }),
      expect: expect(false, unmet(id, { fact: "applicant.hukou.jurisdiction", got: null })),
    },
  ];
}

const inPeriod = (asOf: IsoDate, period: { effectiveFrom: IsoDate; effectiveTo: IsoDate | null }) =>
  dateKey(asOf) >= dateKey(period.effectiveFrom) && (period.effectiveTo === null || dateKey(asOf) <= dateKey(period.effectiveTo));

/**
 * Who must answer a residence-permit request, read from the metadata by the rule of 0112: the local
 * clause in force; else the decree from 2016-01-01; else nobody.
 */
function permitAnswerer(jurisdiction: JurisdictionCode, asOf: IsoDate): { policyId: string; pathwayId: string } | null {
  for (const pack of policyPacks.filter((p) => p.jurisdiction === jurisdiction && inPeriod(asOf, p.period))) {
    const local = pack.pathways.find((w) => w.kind === "residence_permit" && inPeriod(asOf, w.period));
    if (local) return { policyId: pack.id, pathwayId: local.id };
  }
  return inPeriod(asOf, nationalResidencePermit.period) ? { policyId: nationalResidencePermit.id, pathwayId: NATIONAL } : null;
}

/** A date on which this jurisdiction has no local permit clause but the decree is in force (韶关: after the trial). */
function nationalDate(jurisdiction: JurisdictionCode): IsoDate | null {
  const pack = policyPacks.find((p) => p.jurisdiction === jurisdiction)!;
  const candidates = [
    ...(pack.period.effectiveTo ? [addDays({ date: pack.period.effectiveTo, days: 1 })] : []),
    addDays({ date: pack.period.effectiveFrom, days: -1 }),
  ];
  return candidates.find((d) => permitAnswerer(jurisdiction, d)?.pathwayId === NATIONAL) ?? null;
}

/** Residence-permit requests (six months, employed) on each side of every period boundary. */
function permitPeriodExamples(): EligibilityExample[] {
  const boundaries = (pack: (typeof policyPacks)[number]): IsoDate[] =>
    [
      ...new Set([
        pack.period.effectiveFrom,
        addDays({ date: pack.period.effectiveFrom, days: -1 }),
        ...(pack.period.effectiveTo ? [pack.period.effectiveTo, addDays({ date: pack.period.effectiveTo, days: 1 })] : []),
        ...pack.pathways
          .filter((w) => w.kind === "residence_permit")
          .flatMap((w) => [
            w.period.effectiveFrom,
            addDays({ date: w.period.effectiveFrom, days: -1 }),
            ...(w.period.effectiveTo ? [w.period.effectiveTo, addDays({ date: w.period.effectiveTo, days: 1 })] : []),
          ]),
        DECREE_FROM,
        addDays({ date: DECREE_FROM, days: -1 }),
      ]),
    ].sort();
  return policyPacks.flatMap((pack) =>
    boundaries(pack).map((asOf): EligibilityExample => {
      const who = permitAnswerer(pack.jurisdiction, asOf);
      const body = request(
        pack.jurisdiction,
        "town",
        { hukou: hukou("elsewhere", "town"), residence: { type: "relative", months: 6 }, employment: { type: "employee" } },
        { kind: "residence_permit", asOf },
      );
      if (who === null) {
        return {
          id: `${pack.jurisdiction}-permit-period-${asOf}`,
          titleZh: `居住证 ${asOf}：本地规定未施行，《居住证暂行条例》尚未施行，无有效政策`,
          titleEn: `Residence permit on ${asOf}: no local clause and the decree not yet in force — no policy`,
          request: body,
          expect: { eligible: false, reason: "NO_POLICY_IN_FORCE", pathways: [] },
        };
      }
      const national = who.pathwayId === NATIONAL;
      return {
        id: `${pack.jurisdiction}-permit-period-${asOf}`,
        titleZh: national
          ? `居住证 ${asOf}：本地没有施行中的规定，按《居住证暂行条例》第二条`
          : `居住证 ${asOf}：按本地规定（${who.pathwayId}）`,
        titleEn: national
          ? `Residence permit on ${asOf}: no local clause in force, the decree itself answers`
          : `Residence permit on ${asOf}: the local clause answers (${who.pathwayId})`,
        request: body,
        expect: {
          eligible: true,
          reason: null,
          policyId: who.policyId,
          pathways: [met(who.pathwayId)],
          ...(national ? { notes: ["NATIONAL_DECREE_APPLIES"] } : {}),
        },
      };
    }),
  );
}

function periodExamples(): EligibilityExample[] {
  return policyPacks.flatMap((pack) => {
    const at = (asOf: string) => request(pack.jurisdiction, "town", { hukou: hukou("elsewhere", "town") }, { asOf });
    const { effectiveFrom, effectiveTo } = pack.period;
    const cases: EligibilityExample[] = [
      {
        id: `${pack.jurisdiction}-period-first-day`,
        titleZh: `施行首日 ${effectiveFrom}：适用${pack.title}`,
        titleEn: `First day in force, ${effectiveFrom}`,
        request: at(effectiveFrom),
        expect: { reason: null, policyId: pack.id },
      },
      {
        id: `${pack.jurisdiction}-period-day-before`,
        titleZh: "施行前一日：无有效政策",
        titleEn: "The day before: no policy in force",
        request: at(addDays({ date: effectiveFrom, days: -1 })),
        expect: { eligible: false, reason: "NO_POLICY_IN_FORCE", pathways: [] },
      },
    ];
    if (effectiveTo !== null) {
      cases.push(
        {
          id: `${pack.jurisdiction}-period-last-day`,
          titleZh: `有效期最后一日 ${effectiveTo}`,
          titleEn: `Last day in force, ${effectiveTo}`,
          request: at(effectiveTo),
          expect: { reason: null, policyId: pack.id },
        },
        {
          id: `${pack.jurisdiction}-period-day-after`,
          titleZh: "有效期届满次日：无有效政策",
          titleEn: "The day after it expires: no policy in force",
          request: at(addDays({ date: effectiveTo, days: 1 })),
          expect: { eligible: false, reason: "NO_POLICY_IN_FORCE", pathways: [] },
        },
      );
    }
    return cases;
  });
}

export const residencePermitExamples: EligibilityExample[] = policyPacks.flatMap((pack, i) =>
  permitExamples({
    jurisdiction: pack.jurisdiction,
    area: AREA_BY_INDEX[i % 3],
    pathwayId: `${pack.jurisdiction}.residence-permit`,
    policyId: pack.id,
    prefix: `${pack.jurisdiction}-permit`,
    titleZh: "",
    titleEn: "",
    notListed: [
      NATIONAL,
      ...pack.pathways.filter((w) => w.kind === "residence_permit" && w.id !== `${pack.jurisdiction}.residence-permit`).map((w) => w.id),
    ],
  }),
);

/** The same cases under the decree itself, on a date with no local clause in each jurisdiction that has one. */
export const nationalPermitExamples: EligibilityExample[] = policyPacks.flatMap((pack, i) => {
  const asOf = nationalDate(pack.jurisdiction);
  if (asOf === null) return [];
  return permitExamples({
    jurisdiction: pack.jurisdiction,
    area: AREA_BY_INDEX[(i + 1) % 3],
    pathwayId: NATIONAL,
    policyId: nationalResidencePermit.id,
    asOf,
    prefix: `${pack.jurisdiction}-national-permit`,
    titleZh: `（${asOf}，《居住证暂行条例》）`,
    titleEn: ` (${asOf}, the national decree)`,
    notListed: pack.pathways.filter((w) => w.kind === "residence_permit").map((w) => w.id),
  });
});

export const policyPeriodExamples: EligibilityExample[] = [...periodExamples(), ...permitPeriodExamples()];
