// 乌审旗: 《乌审旗进一步推进户籍制度改革实施方案》, 2016-09-14, open-ended. Towns (城镇, the banner seat
// 嘎鲁图镇 included) and pastoral areas (农村牧区) have different rules. 合法稳定住所 is defined strictly
// in 二(一)1: owned with legal title, or a rental registered with the housing office.
// Readings: docs/decisions/0107-wushen-readings.md.
import { anyOf, atLeast, isOneOf, isTrue } from "../conditions";
import {
  applicantIsMinor,
  HIGHER_EDUCATION,
  holdsHukouElsewhere,
  holdsHukouOf,
  holdsRuralHukou,
  isEmployed,
  URBAN,
  VOCATIONAL_EDUCATION,
  WUSHEN_STABLE_RESIDENCE,
} from "../definitions";
import { cite, parameter, pathway } from "../pathway-builders";
import { F, MF } from "../facts";
import { coResident, family, minor } from "../member-rules";
import { noHukouRegistrationPathway } from "../no-hukou";
import { landRightsNote } from "../notes";
import { residencePermitPathway } from "../residence-permit";
import { wushenPastoralPathways } from "./wushen-pastoral";
import type { EffectivePeriod, PolicyPack } from "../types";

const TITLE = "乌审旗进一步推进户籍制度改革实施方案";
const PERIOD: EffectivePeriod = { effectiveFrom: "2016-09-14", effectiveTo: null };
const READINGS = "0107-wushen-readings.md";
const q1 = cite(TITLE, "二(一)1");
const q2 = cite(TITLE, "二(一)2");
const q4 = cite(TITLE, "二(一)4");

const twoYears = parameter({
  id: "wushen.town.non-banner.min-insurance-months",
  value: 24,
  citation: q2,
  period: PERIOD,
  quote: "有合法稳定住所（含租赁），按照国家规定参加城镇社会保险满两年的人员",
});
const parentsTwoYears = parameter({
  id: "wushen.town.non-banner.parent-min-insurance-months",
  value: 24,
  citation: q2,
  period: PERIOD,
  quote: "参加城镇社会保险满两年的父母",
});

const stableResidence = isOneOf({
  fact: F.residenceType,
  values: WUSHEN_STABLE_RESIDENCE,
  labelZh: "有合法稳定住所（有合法所有权的房屋，或已在房管部门备案的租赁房屋）",
  labelEn: "a legal stable residence (owned with title, or a rental registered with the housing office)",
});

const joining = (relation: "spouse" | "parent" | "child", labelZh: string, labelEn: string) =>
  isOneOf({ fact: F.joiningRelation, values: [relation], labelZh, labelEn });

const joiningSpouse = joining("spouse", "投靠配偶（婚迁）", "joining a spouse");
/** 二(一)4 婚迁: both its town and its pastoral branch are for a spouse registered in a pastoral area. */
const spouseInPastoralArea = isOneOf({
  fact: F.joiningArea,
  values: ["rural"],
  labelZh: "所投靠配偶为农牧区户口",
  labelEn: "the spouse joined is registered in a pastoral area",
});

const bannerHukou = holdsHukouOf({ jurisdiction: "wushen", nameZh: "乌审旗" });
const nonBannerHukou = holdsHukouElsewhere({ jurisdiction: "wushen", nameZh: "乌审旗" });

// 二(一)1 names no family: a co-resident relative who is a banner hukou holder meets it in their own right
// (0118-wushen-banner-family.md); others join under 二(一)2(3).
const memberBannerHukou = isOneOf({
  fact: MF.hukouJurisdiction,
  values: ["wushen"],
  labelZh: "本人也是本旗户籍人口（依二(一)1自行登记，无需另行申请）",
  labelEn: "is a banner hukou holder too (registers in their own right under 二(一)1)",
});

// 二(一)2(3) read as family reunion: the relative's home is the residence; no job is asked of a minor
// or a retired parent (0119-wushen-family-reunion.md).
const reunionResidence = isOneOf({
  fact: F.residenceType,
  values: [...WUSHEN_STABLE_RESIDENCE, "relative"],
  labelZh: "住在所投靠亲属家中，或有合法稳定住所",
  labelEn: "lives in the home of the relative joined, or has a legal stable residence",
});

const { pastoralMarriage, pastoralGraduate, townOnlyNote } = wushenPastoralPathways({
  citation: q4,
  period: PERIOD,
  readings: READINGS,
  joiningSpouse,
  spouseInPastoralArea,
});

