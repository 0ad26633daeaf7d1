// 济源 济政办〔2015〕14号 二(四)–二(六) and 四(二十一): students and graduates, workers, investors, and the
// residence permit before and after 《居住证暂行条例》 — the second half of jiyuanExamples (jiyuan.ts).
import { ELSEWHERE_RURAL, hukou, request } from "./requests";
import { ADULT, child, grandchild, grandparent, parent, spouse, TURNS_18_TODAY, TURNS_18_TOMORROW } from "./family";
import { allEligible, met, noneEligible, notListed, unmet, type EligibilityExample } from "./expectations";

export const RES = "jiyuan.residence";
const STUDENT = "jiyuan.admitted-student";
const GRAD = "jiyuan.graduate";
const WORKER = "jiyuan.central-urban.worker-housing-pension";
const INVEST = "jiyuan.investor-fixed-residence";
const PERMIT_2015 = "jiyuan.residence-permit-before-decree";
const PERMIT = "jiyuan.residence-permit";
/** 四(二十一) in 2015, before 《居住证暂行条例》 (0112): only its own words apply. */
const permit = (asOf: string, applicant: Record<string, unknown>) =>
  request("jiyuan", "central_urban", { hukou: ELSEWHERE_RURAL, ...applicant }, { kind: "residence_permit", asOf });
const living = (months: number) => ({ residence: { type: "relative", months } });
const worker = (residence: Record<string, unknown>, urbanMonths = 1) => ({
  hukou: ELSEWHERE_RURAL,
  employment: { type: "employee" },
  stableIncome: true,
  residence,
  socialInsurance: { urbanMonths },
});

