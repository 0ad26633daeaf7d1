// The facts rules may read, each with its request path (what an unmet item reports) and its name.
// There is deliberately no land-rights fact: no rule may make giving up 三权 a condition
// (济源 三(九), 韶关 三(四), 乌审旗 二(三)1, 郴州 六(一), 黔南 二(七)); see invariants.test.ts.
import { fact } from "./conditions";
import type { EligibilityRequest, MemberSubject } from "./types";

type R = EligibilityRequest;

export const F = {
  area: fact({ path: "area", labelZh: "申请落户的区域", labelEn: "area applied for", get: (r: R) => r.area }),
  birthDate: fact({
    path: "applicant.birthDate",
    labelZh: "出生日期",
    labelEn: "date of birth",
    get: (r: R) => r.applicant.birthDate,
  }),
  hukou: fact({
    path: "applicant.hukou",
    labelZh: "常住户口",
    labelEn: "permanent hukou",
    get: (r: R) => r.applicant.hukou,
  }),
  hukouJurisdiction: fact({
    path: "applicant.hukou.jurisdiction",
    labelZh: "现户口所在地",
    labelEn: "current hukou jurisdiction",
    get: (r: R) => r.applicant.hukou?.jurisdiction ?? null,
  }),
  hukouArea: fact({
    path: "applicant.hukou.area",
    labelZh: "现户口城乡属性",
    labelEn: "urban/rural attribute of the current hukou",
    get: (r: R) => r.applicant.hukou?.area ?? null,
  }),
  formerNature: fact({
    path: "applicant.hukou.formerNature",
    labelZh: "迁入前户口性质",
    labelEn: "former hukou nature",
    get: (r: R) => r.applicant.hukou?.formerNature ?? null,
  }),
  residenceType: fact({
    path: "applicant.residence.type",
    labelZh: "住所类型",
    labelEn: "type of dwelling",
    get: (r: R) => r.applicant.residence.type,
  }),
  residenceMonths: fact({
    path: "applicant.residence.months",
    labelZh: "在此住所居住月数",
    labelEn: "months lived at this dwelling",
    get: (r: R) => r.applicant.residence.months,
    shortfallZh: (n) => `再居住 ${n} 个月即可`,
    shortfallEn: (n) => `${n} more month(s) of residence needed`,
  }),
  /** 《居住证暂行条例》 第二条 counts time in the city, any dwelling; absent = months at this dwelling (0121). */
  cityMonths: fact({
    path: "applicant.residence.cityMonths",
    labelZh: "在本市居住月数",
    labelEn: "months lived in the city",
    get: (r: R) => r.applicant.residence.cityMonths ?? r.applicant.residence.months,
    shortfallZh: (n) => `再居住 ${n} 个月即可`,
    shortfallEn: (n) => `${n} more month(s) of residence needed`,
  }),
  ownDoorNumber: fact({
    path: "applicant.residence.ownDoorNumber",
    labelZh: "住房有独立门牌号",
    labelEn: "the dwelling has its own door number",
    get: (r: R) => r.applicant.residence.ownDoorNumber,
  }),
  employmentType: fact({
    path: "applicant.employment.type",
    labelZh: "就业情况",
    labelEn: "employment",
    get: (r: R) => r.applicant.employment.type,
  }),
  newPublicSectorHire: fact({
    path: "applicant.employment.newPublicSectorHire",
    labelZh: "新进入国家机关、事业单位的工作人员",
    labelEn: "new staff of a state organ or public institution",
    get: (r: R) => r.applicant.employment.newPublicSectorHire,
  }),
  stableIncome: fact({
    path: "applicant.stableIncome",
    labelZh: "有合法稳定收入（稳定生活来源）",
    labelEn: "a legal stable income",
    get: (r: R) => r.applicant.stableIncome,
  }),
  urbanMonths: fact({
    path: "applicant.socialInsurance.urbanMonths",
    labelZh: "城镇社会保险缴费月数",
    labelEn: "months of urban social insurance",
    get: (r: R) => r.applicant.socialInsurance.urbanMonths,
    shortfallZh: (n) => `再缴纳 ${n} 个月城镇社会保险即可`,
    shortfallEn: (n) => `${n} more month(s) of urban social insurance contributions needed`,
  }),
  medical: fact({
    path: "applicant.socialInsurance.medical",
    labelZh: "参加基本医疗保险",
    labelEn: "enrolled in basic medical insurance",
    get: (r: R) => r.applicant.socialInsurance.medical,
  }),
  educationLevel: fact({
    path: "applicant.education.level",
    labelZh: "学历",
    labelEn: "education",
    get: (r: R) => r.applicant.education.level,
  }),
  returnedFromAbroad: fact({
    path: "applicant.education.returnedFromAbroad",
    labelZh: "留学回国人员",
    labelEn: "returned from study abroad",
    get: (r: R) => r.applicant.education.returnedFromAbroad,
  }),
  admittedLocally: fact({
    path: "applicant.education.admittedLocally",
    labelZh: "被本地院校录取",
    labelEn: "admitted to a local university, college or vocational school",
    get: (r: R) => r.applicant.education.admittedLocally,
  }),
  technicalWorker: fact({
    path: "applicant.technicalWorker",
    labelZh: "企业聘用的技术工人、产业工人",
    labelEn: "technical or industrial worker hired by an enterprise",
    get: (r: R) => r.applicant.technicalWorker,
  }),
  talentIntroduced: fact({
    path: "applicant.talent.introduced",
    labelZh: "引进人才",
    labelEn: "introduced talent",
    get: (r: R) => r.applicant.talent.introduced,
  }),
  outstandingContribution: fact({
    path: "applicant.talent.outstandingContribution",
    labelZh: "有突出贡献人员",
    labelEn: "person of outstanding contribution",
    get: (r: R) => r.applicant.talent.outstandingContribution,
  }),
  marketRecognised: fact({
    path: "applicant.talent.marketRecognised",
    labelZh: "通过市场主体评价的创业创新人才",
    labelEn: "entrepreneur or talent recognised by market evaluation",
    get: (r: R) => r.applicant.talent.marketRecognised,
  }),
  investor: fact({
    path: "applicant.investor",
    labelZh: "在当地投资兴办实业或公益事业",
    labelEn: "invested in industry or public-welfare undertakings here",
    get: (r: R) => r.applicant.investor,
  }),
  relocatedPoverty: fact({
    path: "applicant.relocatedPoverty",
    labelZh: "易地扶贫搬迁入住人员",
    labelEn: "moved in under poverty-alleviation relocation",
    get: (r: R) => r.applicant.relocatedPoverty,
  }),
  joiningRelation: fact({
    path: "applicant.joining.relation",
    labelZh: "投靠的本地户口亲属",
    labelEn: "local hukou relative joined",
    get: (r: R) => r.applicant.joining?.relation ?? null,
  }),
  joiningArea: fact({
    path: "applicant.joining.area",
    labelZh: "所投靠亲属的户口城乡属性",
    labelEn: "area where the relative joined is registered",
    get: (r: R) => r.applicant.joining?.area ?? null,
  }),
  hukouBeforeStudyJurisdiction: fact({
    path: "applicant.education.hukouBeforeStudy.jurisdiction",
    labelZh: "入学前户口所在地",
    labelEn: "hukou place before study",
    get: (r: R) => r.applicant.education.hukouBeforeStudy?.jurisdiction ?? null,
  }),
  hukouBeforeStudyArea: fact({
    path: "applicant.education.hukouBeforeStudy.area",
    labelZh: "入学前户口城乡属性",
    labelEn: "urban/rural attribute of the hukou before study",
    get: (r: R) => r.applicant.education.hukouBeforeStudy?.area ?? null,
  }),
  retired: fact({
    path: "applicant.retired",
    labelZh: "已退休（领取养老金）",
    labelEn: "retired (draws a pension)",
    get: (r: R) => r.applicant.retired,
  }),
  urbanisedVillager: fact({
    path: "applicant.urbanisedVillager",
    labelZh: "产业集聚区、城中村或城郊村的失地村农民",
    labelEn: "villager of an industrial-cluster area, urban village or suburban village, registered as urban where they live",
    get: (r: R) => r.applicant.urbanisedVillager,
  }),
  studying: fact({
    path: "applicant.studying",
    labelZh: "在当地连续就读",
    labelEn: "in continuous study here",
    get: (r: R) => r.applicant.studying,
  }),
};

