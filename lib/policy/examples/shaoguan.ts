// 韶关 《推动非户籍人口在城市落户实施办法(试行)》 二 — each sentence of the clause both ways.
import { ELSEWHERE_RURAL, ELSEWHERE_TOWN, graduate, request } from "./requests";
import { ADULT, child, parent, spouse } from "./family";
import { allEligible, met, noneEligible, unmet, type EligibilityExample } from "./expectations";

const RES = "shaoguan.residence-insurance";
const YEAR = "shaoguan.urban-insurance-one-year";
const TALENT = "shaoguan.graduate-skilled-returnee";
const STUDENT = "shaoguan.rural-student-college";
const RETURN = "shaoguan.rural.graduate-return-origin";
const family = () => [spouse(), child(ADULT, { married: true, hasIncome: true }), parent()];
const apart = () => [spouse(false), child(ADULT, { coResident: false }), parent({ coResident: false })];

/** 二: a school leaver (born 2001) admitted to a college here; the cases differ by the hukou they hold. */
const admittedStudent = (hukou: Record<string, unknown>) => ({
  birthDate: "2001-01-01",
  hukou,
  education: { level: "secondary", admittedLocally: true },
});

export const shaoguanExamples: EligibilityExample[] = [
  {
    id: "shaoguan-2-residence-insured",
    titleZh: "二：租房并参加社保（1个月）和医保即可落户，共同居住的家庭举家随迁",
    titleEn: "二: a rental with social insurance (one month) and medical insurance; the family living together moves too",
    request: request(
      "shaoguan",
      "central_urban",
      { hukou: ELSEWHERE_RURAL, residence: { type: "rented" }, socialInsurance: { urbanMonths: 1, medical: true } },
      {
        members: family(),
      },
    ),
    expect: { eligible: true, pathways: [met(RES), unmet(YEAR)], members: allEligible(3, RES) },
  },
  {
    id: "shaoguan-2-residence-insured-apart",
    titleZh: "二：自有住房并参加社保、医保，但家属不共同居住，不能随迁",
    titleEn: "二: owned home, social and medical insurance, but relatives not living together cannot come",
    request: request(
      "shaoguan",
      "town",
      { hukou: ELSEWHERE_TOWN, residence: { type: "owned" }, socialInsurance: { urbanMonths: 4, medical: true } },
      {
        members: apart(),
      },
    ),
    expect: { eligible: true, pathways: [met(RES)], members: noneEligible(3) },
  },
  {
    id: "shaoguan-2-residence-uninsured",
    titleZh: "二：有住所但未参加社保",
    titleEn: "二: a residence but no social insurance",
    request: request("shaoguan", "town", { hukou: ELSEWHERE_RURAL, residence: { type: "owned" }, socialInsurance: { medical: true } }),
    expect: { eligible: false, pathways: [unmet(RES, { fact: "applicant.socialInsurance.urbanMonths", need: ">= 1", got: 0 })] },
  },
  {
    id: "shaoguan-2-residence-no-medical",
    titleZh: "二：有住所、有社保但未参加医保；不同住的家属不能随迁",
    titleEn: "二: residence and social insurance but no medical insurance; relatives not living together cannot come",
    request: request(
      "shaoguan",
      "town",
      { hukou: ELSEWHERE_RURAL, residence: { type: "rented" }, socialInsurance: { urbanMonths: 3 } },
      {
        members: apart(),
      },
    ),
    expect: {
      eligible: false,
      pathways: [unmet(RES, { fact: "applicant.socialInsurance.medical", got: false })],
      members: noneEligible(3),
    },
  },
  {
    id: "shaoguan-2-insured-12-months",
    titleZh: "二：参加城镇社保正好满1年（含1年），无需住所",
    titleEn: "二: exactly one year (inclusive) of urban social insurance, no residence needed",
    request: request("shaoguan", "central_urban", { hukou: ELSEWHERE_RURAL, socialInsurance: { urbanMonths: 12 } }, { members: family() }),
    expect: { eligible: true, pathways: [met(YEAR), unmet(RES)], members: allEligible(3, YEAR) },
  },
  {
    id: "shaoguan-2-insured-11-months",
    titleZh: "二：参保11个月，还差1个月",
    titleEn: "二: 11 months of insurance is one short",
    request: request("shaoguan", "central_urban", { hukou: ELSEWHERE_RURAL, socialInsurance: { urbanMonths: 11 } }),
    expect: { eligible: false, pathways: [unmet(YEAR, { fact: "applicant.socialInsurance.urbanMonths", need: ">= 12", got: 11 })] },
  },
  {
    id: "shaoguan-2-insured-apart",
    titleZh: "二：参保满两年，但家属不共同居住，不能随迁",
    titleEn: "二: two years insured, but relatives not living together cannot come",
    request: request("shaoguan", "town", { hukou: ELSEWHERE_TOWN, socialInsurance: { urbanMonths: 24 } }, { members: apart() }),
    expect: { eligible: true, pathways: [met(YEAR)], members: noneEligible(3) },
  },
  {
    id: "shaoguan-2-bachelor",
    titleZh: "二：高校毕业生落户不设限制，家庭随迁",
    titleEn: "二: a college graduate settles without restriction, with the family",
    request: request("shaoguan", "central_urban", { hukou: ELSEWHERE_TOWN, education: { level: "bachelor" } }, { members: family() }),
    expect: { eligible: true, pathways: [met(TALENT)], members: allEligible(3, TALENT) },
  },
  {
    id: "shaoguan-2-technical-worker",
    titleZh: "二：技术工人；不同住的家属不能随迁",
    titleEn: "二: a technical worker; relatives not living together cannot come",
    request: request("shaoguan", "town", { hukou: ELSEWHERE_RURAL, technicalWorker: true }, { members: apart() }),
    expect: { eligible: true, pathways: [met(TALENT)], members: noneEligible(3) },
  },
  {
    id: "shaoguan-2-technical-school",
    titleZh: "二：技工院校毕业生属于职业院校毕业生",
    titleEn: "二: a technical-school graduate counts as a vocational graduate",
    request: request("shaoguan", "town", { hukou: ELSEWHERE_RURAL, education: { level: "technical_school" } }),
    expect: { eligible: true, pathways: [met(TALENT)] },
  },
  {
    id: "shaoguan-2-returnee",
    titleZh: "二：留学归国人员",
    titleEn: "二: returned from study abroad",
    request: request("shaoguan", "central_urban", { hukou: ELSEWHERE_TOWN, education: { level: "secondary", returnedFromAbroad: true } }),
    expect: { eligible: true, pathways: [met(TALENT)] },
  },
  {
    id: "shaoguan-2-secondary-school",
    titleZh: "二：高中学历、非技术工人、非留学人员",
    titleEn: "二: secondary school only, not a technical worker or returnee",
    request: request("shaoguan", "central_urban", { hukou: ELSEWHERE_RURAL, education: { level: "secondary" } }),
    expect: { eligible: false, pathways: [unmet(TALENT, { fact: "applicant.education.level", got: "secondary" })] },
  },
  {
    id: "shaoguan-2-rural-student",
    titleZh: "二：高校录取的农村籍学生可将户口迁至高校所在地",
    titleEn: "二: a rural student admitted to a college here may move the hukou there",
    request: request("shaoguan", "town", admittedStudent(ELSEWHERE_RURAL)),
    expect: { eligible: true, pathways: [met(STUDENT)] },
  },
  {
    id: "shaoguan-2-urban-student",
    titleZh: "二：城镇户口的学生不适用农村籍学生的规定",
    titleEn: "二: a student with an urban hukou is not a rural student",
    request: request("shaoguan", "town", admittedStudent(ELSEWHERE_TOWN)),
    expect: { eligible: false, pathways: [unmet(STUDENT, { fact: "applicant.hukou.area", got: "town" })] },
  },
  {
    id: "shaoguan-rural-area",
    titleZh: "落户到农村：本办法只让毕业生迁回原籍农村，参保多年也不能落到农村",
    titleEn: "Settling in a rural area: only graduates going back to their home village; years of insurance do not open it",
    request: request("shaoguan", "rural", { hukou: ELSEWHERE_TOWN, socialInsurance: { urbanMonths: 30 } }),
    expect: { eligible: false, pathways: [unmet(RETURN, { fact: "applicant.education.hukouBeforeStudy.jurisdiction", got: null })] },
  },
  {
    id: "shaoguan-graduate-returns-to-village",
    titleZh: "二：本市农村籍学生大学毕业，可将户口从学校迁回原籍村",
    titleEn: "二: a Shaoguan rural student, now a graduate, moves the hukou from the college back to the home village",
    request: request(
      "shaoguan",
      "rural",
      graduate({ jurisdiction: "shaoguan", area: "central_urban", formerNature: null }, "bachelor", {
        jurisdiction: "shaoguan",
        area: "rural",
      }),
    ),
    expect: { eligible: true, pathways: [met(RETURN)] },
  },
  {
    id: "shaoguan-graduate-origin-elsewhere",
    titleZh: "二：原籍不在韶关的毕业生，迁回原籍不是在韶关落户",
    titleEn: "二: a graduate whose home village is outside Shaoguan goes back there, not to a Shaoguan village",
    request: request("shaoguan", "rural", graduate(ELSEWHERE_TOWN, "college", { jurisdiction: "elsewhere", area: "rural" })),
    expect: { eligible: false, pathways: [unmet(RETURN, { fact: "applicant.education.hukouBeforeStudy.jurisdiction", got: "elsewhere" })] },
  },
  {
    id: "shaoguan-graduate-was-urban",
    titleZh: "二：入学前是城镇户口的，不是“农村籍学生”，不能迁入农村",
    titleEn: "二: a graduate with an urban hukou before study was not a rural student and cannot register in a village",
    request: request("shaoguan", "rural", graduate(ELSEWHERE_TOWN, "college", { jurisdiction: "shaoguan", area: "town" })),
    expect: { eligible: false, pathways: [unmet(RETURN, { fact: "applicant.education.hukouBeforeStudy.area", got: "town" })] },
  },
];
