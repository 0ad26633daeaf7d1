// 乌审旗 实施方案 二(一)1-4 — towns and pastoral areas, the seven conditions of 二(一)2 one by one.
import { ELSEWHERE_RURAL, request } from "./requests";
import { child, parent, spouse, TURNS_18_TODAY, TURNS_18_TOMORROW } from "./family";
import { allEligible, met, noneEligible, unmet, type EligibilityExample } from "./expectations";
import { banner, BANNER_RURAL, base, NON, wushenPastoralExamples } from "./wushen-pastoral";

const BANNER = "wushen.town.banner-resident";
const REUNION = "wushen.town.family-reunion";
const SEVENTY = "1950-03-01";
const TEN = "2009-02-01";
/** (3) family reunion: a hukou elsewhere, living in the home of the relative joined. */
const joiner = (more: Record<string, unknown> = {}) => ({ hukou: ELSEWHERE_RURAL, residence: { type: "relative" }, ...more });
const oneOf = (id: string, titleZh: string, titleEn: string, more: Record<string, unknown>): EligibilityExample => ({
  id,
  titleZh,
  titleEn,
  request: request("wushen", "town", base(more)),
  expect: { eligible: true, pathways: [met(NON)] },
});

export const wushenExamples: EligibilityExample[] = [
  {
    id: "wushen-211-banner-owner",
    titleZh: "二(一)1：本旗牧区户口，在镇上有产权房，可登记城镇户口",
    titleEn: "二(一)1: a banner pastoral hukou holder owning a home in a town",
    request: request("wushen", "town", { hukou: BANNER_RURAL, residence: { type: "owned" } }),
    expect: { eligible: true, pathways: [met(BANNER)] },
  },
  {
    id: "wushen-211-banner-registered-rental",
    titleZh: "二(一)1：备案的租赁房屋是合法稳定住所（旗府所在地）",
    titleEn: "二(一)1: a registered rental is a legal stable residence (banner seat)",
    request: request("wushen", "central_urban", { hukou: BANNER_RURAL, residence: { type: "rented_registered" } }),
    expect: { eligible: true, pathways: [met(BANNER)] },
  },
  {
    id: "wushen-211-banner-unregistered-rental",
    titleZh: "二(一)1：未在房管部门备案的租房不算合法稳定住所",
    titleEn: "二(一)1: a rental not registered with the housing office does not count",
    request: request("wushen", "town", { hukou: BANNER_RURAL, residence: { type: "rented" } }),
    expect: { eligible: false, pathways: [unmet(BANNER, { fact: "applicant.residence.type", got: "rented" })] },
  },
  {
    id: "wushen-212-insured-24-months",
    titleZh: "二(一)2(2)：备案租房、灵活就业、参加城镇社保正好满两年；配偶、未成年子女、参保满两年的父母随迁",
    titleEn:
      "二(一)2(2): registered rental, flexible work, exactly two years of urban insurance; spouse, minor child and parents insured two years come along",
    request: request("wushen", "town", base({ socialInsurance: { urbanMonths: 24 } }), {
      members: [spouse(), child(TURNS_18_TOMORROW), parent({ urbanInsuranceMonths: 24 })],
    }),
    expect: { eligible: true, pathways: [met(NON)], members: allEligible(3, NON) },
  },
  {
    id: "wushen-212-insured-23-months",
    titleZh: "二(一)2(2)：参保23个月，还差1个月",
    titleEn: "二(一)2(2): 23 months of insurance is one short",
    request: request("wushen", "town", base({ socialInsurance: { urbanMonths: 23 } })),
    expect: {
      eligible: false,
      pathways: [unmet(NON, { fact: "applicant.socialInsurance.urbanMonths", need: ">= 24", got: 23 })],
    },
  },
  {
    id: "wushen-212-family-refused",
    titleZh: "二(一)2：不同住的配偶、今天满18周岁的子女、参保23个月的父母不能随迁",
    titleEn: "二(一)2: a spouse not living together, a child who turned 18 today, a parent insured 23 months cannot come",
    request: request("wushen", "town", base({ residence: { type: "owned" } }), {
      members: [spouse(false), child(TURNS_18_TODAY), parent({ urbanInsuranceMonths: 23 })],
    }),
    expect: { eligible: true, pathways: [met(NON)], members: noneEligible(3) },
  },
  oneOf("wushen-212-1-owner", "二(一)2(1)：购买商品房或自建房", "二(一)2(1): bought or built a home", { residence: { type: "owned" } }),
  oneOf("wushen-212-4-business", "二(一)2(4)：个体工商户", "二(一)2(4): individual business", { employment: { type: "self_employed" } }),
  oneOf("wushen-212-5-public", "二(一)2(5)：组织人事部门聘用", "二(一)2(5): hired through the personnel department", {
    employment: { type: "public_sector" },
  }),
  oneOf("wushen-212-6-college", "二(一)2(6)：大学专科毕业生", "二(一)2(6): college graduate", { education: { level: "college" } }),
  oneOf("wushen-212-6-worker", "二(一)2(6)：企业聘用的技术工人", "二(一)2(6): technical worker hired by an enterprise", {
    technicalWorker: true,
  }),
  oneOf("wushen-212-6-employee", "二(一)2(6)：企业聘用的其他人员", "二(一)2(6): other personnel hired by an enterprise", {
    employment: { type: "employee" },
  }),
  oneOf("wushen-212-6-returnee", "二(一)2(6)：留学回国人员", "二(一)2(6): returned from study abroad", {
    education: { returnedFromAbroad: true },
  }),
  oneOf("wushen-212-7-talent", "二(一)2(7)：通过市场主体评价的创业人才", "二(一)2(7): talent recognised by market evaluation", {
    talent: { marketRecognised: true },
  }),
  {
    id: "wushen-211-banner-family",
    titleZh: "二(一)1：同住的配偶、子女、父母本人也是本旗户口，各自依二(一)1登记，无需另行申请",
    titleEn: "二(一)1: a co-resident spouse, child and parent who hold banner hukou register under 二(一)1 in their own right",
    request: request(
      "wushen",
      "town",
      { hukou: BANNER_RURAL, residence: { type: "owned" } },
      {
        members: [banner(spouse()), banner(child(TEN)), banner(parent())],
      },
    ),
    expect: { eligible: true, pathways: [met(BANNER)], members: allEligible(3, BANNER) },
  },
  {
    id: "wushen-211-family-from-elsewhere",
    titleZh: "二(一)1：外地户口或不同住的家属不适用二(一)1，应依二(一)2(3)投靠",
    titleEn: "二(一)1: relatives with a hukou elsewhere, or not living together, do not come under 二(一)1 — they join under 二(一)2(3)",
    request: request(
      "wushen",
      "town",
      { hukou: BANNER_RURAL, residence: { type: "owned" } },
      {
        members: [{ ...spouse(), hukouJurisdiction: "elsewhere" }, child(TEN), banner(parent({ coResident: false }))],
      },
    ),
    expect: { eligible: true, pathways: [met(BANNER)], members: noneEligible(3) },
  },
  {
    id: "wushen-212-3-minor-joining-parent",
    titleZh: "二(一)2(3)：十岁的孩子投靠父母，住在父母家，不需要工作",
    titleEn: "二(一)2(3): a ten-year-old joining a parent lives in the parent's home and needs no job",
    request: request("wushen", "town", joiner({ birthDate: TEN, joining: { relation: "parent" } })),
    expect: { eligible: true, pathways: [met(REUNION), unmet(NON, { fact: "applicant.employment.type", got: "none" })] },
  },
  {
    id: "wushen-212-3-minor-18-tomorrow",
    titleZh: "二(一)2(3)：明天满18周岁的未成年子女投靠父母",
    titleEn: "二(一)2(3): a minor (18 tomorrow) joining a parent",
    request: request("wushen", "town", joiner({ birthDate: TURNS_18_TOMORROW, joining: { relation: "parent" } })),
    expect: { eligible: true, pathways: [met(REUNION)] },
  },
  {
    id: "wushen-212-3-adult-joining-parent",
    titleZh: "二(一)2(3)：今天已满18周岁，不再是“未成年子女投靠父母”",
    titleEn: "二(一)2(3): turned 18 today, no longer a minor joining a parent",
    request: request("wushen", "town", joiner({ birthDate: TURNS_18_TODAY, joining: { relation: "parent" } })),
    expect: { eligible: false, pathways: [unmet(REUNION, { fact: "applicant.birthDate", got: TURNS_18_TODAY })] },
  },
  {
    id: "wushen-212-3-retired-parent",
    titleZh: "二(一)2(3)：69岁已退休的父亲投靠子女，住在子女家，不需要工作和自有住房",
    titleEn: "二(一)2(3): a retired 69-year-old joining a child lives in the child's home; no job or home of his own needed",
    request: request("wushen", "town", joiner({ birthDate: SEVENTY, retired: true, joining: { relation: "child" } })),
    expect: { eligible: true, pathways: [met(REUNION)] },
  },
  {
    id: "wushen-212-3-working-parent",
    titleZh: "二(一)2(3)：未退休的父母投靠子女，须有合法稳定就业",
    titleEn: "二(一)2(3): a parent not yet retired joining a child needs legal stable employment",
    request: request(
      "wushen",
      "town",
      joiner({ birthDate: "1970-01-01", employment: { type: "flexible" }, joining: { relation: "child" } }),
    ),
    expect: { eligible: true, pathways: [met(REUNION)] },
  },
  {
    id: "wushen-212-3-parent-neither",
    titleZh: "二(一)2(3)：未退休、也没有工作的父母投靠子女，不符合",
    titleEn: "二(一)2(3): a parent neither retired nor working does not qualify",
    request: request("wushen", "town", joiner({ birthDate: "1970-01-01", joining: { relation: "child" } })),
    expect: {
      eligible: false,
      pathways: [unmet(REUNION, { fact: "applicant.retired", got: false }, { fact: "applicant.employment.type", got: "none" })],
    },
  },
  {
    id: "wushen-212-3-spouse",
    titleZh: "二(一)2(3)：夫妻投靠，住在配偶家，有合法稳定就业",
    titleEn: "二(一)2(3): joining a spouse, living in the spouse's home, with stable employment",
    request: request("wushen", "town", joiner({ employment: { type: "employee" }, joining: { relation: "spouse" } })),
    expect: { eligible: true, pathways: [met(REUNION)] },
  },
  {
    id: "wushen-212-3-spouse-no-job",
    titleZh: "二(一)2(3)：夫妻投靠，但无合法稳定就业",
    titleEn: "二(一)2(3): joining a spouse without stable employment",
    request: request("wushen", "town", joiner({ joining: { relation: "spouse" } })),
    expect: { pathways: [unmet(REUNION, { fact: "applicant.employment.type", got: "none" })] },
  },
  {
    id: "wushen-212-3-no-home",
    titleZh: "二(一)2(3)：投靠亲属，但并不住在其家中，也无合法稳定住所",
    titleEn: "二(一)2(3): joining a relative without living in their home or having a legal stable residence",
    request: request("wushen", "town", {
      hukou: ELSEWHERE_RURAL,
      residence: { type: "rented" },
      birthDate: TEN,
      joining: { relation: "parent" },
    }),
    expect: { eligible: false, pathways: [unmet(REUNION, { fact: "applicant.residence.type", got: "rented" })] },
  },
  ...wushenPastoralExamples,
];
