// 济源 济政办〔2015〕14号 — one or more cases per clause, each way, thresholds at and one below.
import { ELSEWHERE_RURAL, hukou, request } from "./requests";
import { ADULT, CHILD, child, parent, spouse, TURNS_18_TODAY, TURNS_18_TOMORROW } from "./family";
import { allEligible, met, noneEligible, unmet, type EligibilityExample } from "./expectations";
import { jiyuanStudyWorkPermitExamples, RES } from "./jiyuan-study-work-permit";

const TALENT = "jiyuan.talent-or-employment-insurance";
const LOCAL = "jiyuan.central-urban.local-rural-resident";
const VILLAGER = "jiyuan.landless-villager-in-place";
const LOCAL_RURAL = hukou("jiyuan", "rural", "agricultural");
const employedInsured = (urbanMonths: number) => ({
  hukou: ELSEWHERE_RURAL,
  employment: { type: "employee" },
  socialInsurance: { urbanMonths },
});

// 二(一)–二(三) here, then 二(四)–二(六) and 四(二十一).
export const jiyuanExamples: EligibilityExample[] = [
  {
    id: "jiyuan-21-rented-town",
    titleZh: "二(一)：在镇上租房即可落户，共同居住的配偶、未成年子女、无收入未婚成年子女、父母随迁",
    titleEn:
      "二(一): a rental in a town suffices; co-resident spouse, minor child, unmarried adult child without income and parents come along",
    request: request(
      "jiyuan",
      "town",
      { hukou: ELSEWHERE_RURAL, residence: { type: "rented" } },
      {
        members: [spouse(), child(TURNS_18_TOMORROW), child(ADULT, { married: false, hasIncome: false }), parent()],
      },
    ),
    expect: { eligible: true, pathways: [met(RES)], members: allEligible(4, RES) },
  },
  {
    id: "jiyuan-21-family-refused",
    titleZh: "二(一)：不共同居住的配偶和父母、已满18周岁的已婚子女、有收入的未婚成年子女不能随迁",
    titleEn:
      "二(一): a spouse or parent not living together, a married child who turned 18 today, an unmarried adult child with income cannot come along",
    request: request(
      "jiyuan",
      "central_urban",
      { hukou: ELSEWHERE_RURAL, residence: { type: "owned" } },
      {
        members: [
          spouse(false),
          child(TURNS_18_TODAY, { married: true }),
          child(ADULT, { hasIncome: true }),
          parent({ coResident: false }),
        ],
      },
    ),
    expect: { eligible: true, pathways: [met(RES)], members: noneEligible(4) },
  },
  {
    id: "jiyuan-21-dormitory",
    titleZh: "二(一)：单位宿舍是本文件所说的合法稳定住所（二(三)“含购房、租房、单位宿舍等”）",
    titleEn: '二(一): a unit dormitory is a legal stable residence in this document (二(三) "bought, rented, unit dormitory")',
    request: request("jiyuan", "town", { hukou: ELSEWHERE_RURAL, residence: { type: "dormitory" } }),
    expect: { eligible: true, pathways: [met(RES)] },
  },
  {
    id: "jiyuan-21-relative",
    titleZh: "二(一)：借住亲友家不是本人的合法稳定住所",
    titleEn: "二(一): staying with relatives is not a legal stable residence of one's own",
    request: request("jiyuan", "town", { hukou: ELSEWHERE_RURAL, residence: { type: "relative" } }),
    expect: { eligible: false, pathways: [unmet(RES, { fact: "applicant.residence.type", got: "relative" })] },
  },
  {
    id: "jiyuan-23-urbanised-villager",
    titleZh: "二(三)：城中村失地村农民，可就地登记为城镇常住人口",
    titleEn: "二(三): a landless villager of an urban village is re-registered as urban where they live",
    request: request("jiyuan", "town", { hukou: LOCAL_RURAL, urbanisedVillager: true }),
    expect: { eligible: true, pathways: [met(VILLAGER)] },
  },
  {
    id: "jiyuan-23-villager-from-elsewhere",
    titleZh: "二(三)：外地户口的人不是本市的失地村农民",
    titleEn: "二(三): someone with a hukou elsewhere is not one of this city's landless villagers",
    request: request("jiyuan", "town", { hukou: ELSEWHERE_RURAL, urbanisedVillager: true }),
    expect: { pathways: [unmet(VILLAGER, { fact: "applicant.hukou.jurisdiction", got: "elsewhere" })] },
  },
  {
    id: "jiyuan-23-villager-not-in-such-village",
    titleZh: "二(三)：不在产业集聚区、城中村或城郊村的本市农村居民不适用就地登记",
    titleEn: "二(三): a local villager outside industrial-cluster areas and urban or suburban villages is not re-registered in place",
    request: request("jiyuan", "town", { hukou: LOCAL_RURAL }),
    expect: { eligible: false, pathways: [unmet(VILLAGER, { fact: "applicant.urbanisedVillager", got: false })] },
  },
  {
    id: "jiyuan-22-insured-12-months",
    titleZh: "二(二)：无住所，有稳定职业且参保正好满一年",
    titleEn: "二(二): no residence, stable employment and exactly one year of social insurance",
    request: request("jiyuan", "central_urban", employedInsured(12), {
      members: [spouse(), child(TURNS_18_TOMORROW), child(ADULT), parent()],
    }),
    expect: { eligible: true, pathways: [met(TALENT), unmet(RES)], members: allEligible(4, TALENT) },
  },
  {
    id: "jiyuan-22-insured-11-months",
    titleZh: "二(二)：参保11个月，还差1个月",
    titleEn: "二(二): 11 months of social insurance is one short",
    request: request("jiyuan", "central_urban", employedInsured(11), {
      members: [spouse(false), child(TURNS_18_TODAY, { married: true }), parent({ coResident: false })],
    }),
    expect: {
      eligible: false,
      pathways: [unmet(TALENT, { fact: "applicant.socialInsurance.urbanMonths", need: ">= 12", got: 11 })],
      members: noneEligible(3),
    },
  },
  {
    id: "jiyuan-22-introduced-talent",
    titleZh: "二(二)：引进人才无需住所与参保；不共同居住的家属、已成年有收入子女不能随迁",
    titleEn:
      "二(二): introduced talent needs no residence or insurance; relatives not living together and an earning adult child cannot come along",
    request: request(
      "jiyuan",
      "town",
      { hukou: ELSEWHERE_RURAL, talent: { introduced: true } },
      {
        members: [spouse(false), child(TURNS_18_TODAY, { hasIncome: true }), parent({ coResident: false })],
      },
    ),
    expect: { eligible: true, pathways: [met(TALENT)], members: noneEligible(3) },
  },
  {
    id: "jiyuan-23-local-rural-dormitory",
    titleZh: "二(三)：本市农村居民住单位宿舍，可到中心城区落户，共同居住的子女不论年龄随迁",
    titleEn:
      "二(三): a local rural resident living in a unit dormitory may settle in the central urban area; co-resident children of any age come along",
    request: request(
      "jiyuan",
      "central_urban",
      { hukou: LOCAL_RURAL, residence: { type: "dormitory" } },
      {
        members: [child(ADULT, { married: true, hasIncome: true })],
      },
    ),
    // The dormitory meets 二(一) too (0117); the married adult child comes along under 二(三) only.
    expect: { eligible: true, pathways: [met(LOCAL), met(RES)], members: allEligible(1, LOCAL) },
  },
  {
    id: "jiyuan-23-local-rural-income-family",
    titleZh: "二(三)：本市农村居民有稳定收入、无住所，共同居住的配偶、子女和父母随迁",
    titleEn:
      "二(三): a local rural resident with a stable income and no home of their own; co-resident spouse, children and parents come along",
    request: request(
      "jiyuan",
      "central_urban",
      { hukou: LOCAL_RURAL, stableIncome: true },
      {
        members: [spouse(), child(ADULT, { married: true, hasIncome: true }), parent()],
      },
    ),
    expect: { eligible: true, pathways: [met(LOCAL), unmet(RES)], members: allEligible(3, LOCAL) },
  },
  {
    id: "jiyuan-23-local-rural-income",
    titleZh: "二(三)：本市农村居民有稳定收入即可；不共同居住的家属不能随迁",
    titleEn: "二(三): a stable income alone suffices; relatives not living together cannot come along",
    request: request(
      "jiyuan",
      "central_urban",
      { hukou: LOCAL_RURAL, stableIncome: true },
      {
        members: [spouse(false), child(CHILD, { coResident: false }), parent({ coResident: false })],
      },
    ),
    expect: { eligible: true, pathways: [met(LOCAL)], members: noneEligible(3) },
  },
  {
    id: "jiyuan-23-not-local",
    titleZh: "二(三)：外地农村户口不适用本项（其住单位宿舍可依二(一)落户）",
    titleEn: "二(三): a rural hukou from elsewhere does not qualify (their unit dormitory meets 二(一) instead)",
    request: request("jiyuan", "central_urban", { hukou: ELSEWHERE_RURAL, residence: { type: "dormitory" } }),
    expect: { eligible: true, pathways: [met(RES), unmet(LOCAL, { fact: "applicant.hukou.jurisdiction", got: "elsewhere" })] },
  },
  {
    id: "jiyuan-23-no-residence-no-income",
    titleZh: "二(三)：借住亲友家且无稳定收入",
    titleEn: "二(三): staying with relatives and no stable income",
    request: request("jiyuan", "central_urban", { hukou: LOCAL_RURAL, residence: { type: "relative" } }),
    expect: {
      eligible: false,
      pathways: [unmet(LOCAL, { fact: "applicant.residence.type", got: "relative" }, { fact: "applicant.stableIncome", got: false })],
    },
  },
  ...jiyuanStudyWorkPermitExamples,
];
