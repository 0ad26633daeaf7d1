// 郴州 郴政发〔2016〕1号 三(一), 三(二), 四(一).
import { ELSEWHERE_RURAL, ELSEWHERE_TOWN, request } from "./requests";
import { ADULT, child, parent, spouse } from "./family";
import { allEligible, met, noneEligible, notListed, unmet, type EligibilityExample } from "./expectations";

const CENTRAL = "chenzhou.central-urban.employment-residence-insurance";
const TOWN = "chenzhou.town.residence";
const NO_HUKOU = "chenzhou.no-hukou-registration";
const central = (urbanMonths: number, more: Record<string, unknown> = {}) => ({
  hukou: ELSEWHERE_RURAL,
  employment: { type: "employee", months: 12 },
  residence: { type: "rented", months: 14 },
  socialInsurance: { urbanMonths },
  ...more,
});

export const chenzhouExamples: EligibilityExample[] = [
  {
    id: "chenzhou-31-enrolled",
    titleZh: "三(一)：中心城区就业、租房并已参加城镇社保（1个月）；共同居住的配偶、未婚成年子女、父母随迁",
    titleEn:
      "三(一): employed, renting and enrolled in urban insurance (one month) in the central urban area; co-resident spouse, unmarried adult child and parents come along",
    request: request("chenzhou", "central_urban", central(1), {
      members: [spouse(), child(ADULT, { married: false, hasIncome: true }), parent()],
    }),
    expect: { eligible: true, pathways: [met(CENTRAL), notListed(TOWN)], members: allEligible(3, CENTRAL) },
  },
  {
    id: "chenzhou-31-not-enrolled",
    titleZh: "三(一)：未参加城镇社保（差1个月）",
    titleEn: "三(一): not enrolled in urban insurance (one month short)",
    request: request("chenzhou", "central_urban", central(0)),
    expect: {
      eligible: false,
      pathways: [unmet(CENTRAL, { fact: "applicant.socialInsurance.urbanMonths", need: ">= 1", got: 0 })],
    },
  },
  {
    id: "chenzhou-31-family-refused",
    titleZh: "三(一)：不同住的配偶和父母、已婚子女不能随迁",
    titleEn: "三(一): a spouse or parent not living together and a married child cannot come",
    request: request("chenzhou", "central_urban", central(5), {
      members: [spouse(false), child(ADULT, { married: true }), parent({ coResident: false })],
    }),
    expect: { eligible: true, pathways: [met(CENTRAL)], members: noneEligible(3) },
  },
  {
    id: "chenzhou-31-unemployed",
    titleZh: "三(一)：无合法稳定就业",
    titleEn: "三(一): no stable employment",
    request: request("chenzhou", "central_urban", central(6, { employment: { type: "none" } })),
    expect: { eligible: false, pathways: [unmet(CENTRAL, { fact: "applicant.employment.type", got: "none" })] },
  },
  {
    id: "chenzhou-31-dormitory",
    titleZh: "三(一)：单位宿舍不是合法稳定住所",
    titleEn: "三(一): a unit dormitory is not a legal stable residence",
    request: request("chenzhou", "central_urban", central(6, { residence: { type: "dormitory", months: 20 } })),
    expect: { eligible: false, pathways: [unmet(CENTRAL, { fact: "applicant.residence.type", got: "dormitory" })] },
  },
  {
    id: "chenzhou-32-town-rented",
    titleZh: "三(二)：在县城租房即可落户，共同居住的家属随迁",
    titleEn: "三(二): a rental in a county town suffices; relatives living together come along",
    request: request(
      "chenzhou",
      "town",
      { hukou: ELSEWHERE_RURAL, residence: { type: "rented" } },
      {
        members: [spouse(), child(ADULT), parent()],
      },
    ),
    expect: { eligible: true, pathways: [met(TOWN), notListed(CENTRAL)], members: allEligible(3, TOWN) },
  },
  {
    id: "chenzhou-32-town-apart",
    titleZh: "三(二)：不同住的家属、已婚子女不能随迁",
    titleEn: "三(二): relatives not living together and a married child cannot come",
    request: request(
      "chenzhou",
      "town",
      { hukou: ELSEWHERE_TOWN, residence: { type: "owned" } },
      {
        members: [spouse(false), child(ADULT, { married: true }), parent({ coResident: false })],
      },
    ),
    expect: { eligible: true, pathways: [met(TOWN)], members: noneEligible(3) },
  },
  {
    id: "chenzhou-32-town-relative",
    titleZh: "三(二)：借住亲友家不是合法稳定住所",
    titleEn: "三(二): staying with relatives is not a legal stable residence",
    request: request("chenzhou", "town", { hukou: ELSEWHERE_RURAL, residence: { type: "relative" } }),
    expect: { eligible: false, pathways: [unmet(TOWN, { fact: "applicant.residence.type", got: "relative" })] },
  },
  {
    id: "chenzhou-41-no-hukou",
    titleZh: "四(一)：无户口人员依法登记户口，无附加条件",
    titleEn: "四(一): a person with no hukou is registered without further conditions",
    request: request("chenzhou", "central_urban", { hukou: null }),
    expect: { eligible: true, pathways: [met(NO_HUKOU), unmet(CENTRAL)] },
  },
  {
    id: "chenzhou-41-has-hukou",
    titleZh: "四(一)：已有户口者不适用",
    titleEn: "四(一): not for someone who has a hukou",
    request: request("chenzhou", "town", { hukou: ELSEWHERE_TOWN }),
    expect: { eligible: false, pathways: [notListed(NO_HUKOU), unmet(TOWN)] },
  },
  {
    id: "chenzhou-rural-area",
    titleZh: "落户到农村：本意见未规定条件",
    titleEn: "Settling in a rural area: the opinion sets no conditions",
    request: request("chenzhou", "rural", { hukou: ELSEWHERE_TOWN, residence: { type: "owned" } }),
    expect: { eligible: false, pathways: [], notes: ["NO_PATHWAY_FOR_AREA"] },
  },
];
