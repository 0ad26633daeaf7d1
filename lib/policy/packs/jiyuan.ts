// 济源市: 济政办〔2015〕14号《进一步深化户籍制度改革重点任务分工方案》, published 2015-03-27.
// "全面放开全市落户限制" — section 二 sets the settlement pathways; 四(二十一) states the residence-permit
// rule, before 《居住证暂行条例》 existed (2015) and as its restatement once it did (from 2016-01-01).
// Readings: docs/decisions/0105-jiyuan-readings.md.
import { anyOf, atLeast, isOneOf, isTrue } from "../conditions";
import {
  hasFixedResidence,
  hasStableIncome,
  HIGHER_EDUCATION,
  holdsHukouElsewhere,
  holdsHukouOf,
  holdsRuralHukou,
  isEmployed,
  STABLE_RESIDENCE,
  URBAN,
} from "../definitions";
import { cite, parameter, pathway } from "../pathway-builders";
import { F } from "../facts";
import { adult, coResident, family, minorOrUnmarriedWithoutIncome } from "../member-rules";
import { landRightsNote } from "../notes";
import { RESIDENCE_PERMIT_DECREE_PERIOD, residencePermitPathway } from "../residence-permit";
import type { EffectivePeriod, PolicyPack } from "../types";

const DOC = "济政办〔2015〕14号";
const PERIOD: EffectivePeriod = { effectiveFrom: "2015-03-27", effectiveTo: null };
const READINGS = "0105-jiyuan-readings.md";

const insuranceYear = parameter({
  id: "jiyuan.employment-insurance.min-insurance-months",
  value: 12,
  citation: cite(DOC, "二(二)"),
  period: PERIOD,
  quote: "按照国家规定参加社会保险达到一年以上",
});
const rentedYear = parameter({
  id: "jiyuan.central-urban.worker-housing-pension.min-rented-months",
  value: 12,
  citation: cite(DOC, "二(五)"),
  period: PERIOD,
  quote: "租住具有独立门牌号的住房1年以上",
});
const pensionPaid = parameter({
  id: "jiyuan.central-urban.worker-housing-pension.min-pension-months",
  value: 1,
  citation: cite(DOC, "二(五)"),
  period: PERIOD,
  quote: "按规定缴纳城镇基本养老保险费",
});

const q21 = cite(DOC, "二(一)");
const q22 = cite(DOC, "二(二)");
const q23 = cite(DOC, "二(三)");
const q24 = cite(DOC, "二(四)");
const q26 = cite(DOC, "二(六)");
const q421 = cite(DOC, "四(二十一)");
const DORMITORY = "0117-jiyuan-dormitory.md";

/**
 * 合法稳定住所 as this document defines it in 二(三) — "含购房、租房、单位宿舍等" — one meaning for the whole
 * document, 二(一) included (0117-jiyuan-dormitory.md).
 */
const jiyuanStableResidence = isOneOf({
  fact: F.residenceType,
  values: [...STABLE_RESIDENCE, "dormitory"],
  labelZh: "有合法稳定住所（含购房、租房、单位宿舍）",
  labelEn: "a legal stable residence (bought, rented or a unit dormitory)",
});

const PERMIT_QUOTE = "公民离开常住户口所在地到其他设区的市级以上城市居住半年以上的,在居住地申领居住证。";

