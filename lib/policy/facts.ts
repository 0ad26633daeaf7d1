// The facts rules may read, each with its request path (what an unmet item reports) and its name.
// There is deliberately no land-rights fact: no rule may make giving up 三权 a condition
// (济源 三(九), 韶关 三(四), 乌审旗 二(三)1, 郴州 六(一), 黔南 二(七)); see invariants.test.ts.
// A fact is read where its path points, so the path is written once: `factAt` derives the getter (and
// its type) from it; only a fact with a fallback (cityMonths) spells its getter out.
import { fact, type FactRef } from "./conditions";
import type { EligibilityRequest, MemberSubject, RequestMember } from "./types";

type R = EligibilityRequest;
type M = MemberSubject;

interface Shortfall {
  shortfallZh: (n: number) => string;
  shortfallEn: (n: number) => string;
}

/** The value at a dotted path; a null or missing object on the way gives null, as `a?.b ?? null` does. */
type At<T, P extends string> = P extends `${infer K}.${infer Rest}`
  ? K extends keyof NonNullable<T>
    ? At<NonNullable<T>[K], Rest> | ([Extract<T, null | undefined>] extends [never] ? never : null)
    : never
  : P extends keyof NonNullable<T>
    ? NonNullable<T>[P] | ([Extract<T, null | undefined>] extends [never] ? never : null)
    : never;

/** A fact of the request at `path` (a path that does not exist in the request does not compile). */
function factAt<const P extends string>(
  path: P & ([At<R, P>] extends [never] ? "not a path of the request" : unknown),
  labelZh: string,
  labelEn: string,
  shortfall?: Shortfall,
): FactRef<R, At<R, P>> {
  const keys = path.split(".");
  const get = (r: R) =>
    keys.reduce<unknown>((value, key) => (value == null ? null : (value as Record<string, unknown>)[key]), r) as At<R, P>;
  return fact({ path, labelZh, labelEn, get, ...shortfall });
}

/** A fact of one family member: the path is relative and gets the `members[i].` prefix when reported. */
function memberFact<const K extends keyof RequestMember>(
  path: K,
  labelZh: string,
  labelEn: string,
  shortfall?: Shortfall,
): FactRef<M, RequestMember[K]> {
  return fact({ path, labelZh, labelEn, get: (s: M) => s.member[path], ...shortfall });
}

const RESIDENCE_SHORTFALL: Shortfall = {
  shortfallZh: (n) => `再居住 ${n} 个月即可`,
  shortfallEn: (n) => `${n} more month(s) of residence needed`,
};
const INSURANCE_SHORTFALL: Shortfall = {
  shortfallZh: (n) => `再缴纳 ${n} 个月城镇社会保险即可`,
  shortfallEn: (n) => `${n} more month(s) of urban social insurance contributions needed`,
};
const MEMBER_INSURANCE_SHORTFALL: Shortfall = {
  shortfallZh: (n) => `该家庭成员再缴纳 ${n} 个月城镇社会保险即可随迁`,
  shortfallEn: (n) => `this family member needs ${n} more month(s) of urban social insurance`,
};