type M = MemberSubject;

/** Member facts; paths are relative and get the `members[i].` prefix when reported. */
export const MF = {
  birthDate: fact({
    path: "birthDate",
    labelZh: "出生日期",
    labelEn: "date of birth",
    get: (s: M) => s.member.birthDate,
  }),
  coResident: fact({
    path: "coResident",
    labelZh: "与申请人共同居住生活",
    labelEn: "lives with the applicant",
    get: (s: M) => s.member.coResident,
  }),
  married: fact({ path: "married", labelZh: "已婚", labelEn: "married", get: (s: M) => s.member.married }),
  hasIncome: fact({
    path: "hasIncome",
    labelZh: "有生活来源",
    labelEn: "has an income",
    get: (s: M) => s.member.hasIncome,
  }),
  hukouJurisdiction: fact({
    path: "hukouJurisdiction",
    labelZh: "本人户口所在地",
    labelEn: "their own hukou place",
    get: (s: M) => s.member.hukouJurisdiction,
  }),
  urbanInsuranceMonths: fact({
    path: "urbanInsuranceMonths",
    labelZh: "城镇社会保险缴费月数",
    labelEn: "months of urban social insurance",
    get: (s: M) => s.member.urbanInsuranceMonths,
    shortfallZh: (n) => `该家庭成员再缴纳 ${n} 个月城镇社会保险即可随迁`,
    shortfallEn: (n) => `this family member needs ${n} more month(s) of urban social insurance`,
  }),
};