export const jiyuanStudyWorkPermitExamples: EligibilityExample[] = [
  {
    id: "jiyuan-24-admitted-student",
    titleZh: "二(四)：被本市院校录取的学生可将户口迁入学校",
    titleEn: "二(四): a student admitted locally may move the hukou to the school",
    request: request("jiyuan", "central_urban", { hukou: ELSEWHERE_RURAL, education: { level: "secondary", admittedLocally: true } }),
    expect: { eligible: true, pathways: [met(STUDENT)] },
  },
  {
    id: "jiyuan-24-not-admitted",
    titleZh: "二(四)：未被本市院校录取",
    titleEn: "二(四): not admitted to a local school",
    request: request("jiyuan", "town", { hukou: ELSEWHERE_RURAL, education: { level: "secondary" } }),
    expect: { eligible: false, pathways: [unmet(STUDENT, { fact: "applicant.education.admittedLocally", got: false })] },
  },
  {
    id: "jiyuan-24-graduate-owner",
    titleZh: "二(四)：外地本科毕业生在市区有自有住房，不同住的配偶、父母和刚满18周岁的子女可迁入",
    titleEn:
      "二(四): an out-of-town graduate owning a home in the city: spouse, parents and a child who turned 18 today may move in, living together or not",
    request: request(
      "jiyuan",
      "central_urban",
      { hukou: ELSEWHERE_RURAL, residence: { type: "owned" }, education: { level: "bachelor" } },
      {
        members: [spouse(false), child(TURNS_18_TODAY, { married: true, coResident: false }), parent({ coResident: false })],
      },
    ),
    expect: { eligible: true, pathways: [met(RES), met(GRAD)], members: allEligible(3, GRAD) },
  },
  {
    id: "jiyuan-24-graduate-rented",
    titleZh: "二(四)：毕业生仅租房（未备案），不同住的家属和未成年子女不能随迁",
    titleEn: "二(四): a graduate in an unregistered rental: relatives not living together and a minor child cannot move in",
    request: request(
      "jiyuan",
      "central_urban",
      { hukou: ELSEWHERE_RURAL, residence: { type: "rented" }, education: { level: "technical_school" } },
      {
        members: [spouse(false), child(TURNS_18_TOMORROW, { coResident: false }), parent({ coResident: false })],
      },
    ),
    expect: { eligible: true, pathways: [met(RES), met(GRAD)], members: noneEligible(3) },
  },
  {
    id: "jiyuan-24-graduate-town",
    titleZh: "二(四)：毕业生的住房在镇上而非市区，家属不能依本项迁入",
    titleEn: "二(四): a graduate whose home is in a town, not the city proper, brings no family under this clause",
    request: request(
      "jiyuan",
      "town",
      { hukou: ELSEWHERE_RURAL, residence: { type: "owned" }, education: { level: "college" } },
      {
        members: [spouse(false)],
      },
    ),
    expect: { eligible: true, pathways: [met(GRAD)], members: noneEligible(1) },
  },
  {
    id: "jiyuan-24-graduate-minor-child",
    titleZh: "二(四)：明天才满18周岁的子女不是成年子女，不同住则不能随迁",
    titleEn: "二(四): a child turning 18 tomorrow is not an adult child; not living together, they cannot come",
    request: request(
      "jiyuan",
      "central_urban",
      { hukou: ELSEWHERE_RURAL, residence: { type: "owned" }, education: { level: "doctorate" } },
      {
        members: [child(TURNS_18_TOMORROW, { coResident: false })],
      },
    ),
    expect: { eligible: true, pathways: [met(GRAD)], members: noneEligible(1) },
  },
  {
    id: "jiyuan-24-local-graduate",
    titleZh: "二(四)：本市户口的毕业生不是“外地”毕业生",
    titleEn: "二(四): a graduate with a local hukou is not an out-of-town graduate",
    request: request("jiyuan", "town", { hukou: hukou("jiyuan", "town"), education: { level: "master" } }),
    expect: { eligible: false, pathways: [unmet(GRAD, { fact: "applicant.hukou.jurisdiction", got: "jiyuan" })] },
  },
  {
    id: "jiyuan-24-secondary-school",
    titleZh: "二(四)：高中/中专学历不属于大专、本科、技工院校毕业生",
    titleEn: "二(四): secondary school is not a qualifying degree",
    request: request("jiyuan", "central_urban", { hukou: ELSEWHERE_RURAL, education: { level: "secondary" } }),
    expect: { eligible: false, pathways: [unmet(GRAD, { fact: "applicant.education.level", got: "secondary" })] },
  },
  {
    id: "jiyuan-25-rented-12-months",
    titleZh: "二(五)：中心城区务工，租住独立门牌号住房正好满一年，稳定收入，缴纳养老保险",
    titleEn: "二(五): worker renting a home with its own door number for exactly a year, stable income, paying urban pension",
    request: request("jiyuan", "central_urban", worker({ type: "rented", months: 12, ownDoorNumber: true })),
    expect: { eligible: true, pathways: [met(WORKER), met(RES)] },
  },
  {
    id: "jiyuan-25-rented-11-months",
    titleZh: "二(五)：租住11个月，还差1个月",
    titleEn: "二(五): 11 months in the rental is one short",
    request: request("jiyuan", "central_urban", worker({ type: "rented_registered", months: 11, ownDoorNumber: true })),
    expect: { pathways: [unmet(WORKER, { fact: "applicant.residence.months", need: ">= 12", got: 11 })] },
  },
  {
    id: "jiyuan-25-no-pension",
    titleZh: "二(五)：购房但未缴纳城镇养老保险",
    titleEn: "二(五): bought a home but pays no urban pension",
    request: request("jiyuan", "central_urban", worker({ type: "owned" }, 0)),
    expect: { pathways: [unmet(WORKER, { fact: "applicant.socialInsurance.urbanMonths", need: ">= 1", got: 0 })] },
  },
  {
    id: "jiyuan-25-no-door-number",
    titleZh: "二(五)：租住的住房没有独立门牌号",
    titleEn: "二(五): the rental has no door number of its own",
    request: request("jiyuan", "central_urban", worker({ type: "rented", months: 30, ownDoorNumber: false })),
    expect: { pathways: [unmet(WORKER, { fact: "applicant.residence.ownDoorNumber", got: false })] },
  },
  {
    id: "jiyuan-26-investor-lineal",
    titleZh: "二(六)：外来投资人员有备案租赁住房，配偶及直系亲属（祖父母、孙子女、已婚子女）均可迁入",
    titleEn:
      "二(六): an outside investor with a registered rental: spouse and lineal relatives (grandparents, grandchildren, a married child) may move in",
    request: request(
      "jiyuan",
      "town",
      { hukou: ELSEWHERE_RURAL, investor: true, residence: { type: "rented_registered" } },
      {
        members: [
          spouse(false),
          child(ADULT, { married: true, hasIncome: true, coResident: false }),
          parent({ coResident: false }),
          grandparent(),
          grandchild(),
        ],
      },
    ),
    expect: { eligible: true, pathways: [met(RES), met(INVEST)], members: allEligible(5, INVEST) },
  },
  {
    id: "jiyuan-26-unregistered-rental",
    titleZh: "二(六)：未备案的租房不是合法固定住所；依二(一)祖父母、孙子女和不同住亲属不能随迁",
    titleEn:
      "二(六): an unregistered rental is not a fixed residence; under 二(一) grandparents, grandchildren and relatives not living together cannot come",
    request: request(
      "jiyuan",
      "town",
      { hukou: ELSEWHERE_RURAL, investor: true, residence: { type: "rented" } },
      {
        members: [
          spouse(false),
          child(ADULT, { married: true, coResident: false }),
          parent({ coResident: false }),
          grandparent(),
          grandchild(),
        ],
      },
    ),
    expect: {
      eligible: true,
      pathways: [met(RES), unmet(INVEST, { fact: "applicant.residence.type", got: "rented" })],
      members: noneEligible(5),
    },
  },
  {
    id: "jiyuan-26-local-investor",
    titleZh: "二(六)：本市户口的投资人不是“外来人员”",
    titleEn: "二(六): an investor with a local hukou is not an outsider",
    request: request("jiyuan", "town", { hukou: hukou("jiyuan", "rural"), investor: true, residence: { type: "owned" } }),
    expect: { pathways: [unmet(INVEST, { fact: "applicant.hukou.jurisdiction", got: "jiyuan" })] },
  },
  {
    id: "jiyuan-421-2015-six-months-no-job",
    titleZh: "四(二十一)（2015年，条例施行前）：户口在外地、居住满半年即可申领居住证，不问就业、住所、就读",
    titleEn: "四(二十一) in 2015, before the decree: hukou elsewhere and half a year here suffice — no employment, residence or study test",
    request: permit("2015-12-31", living(6)),
    expect: {
      eligible: true,
      policyId: "jiyuan-2015",
      pathways: [met(PERMIT_2015), notListed(PERMIT), notListed("national.residence-permit")],
    },
  },
  {
    id: "jiyuan-421-2015-five-months",
    titleZh: "四(二十一)（2015年）：居住5个月，未满半年",
    titleEn: "四(二十一) in 2015: five months is short of half a year",
    request: permit("2015-06-30", living(5)),
    expect: { eligible: false, pathways: [unmet(PERMIT_2015, { fact: "applicant.residence.months", need: ">= 6", got: 5 })] },
  },
  {
    id: "jiyuan-421-2015-local-hukou",
    titleZh: "四(二十一)（2015年）：户口已在济源，未离开常住户口所在地",
    titleEn: "四(二十一) in 2015: the hukou is already in Jiyuan — the person has not left it",
    request: permit("2015-12-31", { hukou: hukou("jiyuan", "town"), ...living(24) }),
    expect: { eligible: false, pathways: [unmet(PERMIT_2015, { fact: "applicant.hukou.jurisdiction", need: "!= jiyuan", got: "jiyuan" })] },
  },
  {
    id: "jiyuan-421-decree-first-day-no-job",
    titleZh: "四(二十一)（2016-01-01 起，重申《居住证暂行条例》）：同样的人，无就业、住所、就读，不符合条件",
    titleEn:
      "四(二十一) from 2016-01-01, restating the decree: the same person, with no employment, residence or study, no longer qualifies",
    request: permit("2016-01-01", living(6)),
    expect: {
      eligible: false,
      policyId: "jiyuan-2015",
      pathways: [
        unmet(
          PERMIT,
          { fact: "applicant.employment.type", got: "none" },
          { fact: "applicant.residence.type", got: "relative" },
          { fact: "applicant.studying", got: false },
        ),
        notListed(PERMIT_2015),
      ],
    },
  },
  {
    id: "jiyuan-rural-area",
    titleZh: "落户到农村：本方案未规定条件",
    titleEn: "Settling in a rural area: the plan sets no conditions",
    request: request("jiyuan", "rural", { hukou: ELSEWHERE_RURAL, residence: { type: "owned" } }),
    expect: { eligible: false, pathways: [], notes: ["NO_PATHWAY_FOR_AREA", "LAND_RIGHTS_KEPT"] },
  },
  {
    id: "jiyuan-421-2015-city-6-months",
    titleZh: "四(二十一)（2015年）：在本市住满半年，现住所才住1个月，按在本市居住时间计",
    titleEn: "四(二十一) (2015): half a year in the city though only one month at the present home — time in the city counts",
    request: permit("2015-06-01", { residence: { type: "relative", months: 1, cityMonths: 6 } }),
    expect: { eligible: true, pathways: [met(PERMIT_2015)] },
  },
  {
    id: "jiyuan-421-2015-city-5-months",
    titleZh: "四(二十一)（2015年）：在本市只住了5个月",
    titleEn: "四(二十一) (2015): five months in the city",
    request: permit("2015-06-01", { residence: { type: "relative", months: 5, cityMonths: 5 } }),
    expect: { eligible: false, pathways: [unmet(PERMIT_2015, { fact: "applicant.residence.cityMonths", need: ">= 6", got: 5 })] },
  },
];
