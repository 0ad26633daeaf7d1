// The README's resident (quick start, "Ask and apply"): born 1990-04-01, a rural hukou elsewhere, renting in
// 郴州's central urban area for 14 months, married to 李梅 (1991-02-03), who lives with them. Unit tests of the
// self-check, the draft and the refusal's next step, and the clerk's view of the facts start from this one case,
// each stating only what it adds.

type Json = Record<string, unknown>;

/** The draft's answers by task-list section (a settlement with work, insurance and a bachelor's degree). */
export const RENTER_ANSWERS = {
  about: { "applicant.hukou.jurisdiction": "elsewhere", "applicant.hukou.area": "rural" },
  home: { address: "北湖区人民西路 12 号", "applicant.residence.type": "rented", "applicant.residence.months": "14", placement: "new" },
  work: { "applicant.employment.type": "employee", "applicant.employment.months": "12", "applicant.socialInsurance.urbanMonths": "12" },
  grounds: { "applicant.education.level": "bachelor" },
  family: {
    members: "1",
    "m0.name": "李梅",
    "m0.sex": "FEMALE",
    "m0.relation": "spouse",
    "m0.birthDate": "1991-02-03",
    "m0.coResident": "on",
  },
};

/** The same answers for the resident applying alone (no family member comes along): the benches' ready drafts. */
export const RENTER_ALONE_ANSWERS = { ...RENTER_ANSWERS, family: { members: "0" } };

/** Work and insurance as the resident states them in a short self-check (the load run, the matrix's API call, the e2e cases). */
export const RENTER_WORK = { employment: { type: "employee", months: 12 }, socialInsurance: { urbanMonths: 12 } };

/**
 * The resident's ELIGIBILITY-V1 request on `asOf` (left out: the day it is asked), with what a test adds to the
 * applicant and the spouse; `spouse: null` asks for the resident alone.
 */
export function renterRequest(options: { asOf?: string; applicant?: Json; spouse?: Json | null }) {
  return {
    jurisdiction: "chenzhou",
    area: "central_urban",
    kind: "settlement",
    ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
    applicant: {
      birthDate: "1990-04-01",
      hukou: { jurisdiction: "elsewhere", area: "rural" },
      residence: { type: "rented", months: 14 },
      ...options.applicant,
    },
    members: options.spouse === null ? [] : [{ relation: "spouse", birthDate: "1991-02-03", coResident: true, ...options.spouse }],
  };
}

/** The same resident as a whole ELIGIBILITY-V1 request on 2026-11-20, every fact answered: what a filed case was judged on. */
export const SETTLEMENT_FACTS = {
  jurisdiction: "chenzhou",
  area: "central_urban",
  kind: "settlement",
  asOf: "2026-11-20",
  applicant: {
    birthDate: "1990-04-01",
    hukou: { jurisdiction: "elsewhere", area: "rural", formerNature: "agricultural" },
    residence: { type: "rented", months: 14, ownDoorNumber: true },
    employment: { type: "employee", months: 12, newPublicSectorHire: false },
    stableIncome: true,
    socialInsurance: { urbanMonths: 12, medical: true },
    education: { level: "bachelor", returnedFromAbroad: false, admittedLocally: false },
  },
  members: [{ relation: "spouse", birthDate: "1991-02-03", coResident: true }],
};