export const wushen: PolicyPack = {
  id: "wushen-2016",
  nature: "adopted",
  jurisdiction: "wushen",
  jurisdictionNameZh: "乌审旗",
  jurisdictionNameEn: "Uxin Banner (Wushen)",
  title: TITLE,
  documentNumber: null,
  issuer: "乌审旗人民政府",
  dated: "2016-09-14",
  period: PERIOD,
  periodNote: "乌审旗人民政府 2016-09-14 印发，未规定有效期，自印发之日起施行。",
  seedFile: "002_7bef774d31d314d3.txt",
  notes: [landRightsNote(cite(TITLE, "二(三)1")), townOnlyNote],
  pathways: [
    pathway({
      id: "wushen.town.banner-resident",
      areas: URBAN,
      citation: q1,
      period: PERIOD,
      summary: "本旗户籍人口在本旗城镇有合法稳定住所，可在居住地登记居民户口",
      summaryEn: "Banner hukou holders with a legal stable residence in a banner town register there",
      quote:
        "本旗户籍人口在本旗城镇有合法稳定住所（含租赁）的人员，可以在居住地公安机关申请登记居民户口。合法稳定住所是指在城镇范围内公民实际居住具有合法所有权的房屋或者在当地房管部门办理租赁登记备案的房屋。",
      conditions: [bannerHukou, stableResidence],
      members: family({
        citation: q1,
        spouse: [coResident, memberBannerHukou],
        child: [coResident, memberBannerHukou],
        parent: [coResident, memberBannerHukou],
      }),
      decisions: [READINGS, "0118-wushen-banner-family.md"],
    }),
    pathway({
      id: "wushen.town.non-banner",
      areas: URBAN,
      citation: q2,
      period: PERIOD,
      summary: "非本旗户籍人员在本旗城镇有合法稳定住所、合法稳定就业，并符合七类条件之一",
      summaryEn:
        "Non-banner residents of a banner town with a legal stable residence and legal stable employment who meet one of seven conditions",
      quote:
        "非本旗户籍人员在本旗城镇居住，有合法稳定住所、合法稳定就业，符合下列条件之一的，本人及其共同居住生活的配偶、未成年子女和参加城镇社会保险满两年的父母，可以在居住地公安机关申请登记居民户口。",
      conditions: [
        nonBannerHukou,
        stableResidence,
        isEmployed,
        anyOf({
          id: "wushen.town.non-banner.one-of-seven",
          labelZh: "符合下列条件之一（(1)、(2)、(4)至(7)；(3)投靠见下一途径）",
          labelEn: "one of conditions (1), (2), (4) to (7) ((3) family reunion is the next pathway)",
          options: [
            {
              label: "(1) 购房或自建房",
              all: [
                isOneOf({
                  fact: F.residenceType,
                  values: ["owned"],
                  labelZh: "购买商品房（含商业用房）、交易房或自建房",
                  labelEn: "bought commercial housing, a resale home, or built one's own",
                }),
              ],
            },
            { label: "(2) 住所且参保满两年", all: [atLeast({ fact: F.urbanMonths, parameter: twoYears })] },
            {
              label: "(4) 个体工商户、企业法人或负责人",
              all: [
                isOneOf({
                  fact: F.employmentType,
                  values: ["self_employed", "business_owner"],
                  labelZh: "领取工商营业执照的个体工商户、企业法人或企业负责人",
                  labelEn: "individual business licence holder, or enterprise legal representative or manager",
                }),
              ],
            },
            {
              label: "(5) 组织人事部门调入、考录、聘用",
              all: [
                isOneOf({
                  fact: F.employmentType,
                  values: ["public_sector"],
                  labelZh: "经组织、人事部门批准调入、考录或者聘用的工作人员",
                  labelEn: "transferred, recruited or hired through the organisation or personnel departments",
                }),
              ],
            },
            {
              label: "(6) 大学专科以上或职业院校毕业生",
              all: [
                isOneOf({
                  fact: F.educationLevel,
                  values: [...HIGHER_EDUCATION, ...VOCATIONAL_EDUCATION],
                  labelZh: "大学专科以上毕业生或职业院校毕业生",
                  labelEn: "college graduate or above, or vocational graduate",
                }),
              ],
            },
            { label: "(6) 企业聘用的技术工人、产业工人", all: [isTrue({ fact: F.technicalWorker })] },
            {
              label: "(6) 企业聘用的其他人员",
              all: [
                isOneOf({
                  fact: F.employmentType,
                  values: ["employee"],
                  labelZh: "企业聘用的其他人员",
                  labelEn: "other personnel hired by an enterprise",
                }),
              ],
            },
            { label: "(6) 留学回国人员", all: [isTrue({ fact: F.returnedFromAbroad })] },
            { label: "(7) 市场主体评价的人才", all: [isTrue({ fact: F.marketRecognised })] },
          ],
        }),
      ],
      members: family({
        citation: q2,
        spouse: [coResident],
        child: [coResident, minor],
        parent: [coResident, atLeast({ fact: MF.urbanInsuranceMonths, parameter: parentsTwoYears })],
      }),
      decisions: [READINGS, "0119-wushen-family-reunion.md"],
    }),
    pathway({
      id: "wushen.town.family-reunion",
      areas: URBAN,
      citation: q2,
      period: PERIOD,
      summary: "二(一)2(3) 投靠：夫妻相互投靠、未成年子女投靠父母、父母投靠子女，住在所投靠亲属家中即可",
      summaryEn:
        "二(一)2(3) family reunion: spouses joining each other, minors joining a parent, parents joining a child, living in the relative's home",
      quote:
        "非本旗户籍人员在本旗城镇居住，有合法稳定住所、合法稳定就业，符合下列条件之一的……（3）夫妻间相互投靠、未成年子女投靠父母、父母投靠子女的人员；",
      conditions: [
        nonBannerHukou,
        reunionResidence,
        anyOf({
          id: "wushen.town.family-reunion.one-of",
          labelZh: "投靠情形之一",
          labelEn: "one of the reunion cases",
          options: [
            { label: "(3) 夫妻间相互投靠（有合法稳定就业）", all: [joiningSpouse, isEmployed] },
            {
              label: "(3) 未成年子女投靠父母",
              all: [joining("parent", "未成年子女投靠父母", "a minor joining a parent"), applicantIsMinor],
            },
            {
              label: "(3) 已退休的父母投靠子女",
              all: [joining("child", "父母投靠子女", "a parent joining a child"), isTrue({ fact: F.retired })],
            },
            { label: "(3) 在职的父母投靠子女", all: [joining("child", "父母投靠子女", "a parent joining a child"), isEmployed] },
          ],
        }),
      ],
      decisions: [READINGS, "0119-wushen-family-reunion.md"],
    }),
    noHukouRegistrationPathway({
      jurisdiction: "wushen",
      citation: cite(TITLE, "二(一)3"),
      period: PERIOD,
      quote: "全面解决无户口人员落户问题。……不得设立不符合户口登记规定的任何前置条件，全面解决无户口人员登记户口问题。",
    }),
    pathway({
      id: "wushen.rural-student-college",
      areas: URBAN,
      citation: q4,
      period: PERIOD,
      summary: "农村牧区考入大中专院校的学生，可将户口迁入就读院校集体户",
      summaryEn: "Students from rural or pastoral areas admitted to a college may move their hukou to the college's collective household",
      quote: "自治区内农村牧区考入区内大中专院校就读的学生，依照本人意愿，可以将户口迁入就读院校集体户。",
      conditions: [holdsRuralHukou, isTrue({ fact: F.admittedLocally })],
      decisions: [READINGS],
    }),
    pastoralMarriage,
    pastoralGraduate,
    pathway({
      id: "wushen.town.marriage-migration",
      areas: URBAN,
      citation: q4,
      period: PERIOD,
      summary: "与农牧区居民结婚迁入的，可落为城镇地区户口",
      summaryEn: "A person marrying someone registered in a pastoral area may register in a town",
      quote: "对农牧区婚迁的，如迁入方户籍之前为非农业户口的只可迁入落为城镇地区户口",
      conditions: [joiningSpouse, spouseInPastoralArea],
      decisions: [READINGS],
    }),
    residencePermitPathway({
      jurisdiction: "wushen",
      nameZh: "乌审旗",
      citation: cite(TITLE, "二(二)2"),
      period: PERIOD,
      quote:
        "建立健全居住证制度。按照《居住证暂行条例》（中华人民共和国国务院令第663号），以居住证为载体，建立健全与居住年限等条件相挂钩的基本公共服务机制。",
    }),
  ],
};
