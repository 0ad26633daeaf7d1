// 乌审旗 实施方案 二(一)2–4, second half of wushenExamples (wushen.ts): graduates returning to the pastoral
// areas, marriage migration, registration without a hukou, rural students.
import { ELSEWHERE_RURAL, ELSEWHERE_TOWN, hukou, graduate, request } from "./requests";
import { met, notListed, unmet, type EligibilityExample } from "./expectations";

export const NON = "wushen.town.non-banner";
const NO_HUKOU = "wushen.no-hukou-registration";
const STUDENT = "wushen.rural-student-college";
const PASTORAL = "wushen.pastoral.marriage-migration";
const TOWN_MARRIAGE = "wushen.town.marriage-migration";
const GRAD_RETURN = "wushen.pastoral.graduate-return";
export const banner = (m: Record<string, unknown>) => ({ ...m, hukouJurisdiction: "wushen" });
export const BANNER_RURAL = hukou("wushen", "rural", "agricultural");
/** Non-banner, registered rental, flexible work: met only through one of conditions (1)-(7). */
export const base = (more: Record<string, unknown> = {}) => ({
  hukou: ELSEWHERE_RURAL,
  residence: { type: "rented_registered", months: 3 },
  employment: { type: "flexible" },
  ...more,
});

export const wushenPastoralExamples: EligibilityExample[] = [
  {
    id: "wushen-214-graduate-returns-pastoral",
    titleZh: "二(一)4：本旗牧区考出的大专毕业生，可回原农牧区落户",
    titleEn: "二(一)4: a college graduate from a banner pastoral area may register back there",
    request: request(
      "wushen",
      "rural",
      graduate(hukou("elsewhere", "central_urban"), "college", { jurisdiction: "wushen", area: "rural" }),
    ),
    expect: { eligible: true, pathways: [met(GRAD_RETURN)] },
  },
  {
    id: "wushen-214-graduate-was-town",
    titleZh: "二(一)4：入学前是本旗城镇户口的毕业生，不能落到农牧区",
    titleEn: "二(一)4: a graduate whose hukou was in a banner town before study cannot register in a pastoral area",
    request: request(
      "wushen",
      "rural",
      graduate(hukou("elsewhere", "central_urban"), "bachelor", { jurisdiction: "wushen", area: "town" }),
    ),
    expect: {
      eligible: false,
      pathways: [unmet(GRAD_RETURN, { fact: "applicant.education.hukouBeforeStudy.area", got: "town" })],
      notes: ["PASTORAL_AREA_TOWN_ONLY"],
    },
  },
  {
    id: "wushen-214-graduate-origin-unknown",
    titleZh: "二(一)4：未说明入学前户口所在地，无法认定“原农牧区”",
    titleEn: "二(一)4: without the hukou place before study, the original pastoral area cannot be shown",
    request: request("wushen", "rural", { hukou: ELSEWHERE_TOWN, education: { level: "college" } }),
    expect: { eligible: false, pathways: [unmet(GRAD_RETURN, { fact: "applicant.education.hukouBeforeStudy.jurisdiction", got: null })] },
  },
  {
    id: "wushen-214-marriage-spouse-area-unknown",
    titleZh: "二(一)4：配偶户口是否在农牧区未说明，不能随迁为农牧区户口",
    titleEn: "二(一)4: where the spouse is registered is not stated, so pastoral registration is not shown",
    request: request("wushen", "rural", { hukou: ELSEWHERE_RURAL, joining: { relation: "spouse" } }),
    expect: { eligible: false, pathways: [unmet(PASTORAL, { fact: "applicant.joining.area", got: null })] },
  },
  {
    id: "wushen-214-marriage-spouse-in-town",
    titleZh: "二(一)4：配偶是城镇户口，不属于农牧区婚迁",
    titleEn: "二(一)4: the spouse is registered in a town, so this is not marriage into a pastoral area",
    request: request("wushen", "rural", { hukou: ELSEWHERE_RURAL, joining: { relation: "spouse", area: "town" } }),
    expect: { eligible: false, pathways: [unmet(PASTORAL, { fact: "applicant.joining.area", got: "town" })] },
  },
  {
    id: "wushen-212-unemployed",
    titleZh: "二(一)2：有产权房但无合法稳定就业",
    titleEn: "二(一)2: owns a home but has no stable employment",
    request: request("wushen", "town", { hukou: ELSEWHERE_TOWN, residence: { type: "owned" } }),
    expect: { eligible: false, pathways: [unmet(NON, { fact: "applicant.employment.type", got: "none" })] },
  },
  {
    id: "wushen-212-banner-hukou",
    titleZh: "二(一)2：本旗户口不适用非本旗户籍人员的规定",
    titleEn: "二(一)2: a banner hukou holder is not a non-banner resident",
    request: request("wushen", "town", base({ hukou: BANNER_RURAL, residence: { type: "rented" }, employment: { type: "employee" } })),
    expect: { eligible: false, pathways: [unmet(NON, { fact: "applicant.hukou.jurisdiction", got: "wushen" })] },
  },
  {
    id: "wushen-213-no-hukou-pastoral",
    titleZh: "二(一)3：无户口人员登记户口，不设前置条件（牧区亦可）",
    titleEn: "二(一)3: a person with no hukou is registered without preconditions (pastoral area too)",
    request: request("wushen", "rural", { hukou: null }),
    expect: { eligible: true, pathways: [met(NO_HUKOU)] },
  },
  {
    id: "wushen-213-has-hukou",
    titleZh: "二(一)3：已有户口的人不适用无户口登记",
    titleEn: "二(一)3: someone who has a hukou is not a no-hukou case",
    request: request("wushen", "town", { hukou: ELSEWHERE_TOWN }),
    expect: { eligible: false, pathways: [notListed(NO_HUKOU)] },
  },
  {
    id: "wushen-214-rural-student",
    titleZh: "二(一)4：农牧区学生考入大中专院校，可迁入院校集体户",
    titleEn: "二(一)4: a pastoral-area student admitted to a college may move into its collective household",
    request: request("wushen", "town", {
      birthDate: "2001-01-01",
      hukou: ELSEWHERE_RURAL,
      education: { level: "secondary", admittedLocally: true },
    }),
    expect: { eligible: true, pathways: [met(STUDENT)] },
  },
  {
    id: "wushen-214-student-not-admitted",
    titleZh: "二(一)4：未被录取",
    titleEn: "二(一)4: not admitted",
    request: request("wushen", "town", { hukou: ELSEWHERE_RURAL }),
    expect: { pathways: [unmet(STUDENT, { fact: "applicant.education.admittedLocally", got: false })] },
  },
  {
    id: "wushen-214-marriage-agricultural",
    titleZh: "二(一)4：婚迁到牧区，迁入方原为农业户口，可随迁为牧区户口",
    titleEn: "二(一)4: marrying into a pastoral area with a former agricultural hukou: may register there",
    request: request("wushen", "rural", { hukou: ELSEWHERE_RURAL, joining: { relation: "spouse", area: "rural" } }),
    expect: { eligible: true, pathways: [met(PASTORAL)] },
  },
  {
    id: "wushen-214-marriage-non-agricultural",
    titleZh: "二(一)4：迁入方原为非农业户口，只能落为城镇户口",
    titleEn: "二(一)4: a former non-agricultural hukou may only register in a town",
    request: request("wushen", "rural", { hukou: ELSEWHERE_TOWN, joining: { relation: "spouse", area: "rural" } }),
    expect: {
      eligible: false,
      pathways: [unmet(PASTORAL, { fact: "applicant.hukou.formerNature", got: "non_agricultural" })],
    },
  },
  {
    id: "wushen-214-marriage-unknown-nature",
    titleZh: "二(一)4：原户口性质不明属于“其他情况”，落在城镇",
    titleEn: '二(一)4: an unknown former nature is an "other case": register in a town',
    request: request("wushen", "rural", { hukou: hukou("elsewhere", "rural"), joining: { relation: "spouse" } }),
    expect: { eligible: false, pathways: [unmet(PASTORAL, { fact: "applicant.hukou.formerNature", got: null })] },
  },
  {
    id: "wushen-214-marriage-town",
    titleZh: "二(一)4：与牧区居民结婚的原非农业户口人员，落为城镇户口",
    titleEn: "二(一)4: a former non-agricultural hukou marrying into a pastoral family registers in a town",
    request: request("wushen", "town", { hukou: ELSEWHERE_TOWN, joining: { relation: "spouse", area: "rural" } }),
    expect: { eligible: true, pathways: [met(TOWN_MARRIAGE), notListed(PASTORAL)] },
  },
  {
    id: "wushen-214-marriage-town-spouse-in-town",
    titleZh: "二(一)4：配偶不在牧区，不属于农牧区婚迁",
    titleEn: "二(一)4: the spouse is not in a pastoral area, so this is not pastoral marriage migration",
    request: request("wushen", "town", { hukou: ELSEWHERE_TOWN, joining: { relation: "spouse", area: "town" } }),
    expect: { eligible: false, pathways: [unmet(TOWN_MARRIAGE, { fact: "applicant.joining.area", got: "town" })] },
  },
];
