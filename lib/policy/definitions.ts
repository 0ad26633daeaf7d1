// Terms the documents share (合法稳定住所, 合法稳定就业, 大学专科以上 …) defined once; the builders packs
// declare pathways and parameters with are in ./pathway-builders.ts. Each definition names the decision record that reads it.
import { addDays, anniversaryKey, AGE_OF_MAJORITY, dateKey, isMinorOn } from "./dates";
import { isNot, isOneOf, isTrue, leaf } from "./conditions";
import { F } from "./facts";
import type { Area, Boundary, EducationLevel, EligibilityRequest, EmploymentType, JurisdictionCode, Leaf, ResidenceType } from "./types";

type R = EligibilityRequest;

/** 合法稳定住所（含租赁）: owned or rented, registered or not (0102-residence-and-employment.md). */
export const STABLE_RESIDENCE: readonly ResidenceType[] = ["owned", "rented_registered", "rented"];
/** 合法固定住所 (济源 二(四), 二(六)): no "含租赁", so an unregistered rental does not count (0102). */
export const FIXED_RESIDENCE: readonly ResidenceType[] = ["owned", "rented_registered"];
/** 乌审旗 二(一)1 defines 合法稳定住所 as owned with title, or a rental registered with the housing office. */
export const WUSHEN_STABLE_RESIDENCE: readonly ResidenceType[] = ["owned", "rented_registered"];
/** 合法稳定就业/职业: any lawful work, flexible employment included (0102). */
export const EMPLOYED: readonly EmploymentType[] = ["employee", "self_employed", "business_owner", "public_sector", "flexible"];
/** 大学专科以上 / 高校毕业生. */
export const HIGHER_EDUCATION: readonly EducationLevel[] = ["college", "bachelor", "master", "doctorate"];
/** 职业院校 and 技工院校 graduates (技工院校 are vocational schools in law; 0106). */
export const VOCATIONAL_EDUCATION: readonly EducationLevel[] = ["vocational", "technical_school"];

export const hasStableResidence = isOneOf({
  fact: F.residenceType,
  values: STABLE_RESIDENCE,
  labelZh: "有合法稳定住所（含租赁）",
  labelEn: "a legal stable residence (rentals count)",
});

export const hasFixedResidence = isOneOf({
  fact: F.residenceType,
  values: FIXED_RESIDENCE,
  labelZh: "有合法固定住所（自有住房或备案租赁住房）",
  labelEn: "a legal fixed residence (owned, or a registered rental)",
});

export const isEmployed = isOneOf({
  fact: F.employmentType,
  values: EMPLOYED,
  labelZh: "有合法稳定就业",
  labelEn: "legal stable employment",
});

export const hasStableIncome = isTrue({ fact: F.stableIncome });

export function holdsHukouOf(options: { jurisdiction: JurisdictionCode; nameZh: string }): Leaf<R> {
  const { jurisdiction, nameZh } = options;
  return isOneOf({
    fact: F.hukouJurisdiction,
    values: [jurisdiction],
    labelZh: `持有${nameZh}户口`,
    labelEn: `holds a ${jurisdiction} hukou`,
  });
}

/** "外地/非本地户籍": a hukou elsewhere. A person with no hukou has none elsewhere either (0104). */
export function holdsHukouElsewhere(options: { jurisdiction: JurisdictionCode; nameZh: string }): Leaf<R> {
  const { jurisdiction, nameZh } = options;
  return leaf({
    fact: F.hukouJurisdiction.path,
    need: `!= ${jurisdiction}`,
    labelZh: `户口在${nameZh}以外`,
    labelEn: `hukou outside ${jurisdiction}`,
    test: (r) => r.applicant.hukou !== null && r.applicant.hukou.jurisdiction !== jurisdiction,
    got: (r) => F.hukouJurisdiction.get(r),
  });
}

/**
 * The same for a rule written for any jurisdiction (the national 《居住证暂行条例》): a hukou outside the
 * jurisdiction the request names. An answer states the need with that jurisdiction, as the local leaf does.
 */
export const holdsHukouOutsideRequested: Leaf<R> = leaf({
  fact: F.hukouJurisdiction.path,
  need: "!= jurisdiction",
  needFor: (r) => `!= ${r.jurisdiction}`,
  labelZh: "户口在申请地以外",
  labelEn: "hukou outside the jurisdiction applied to",
  test: (r) => r.applicant.hukou !== null && r.applicant.hukou.jurisdiction !== r.jurisdiction,
  got: (r) => F.hukouJurisdiction.get(r),
});

export const holdsRuralHukou = isOneOf({
  fact: F.hukouArea,
  values: ["rural"],
  labelZh: "现为农村户口（农村籍）",
  labelEn: "currently holds a rural hukou",
});

/** Boundary of an 18th birthday: `at` = turns 18 on asOf, `below` = turns 18 the day after. */
export function ageBoundary<S>(options: { birthOf: (s: S) => string | null; asOfOf: (s: S) => string }): Boundary<S> {
  const { birthOf, asOfOf } = options;
  const anniversaryIs = (s: S, iso: string) => {
    const birth = birthOf(s);
    return birth !== null && anniversaryKey(birth, AGE_OF_MAJORITY) === dateKey(iso);
  };
  return {
    describe: "18th birthday on asOf, and on the day after",
    at: (s) => anniversaryIs(s, asOfOf(s)),
    below: (s) => anniversaryIs(s, addDays({ date: asOfOf(s), days: 1 })),
  };
}

export const applicantIsMinor: Leaf<R> = leaf({
  fact: F.birthDate.path,
  need: "under 18 on asOf",
  labelZh: "申请人未成年（未满18周岁）",
  labelEn: "the applicant is under 18",
  boundary: ageBoundary({ birthOf: (r: R) => r.applicant.birthDate, asOfOf: (r: R) => r.asOf }),
  test: (r) => r.applicant.birthDate !== null && isMinorOn({ birthDate: r.applicant.birthDate, onKey: dateKey(r.asOf) }),
  got: (r) => r.applicant.birthDate,
});

/** Lives somewhere in the place (any dwelling, a dormitory or a relative's home included). */
export const hasAnyDwelling = isNot({
  fact: F.residenceType,
  value: "none" as ResidenceType,
  labelZh: "在当地有居住地（任何住所）",
  labelEn: "lives here (any dwelling)",
});

export const URBAN: readonly Area[] = ["central_urban", "town"];
export const ALL_AREAS: readonly Area[] = ["central_urban", "town", "rural"];