export const jiyuan: PolicyPack = {
  id: "jiyuan-2015",
  nature: "adopted",
  jurisdiction: "jiyuan",
  jurisdictionNameZh: "济源市",
  jurisdictionNameEn: "Jiyuan",
  title: "进一步深化户籍制度改革重点任务分工方案",
  documentNumber: DOC,
  issuer: "济源市人民政府办公室",
  dated: "2015-03-26",
  period: PERIOD,
  periodNote: "成文 2015-03-26，发布 2015-03-27；未规定施行日期与有效期，自发布之日起施行。",
  seedFile: "000_d2744a0a11214ba1.txt",
  notes: [landRightsNote(cite(DOC, "三(九)"))],
  pathways: [
    pathway({
      id: "jiyuan.residence",
      areas: URBAN,
      citation: q21,
      period: PERIOD,
      summary: "有合法稳定住所（含租赁、单位宿舍）即可在居住地落户",
      summaryEn: "Anyone with a legal stable residence (rentals and unit dormitories count) may settle where they live",
      quote:
        "有合法稳定住所(含租赁)的人员,本人及其共同居住生活的配偶、未成年子女(包括无生活来源的未婚子女,下同)、父母,可以在居住地申请登记常住户口。",
      conditions: [jiyuanStableResidence],
      members: family({
        citation: q21,
        spouse: [coResident],
        child: [coResident, minorOrUnmarriedWithoutIncome],
        parent: [coResident],
      }),
      decisions: [READINGS, "0103-area-semantics.md", DORMITORY],
    }),
    pathway({
      id: "jiyuan.talent-or-employment-insurance",
      areas: URBAN,
      citation: q22,
      period: PERIOD,
      summary: "引进人才、投资人员、有突出贡献人员，或有合法稳定职业且参加社会保险满一年",
      summaryEn:
        "Introduced talent, investors, people of outstanding contribution, or stable employment with at least one year of social insurance",
      quote:
        "无合法稳定住所,但经济社会发展需要的引进人才、投资人员和有突出贡献人员,以及其他有合法稳定职业且按照国家规定参加社会保险达到一年以上的人员,可以在当地申请登记常住户口。本人与其共同居住生活的配偶、未成年子女、父母可以在其居住地申请登记常住户口。",
      conditions: [
        anyOf({
          id: "jiyuan.talent-or-employment-insurance.one-of",
          labelZh: "符合下列情形之一",
          labelEn: "one of the following",
          options: [
            { label: "引进人才", all: [isTrue({ fact: F.talentIntroduced })] },
            { label: "投资人员", all: [isTrue({ fact: F.investor, labelZh: "投资人员", labelEn: "investor" })] },
            { label: "有突出贡献人员", all: [isTrue({ fact: F.outstandingContribution })] },
            {
              label: "合法稳定职业且参保满一年",
              all: [isEmployed, atLeast({ fact: F.urbanMonths, parameter: insuranceYear })],
            },
          ],
        }),
      ],
      members: family({
        citation: q22,
        spouse: [coResident],
        child: [coResident, minorOrUnmarriedWithoutIncome],
        parent: [coResident],
      }),
      decisions: [READINGS],
    }),
    pathway({
      id: "jiyuan.central-urban.local-rural-resident",
      areas: ["central_urban"],
      citation: q23,
      period: PERIOD,
      summary: "本市农村居民自愿到中心城区落户，有合法稳定住所（含购房、租房、单位宿舍）或合法稳定收入",
      summaryEn:
        "A local rural resident moving to the central urban area with a legal stable residence (bought, rented or a unit dormitory) or a legal stable income",
      quote:
        "自愿在我市中心城区落户的本地农村居民,本人在城镇有合法稳定住所(含购房、租房、单位宿舍等)或合法稳定收入的,本人及其共同居住生活的配偶、子女和父母,可在居住地申请登记为居民户口。",
      conditions: [
        holdsHukouOf({ jurisdiction: "jiyuan", nameZh: "济源市" }),
        holdsRuralHukou,
        anyOf({
          id: "jiyuan.central-urban.local-rural-resident.one-of",
          labelZh: "有合法稳定住所或合法稳定收入",
          labelEn: "a legal stable residence or a legal stable income",
          options: [
            {
              label: "合法稳定住所（含购房、租房、单位宿舍）",
              all: [jiyuanStableResidence],
            },
            { label: "合法稳定收入", all: [hasStableIncome] },
          ],
        }),
      ],
      members: family({ citation: q23, spouse: [coResident], child: [coResident], parent: [coResident] }),
      decisions: [READINGS, DORMITORY],
    }),
    // 二(三), second sentence: not an application to move but a re-registration where the villager
    // already lives, once their land is taken (0114-jiyuan-landless-villagers.md).
    pathway({
      id: "jiyuan.landless-villager-in-place",
      areas: URBAN,
      citation: q23,
      period: PERIOD,
      summary: "产业集聚区、城中村和城郊村的失地农民，可就地登记为城镇常住人口",
      summaryEn:
        "Landless villagers of industrial-cluster areas, urban villages and suburban villages may be re-registered as urban residents where they live",
      quote: "产业集聚区、城中村和城郊村失地村农民可就地登记为城镇常住人口。",
      conditions: [holdsHukouOf({ jurisdiction: "jiyuan", nameZh: "济源市" }), isTrue({ fact: F.urbanisedVillager })],
      decisions: ["0114-jiyuan-landless-villagers.md"],
    }),
    pathway({
      id: "jiyuan.admitted-student",
      areas: URBAN,
      citation: q24,
      period: PERIOD,
      summary: "被本市大中专、技职院校录取的学生，可将户口迁入学校",
      summaryEn: "Students admitted to a local college or vocational school may move their hukou to the school",
      quote: "凡被我市大中专、技职院校录取的学生,可根据本人意愿将户口迁入学校或保留原籍地户口",
      conditions: [isTrue({ fact: F.admittedLocally })],
      decisions: [READINGS],
    }),
    pathway({
      id: "jiyuan.graduate",
      areas: URBAN,
      citation: q24,
      period: PERIOD,
      summary: "外地大专、本科、技工院校毕业生有意在本市就业，可在人才交流中心公共户口或亲属家中落户",
      summaryEn:
        "Out-of-town college, university or technical-school graduates who want to work here may register in the talent centre's collective household or with a relative",
      quote:
        "高等院校毕业的外地大专生、本科生、技工院校毕业生,有意在我市就业但未落实工作单位的,可按规定在人才交流中心公共户口簿或其亲属家中申请办理入户;在市区有合法固定住所的,准予其配偶、父母及其成年子女户口迁入。",
      conditions: [
        holdsHukouElsewhere({ jurisdiction: "jiyuan", nameZh: "济源市" }),
        isOneOf({
          fact: F.educationLevel,
          values: [...HIGHER_EDUCATION, "technical_school"],
          labelZh: "高等院校大专、本科（及以上）或技工院校毕业",
          labelEn: "graduated from a college or university, or from a technical school",
        }),
      ],
      members: family({
        citation: q24,
        applicantConditions: [
          isOneOf({ fact: F.area, values: ["central_urban"], labelZh: "落户在市区", labelEn: "settling in the city proper" }),
          hasFixedResidence,
        ],
        spouse: [],
        child: [adult],
        parent: [],
      }),
      decisions: [READINGS],
    }),
    pathway({
      id: "jiyuan.central-urban.worker-housing-pension",
      areas: ["central_urban"],
      citation: cite(DOC, "二(五)"),
      period: PERIOD,
      summary: "中心城区务工人员购房或租住独立门牌号住房满一年、有稳定生活来源并缴纳城镇基本养老保险",
      summaryEn:
        "Workers in the central urban area who bought a home, or rented one with its own door number for a year, with a stable income and urban pension contributions",
      quote:
        "在我市中心城区务工人员,在我市购房或租住具有独立门牌号的住房1年以上、有稳定生活来源,并按规定缴纳城镇基本养老保险费,准予其在居住地按规定申请登记为常住居民户口。",
      conditions: [
        isEmployed,
        anyOf({
          id: "jiyuan.central-urban.worker-housing-pension.home",
          labelZh: "购房，或租住具有独立门牌号的住房满一年",
          labelEn: "bought a home, or rented one with its own door number for at least a year",
          options: [
            {
              label: "购房",
              all: [isOneOf({ fact: F.residenceType, values: ["owned"], labelZh: "购房（自有住房）", labelEn: "owns the home" })],
            },
            {
              label: "租住独立门牌号住房满一年",
              all: [
                isOneOf({ fact: F.residenceType, values: ["rented_registered", "rented"], labelZh: "租住住房", labelEn: "rents the home" }),
                isTrue({ fact: F.ownDoorNumber }),
                atLeast({ fact: F.residenceMonths, parameter: rentedYear }),
              ],
            },
          ],
        }),
        hasStableIncome,
        atLeast({ fact: F.urbanMonths, parameter: pensionPaid }),
      ],
      decisions: [READINGS],
    }),
    pathway({
      id: "jiyuan.investor-fixed-residence",
      areas: URBAN,
      citation: q26,
      period: PERIOD,
      summary: "外来人员在本市投资兴办实业或公益事业，并在城区、产业集聚区或镇所在地有合法固定住所",
      summaryEn:
        "Outsiders who invested in industry or public-welfare undertakings here and have a legal fixed residence in the urban area, an industrial zone or a town seat",
      quote:
        "在我市投资兴办实业和公益事业的外来人员,且在城区、产业集聚(开发)区管委会和镇(街道)所在地有合法固定住所的,允许本人、配偶及其直系亲属按规定申请迁入登记为常住居民户口。",
      conditions: [holdsHukouElsewhere({ jurisdiction: "jiyuan", nameZh: "济源市" }), isTrue({ fact: F.investor }), hasFixedResidence],
      members: family({ citation: q26, spouse: [], child: [], parent: [], grandparent: [], grandchild: [] }),
      decisions: [READINGS, "0102-residence-and-employment.md"],
    }),
    // 四(二十一) predates 《居住证暂行条例》: until 2015-12-31 only its own words apply (a hukou elsewhere,
    // half a year here); from 2016-01-01 it restates the decree, whose conditions then govern (0112).
    residencePermitPathway({
      jurisdiction: "jiyuan",
      nameZh: "济源市",
      slug: "residence-permit-before-decree",
      localTextOnly: true,
      citation: q421,
      period: { effectiveFrom: PERIOD.effectiveFrom, effectiveTo: "2015-12-31" },
      quote: PERMIT_QUOTE,
      monthsCitation: { citation: q421, quote: "居住半年以上" },
    }),
    residencePermitPathway({
      jurisdiction: "jiyuan",
      nameZh: "济源市",
      citation: q421,
      period: RESIDENCE_PERMIT_DECREE_PERIOD,
      quote: PERMIT_QUOTE,
      monthsCitation: { citation: q421, quote: "居住半年以上" },
    }),
  ],
};
