// 黔南 实施方案(征求意见稿) 二(一)1-3, 二(三)1.
import { ELSEWHERE_RURAL, ELSEWHERE_TOWN, hukou, request } from "./requests";
import { ADULT, child, grandchild, grandparent, parent, spouse, TURNS_18_TODAY, TURNS_18_TOMORROW } from "./family";
import { allEligible, met, noneEligible, notListed, unmet, type EligibilityExample } from "./expectations";

const WORK = "qiannan.town.work-business";
const RELOCATED = "qiannan.relocated-poverty";
const STAFF = "qiannan.new-public-sector-staff";
const IN_POST = "qiannan.public-sector-staff-residence";
const NO_HUKOU = "qiannan.no-hukou-registration";
const QIANNAN_RURAL = hukou("qiannan", "rural", "agricultural");

export const qiannanExamples: EligibilityExample[] = [
  {
    id: "qiannan-211-worker",
    titleZh: "二(一)1：在城镇务工、借住亲友家，可在居住地落户；共同居住的配偶、未成年子女、父母随迁",
    titleEn: "二(一)1: working in a town and living with relatives: settle there; co-resident spouse, minor child and parents come along",
    request: request(
      "qiannan",
      "town",
      { hukou: ELSEWHERE_RURAL, employment: { type: "employee" }, residence: { type: "relative" } },
      {
        members: [spouse(), child(TURNS_18_TOMORROW), parent()],
      },
    ),
    expect: { eligible: true, pathways: [met(WORK)], members: allEligible(3, WORK) },
  },
  {
    id: "qiannan-211-investor",
    titleZh: "二(一)1：在城镇投资；不同住的配偶、今天满18周岁的子女不能随迁",
    titleEn: "二(一)1: invested in a town; a spouse not living together and a child who turned 18 today cannot come",
    request: request(
      "qiannan",
      "central_urban",
      { hukou: ELSEWHERE_TOWN, investor: true, residence: { type: "owned" } },
      {
        members: [spouse(false), child(TURNS_18_TODAY), parent({ coResident: false })],
      },
    ),
    expect: { eligible: true, pathways: [met(WORK)], members: noneEligible(3) },
  },
  {
    id: "qiannan-211-idle",
    titleZh: "二(一)1：未在城镇务工、经商、投资或创业",
    titleEn: "二(一)1: neither working, trading, investing nor running a business in the town",
    request: request("qiannan", "town", { hukou: ELSEWHERE_RURAL, residence: { type: "rented" } }),
    expect: { eligible: false, pathways: [unmet(WORK, { fact: "applicant.employment.type", got: "none" })] },
  },
  {
    id: "qiannan-211-no-dwelling",
    titleZh: "二(一)1：在当地没有居住地",
    titleEn: "二(一)1: no dwelling in the place",
    request: request("qiannan", "town", { hukou: ELSEWHERE_RURAL, employment: { type: "self_employed" } }),
    expect: { eligible: false, pathways: [unmet(WORK, { fact: "applicant.residence.type", got: "none" })] },
  },
  {
    id: "qiannan-212-relocated",
    titleZh: "二(一)2：易地扶贫搬迁入住人员在安置地落户，同住的全家（含祖孙）随迁",
    titleEn: "二(一)2: relocated households settle at the resettlement site, the whole co-resident family included",
    request: request(
      "qiannan",
      "rural",
      { hukou: QIANNAN_RURAL, relocatedPoverty: true },
      {
        members: [spouse(), child(ADULT, { married: true }), parent(), grandparent({ coResident: true }), grandchild({ coResident: true })],
      },
    ),
    expect: { eligible: true, pathways: [met(RELOCATED)], members: allEligible(5, RELOCATED) },
  },
  {
    id: "qiannan-212-relocated-apart",
    titleZh: "二(一)2：未一同搬迁入住的亲属不能随迁",
    titleEn: "二(一)2: relatives who did not move in together cannot come",
    request: request(
      "qiannan",
      "town",
      { hukou: QIANNAN_RURAL, relocatedPoverty: true },
      {
        members: [spouse(false), child(ADULT, { coResident: false }), parent({ coResident: false }), grandparent(), grandchild()],
      },
    ),
    expect: { eligible: true, pathways: [met(RELOCATED)], members: noneEligible(5) },
  },
  {
    id: "qiannan-212-not-relocated",
    titleZh: "二(一)2：不是易地扶贫搬迁对象",
    titleEn: "二(一)2: not a relocated household",
    request: request("qiannan", "rural", { hukou: QIANNAN_RURAL }),
    expect: { eligible: false, pathways: [unmet(RELOCATED, { fact: "applicant.relocatedPoverty", got: false })] },
  },
  {
    id: "qiannan-213-new-staff",
    titleZh: "二(一)3：新进入事业单位的工作人员，户口迁入单位所在地（含乡村）",
    titleEn: "二(一)3: new public-institution staff move their hukou to where the unit is (villages included)",
    request: request("qiannan", "rural", { hukou: ELSEWHERE_TOWN, employment: { type: "public_sector", newPublicSectorHire: true } }),
    expect: { eligible: true, pathways: [met(STAFF)] },
  },
  {
    id: "qiannan-213-not-new-staff",
    titleZh: "二(一)3：不是新进人员",
    titleEn: "二(一)3: not a new hire",
    request: request("qiannan", "rural", { hukou: ELSEWHERE_TOWN, employment: { type: "public_sector" } }),
    expect: { eligible: false, pathways: [unmet(STAFF, { fact: "applicant.employment.newPublicSectorHire", got: false })] },
  },
  {
    id: "qiannan-231-no-hukou",
    titleZh: "二(三)1：解决无户口人员登记户口问题",
    titleEn: "二(三)1: a person with no hukou gets registered",
    request: request("qiannan", "town", { hukou: null }),
    expect: { eligible: true, pathways: [met(NO_HUKOU)] },
  },
  {
    id: "qiannan-231-has-hukou",
    titleZh: "二(三)1：已有户口者不适用",
    titleEn: "二(三)1: not for someone who has a hukou",
    request: request("qiannan", "town", { hukou: ELSEWHERE_RURAL }),
    expect: { pathways: [notListed(NO_HUKOU)] },
  },
  {
    id: "qiannan-213-staff-in-post",
    titleZh: "二(一)3：在职的乡村学校教师（事业单位），在实际居住的村里登记户口",
    titleEn: "二(一)3: a village-school teacher already in post registers where they actually live",
    request: request("qiannan", "rural", {
      hukou: ELSEWHERE_TOWN,
      employment: { type: "public_sector", months: 60 },
      residence: { type: "dormitory" },
    }),
    expect: { eligible: true, pathways: [met(IN_POST)] },
  },
  {
    id: "qiannan-213-staff-no-residence",
    titleZh: "二(一)3：在实际居住地登记，须在当地有居住地",
    titleEn: "二(一)3: registering where one actually lives needs a place one lives in",
    request: request("qiannan", "town", { hukou: ELSEWHERE_TOWN, employment: { type: "public_sector" } }),
    expect: { pathways: [unmet(IN_POST, { fact: "applicant.residence.type", got: "none" })] },
  },
  {
    id: "qiannan-213-not-staff",
    titleZh: "二(一)3：企业职工不是国家机关、事业单位工作人员",
    titleEn: "二(一)3: an enterprise employee is not staff of a state organ or public institution",
    request: request("qiannan", "rural", { hukou: ELSEWHERE_TOWN, employment: { type: "employee" }, residence: { type: "owned" } }),
    expect: { eligible: false, pathways: [unmet(IN_POST, { fact: "applicant.employment.type", got: "employee" })] },
  },
];