export const F = {
  area: factAt("area", "申请落户的区域", "area applied for"),
  birthDate: factAt("applicant.birthDate", "出生日期", "date of birth"),
  hukou: factAt("applicant.hukou", "常住户口", "permanent hukou"),
  hukouJurisdiction: factAt("applicant.hukou.jurisdiction", "现户口所在地", "current hukou jurisdiction"),
  hukouArea: factAt("applicant.hukou.area", "现户口城乡属性", "urban/rural attribute of the current hukou"),
  formerNature: factAt("applicant.hukou.formerNature", "迁入前户口性质", "former hukou nature"),
  residenceType: factAt("applicant.residence.type", "住所类型", "type of dwelling"),
  residenceMonths: factAt("applicant.residence.months", "在此住所居住月数", "months lived at this dwelling", RESIDENCE_SHORTFALL),
  /** 《居住证暂行条例》 第二条 counts time in the city, any dwelling; absent = months at this dwelling (0121). */
  cityMonths: fact({
    path: "applicant.residence.cityMonths",
    labelZh: "在本市居住月数",
    labelEn: "months lived in the city",
    get: (r: R) => r.applicant.residence.cityMonths ?? r.applicant.residence.months,
    ...RESIDENCE_SHORTFALL,
  }),
  ownDoorNumber: factAt("applicant.residence.ownDoorNumber", "住房有独立门牌号", "the dwelling has its own door number"),
  employmentType: factAt("applicant.employment.type", "就业情况", "employment"),
  newPublicSectorHire: factAt(
    "applicant.employment.newPublicSectorHire",
    "新进入国家机关、事业单位的工作人员",
    "new staff of a state organ or public institution",
  ),
  stableIncome: factAt("applicant.stableIncome", "有合法稳定收入（稳定生活来源）", "a legal stable income"),
  urbanMonths: factAt(
    "applicant.socialInsurance.urbanMonths",
    "城镇社会保险缴费月数",
    "months of urban social insurance",
    INSURANCE_SHORTFALL,
  ),
  medical: factAt("applicant.socialInsurance.medical", "参加基本医疗保险", "enrolled in basic medical insurance"),
  educationLevel: factAt("applicant.education.level", "学历", "education"),
  returnedFromAbroad: factAt("applicant.education.returnedFromAbroad", "留学回国人员", "returned from study abroad"),
  admittedLocally: factAt(
    "applicant.education.admittedLocally",
    "被本地院校录取",
    "admitted to a local university, college or vocational school",
  ),
  technicalWorker: factAt(
    "applicant.technicalWorker",
    "企业聘用的技术工人、产业工人",
    "technical or industrial worker hired by an enterprise",
  ),
  talentIntroduced: factAt("applicant.talent.introduced", "引进人才", "introduced talent"),
  outstandingContribution: factAt("applicant.talent.outstandingContribution", "有突出贡献人员", "person of outstanding contribution"),
  marketRecognised: factAt(
    "applicant.talent.marketRecognised",
    "通过市场主体评价的创业创新人才",
    "entrepreneur or talent recognised by market evaluation",
  ),
  investor: factAt("applicant.investor", "在当地投资兴办实业或公益事业", "invested in industry or public-welfare undertakings here"),
  relocatedPoverty: factAt("applicant.relocatedPoverty", "易地扶贫搬迁入住人员", "moved in under poverty-alleviation relocation"),
  joiningRelation: factAt("applicant.joining.relation", "投靠的本地户口亲属", "local hukou relative joined"),
  joiningArea: factAt("applicant.joining.area", "所投靠亲属的户口城乡属性", "area where the relative joined is registered"),
  hukouBeforeStudyJurisdiction: factAt("applicant.education.hukouBeforeStudy.jurisdiction", "入学前户口所在地", "hukou place before study"),
  hukouBeforeStudyArea: factAt(
    "applicant.education.hukouBeforeStudy.area",
    "入学前户口城乡属性",
    "urban/rural attribute of the hukou before study",
  ),
  retired: factAt("applicant.retired", "已退休（领取养老金）", "retired (draws a pension)"),
  urbanisedVillager: factAt(
    "applicant.urbanisedVillager",
    "产业集聚区、城中村或城郊村的失地村农民",
    "villager of an industrial-cluster area, urban village or suburban village, registered as urban where they live",
  ),
  studying: factAt("applicant.studying", "在当地连续就读", "in continuous study here"),
};

/** Member facts; paths are relative and get the `members[i].` prefix when reported. */
export const MF = {
  birthDate: memberFact("birthDate", "出生日期", "date of birth"),
  coResident: memberFact("coResident", "与申请人共同居住生活", "lives with the applicant"),
  married: memberFact("married", "已婚", "married"),
  hasIncome: memberFact("hasIncome", "有生活来源", "has an income"),
  hukouJurisdiction: memberFact("hukouJurisdiction", "本人户口所在地", "their own hukou place"),
  urbanInsuranceMonths: memberFact(
    "urbanInsuranceMonths",
    "城镇社会保险缴费月数",
    "months of urban social insurance",
    MEMBER_INSURANCE_SHORTFALL,
  ),
};
