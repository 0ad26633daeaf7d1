// Cases derived from the pack metadata, so a new pack gets them without anyone remembering to:
// the residence-permit rule in every jurisdiction, and each policy's first and last day in force.
import { addDays } from "../dates";
import { policyPacks } from "../packs";
import type { Area, JurisdictionCode } from "../types";
import { hukou, met, request, unmet, type EligibilityExample } from "./helpers";

const AREA_BY_INDEX: Area[] = ["central_urban", "town", "rural"];

function permitExamples(jurisdiction: JurisdictionCode, index: number): EligibilityExample[] {
  const id = `${jurisdiction}.residence-permit`;
  const area = AREA_BY_INDEX[index % 3];
  const permit = (applicant: Record<string, unknown>) =>
    request(jurisdiction, area, { hukou: hukou("elsewhere", "rural", "agricultural"), ...applicant }, { kind: "residence_permit" });
  const months = (n: number) => ({ type: "relative", months: n });
  return [
    {
      id: `${jurisdiction}-permit-6-months-employed`,
      titleZh: "居住证：户口在外地，居住正好满6个月，有合法稳定就业",
      titleEn: "Residence permit: hukou elsewhere, exactly six months here, employed",
      request: permit({ residence: months(6), employment: { type: "employee" } }),
      expect: { eligible: true, pathways: [met(id)] },
    },
    {
      id: `${jurisdiction}-permit-5-months`,
      titleZh: "居住证：居住5个月，还差1个月",
      titleEn: "Residence permit: five months is one short",
      request: permit({ residence: months(5), employment: { type: "employee" } }),
      expect: { eligible: false, pathways: [unmet(id, { fact: "applicant.residence.months", need: ">= 6", got: 5 })] },
    },
    {
      id: `${jurisdiction}-permit-stable-residence`,
      titleZh: "居住证：无就业，但有合法稳定住所（租房）",
      titleEn: "Residence permit: not employed, but a legal stable residence (rental)",
      request: permit({ residence: { type: "rented", months: 8 } }),
      expect: { eligible: true, pathways: [met(id)] },
    },
    {
      id: `${jurisdiction}-permit-studying`,
      titleZh: "居住证：住学校宿舍、连续就读",
      titleEn: "Residence permit: living in a school dormitory, in continuous study",
      request: permit({ residence: { type: "dormitory", months: 10 }, studying: true }),
      expect: { eligible: true, pathways: [met(id)] },
    },
    {
      id: `${jurisdiction}-permit-none-of-three`,
      titleZh: "居住证：无就业、无稳定住所、未就读",
      titleEn: "Residence permit: no employment, no stable residence, no study",
      request: permit({ residence: months(12) }),
      expect: {
        eligible: false,
        pathways: [
          unmet(
            id,
            { fact: "applicant.employment.type", got: "none" },
            { fact: "applicant.residence.type", got: "relative" },
            { fact: "applicant.studying", got: false },
          ),
        ],
      },
    },
    {
      id: `${jurisdiction}-permit-local-hukou`,
      titleZh: "居住证：户口已在本地，无需居住证",
      titleEn: "Residence permit: the hukou is already here, no permit is needed",
      request: permit({ hukou: hukou(jurisdiction, "town"), residence: { type: "owned", months: 40 } }),
      expect: { eligible: false, pathways: [unmet(id, { fact: "applicant.hukou.jurisdiction", got: jurisdiction })] },
    },
    {
      id: `${jurisdiction}-permit-no-hukou`,
      titleZh: "居住证：无户口人员应先登记户口",
      titleEn: "Residence permit: a person with no hukou registers a hukou instead",
      request: permit({ hukou: null, residence: { type: "owned", months: 40 } }),
      expect: { eligible: false, pathways: [unmet(id, { fact: "applicant.hukou.jurisdiction", got: null })] },
    },
  ];
}

function periodExamples(): EligibilityExample[] {
  return policyPacks.flatMap((pack) => {
    const at = (asOf: string) =>
      request(pack.jurisdiction, "town", { hukou: hukou("elsewhere", "town") }, { asOf });
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
  permitExamples(pack.jurisdiction, i),
);
export const policyPeriodExamples: EligibilityExample[] = periodExamples();
