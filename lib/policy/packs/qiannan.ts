// 黔南州: 《黔南州进一步深化户籍制度改革实施方案(征求意见稿)》 with 附件1 2018年考评办法. The draft
// prints no day; its targets and assessment start with 2018, so it is read as in force from
// 2018-01-01, open-ended. Readings: docs/decisions/0109-qiannan-readings.md.
import { anyOf, isOneOf, isTrue } from "../conditions";
import { ALL_AREAS, hasAnyDwelling, isEmployed, URBAN } from "../definitions";
import { cite, pathway } from "../pathway-builders";
import { F } from "../facts";
import { coResident, family, minor } from "../member-rules";
import { noHukouRegistrationPathway } from "../no-hukou";
import { landRightsNote } from "../notes";
import { RESIDENCE_PERMIT_DECREE_CITATION, residencePermitPathway } from "../residence-permit";
import type { EffectivePeriod, PolicyPack } from "../types";

const TITLE = "黔南州进一步深化户籍制度改革实施方案(征求意见稿)";
const PERIOD: EffectivePeriod = { effectiveFrom: "2018-01-01", effectiveTo: null };
const READINGS = "0109-qiannan-readings.md";
/** The answers say they rest on a draft for comment (0123). */
const STANDING = "0123-policy-standing.md";
const q11 = cite(TITLE, "二(一)1");
const q12 = cite(TITLE, "二(一)2");

/**
 * The draft names no family; the national act it implements does. 国发〔2014〕25号 二 "进一步调整户口迁移
 * 政策", item (一) "全面放开建制镇和小城市落户限制" — the rule for county towns and established towns, which is
 * what 黔南's counties and towns are (二(四) is about strictly controlling megacities' population and does
 * not apply). 0109 (3), corrected by 0113-qiannan-family-citation.md.
 */
export const NATIONAL_FAMILY_RULE = cite("国发〔2014〕25号", "二(一)");
export const NATIONAL_FAMILY_QUOTE =
  "在县级市市区、县人民政府驻地镇和其他建制镇有合法稳定住所（含租赁）的人员，本人及其共同居住生活的配偶、未成年子女、父母等，可以在当地申请登记常住户口。";

export const qiannan: PolicyPack = {
  id: "qiannan-2018",
  nature: "draft_for_comment",
  jurisdiction: "qiannan",
  jurisdictionNameZh: "黔南布依族苗族自治州",
  jurisdictionNameEn: "Qiannan Buyei and Miao Autonomous Prefecture",
  title: TITLE,
  documentNumber: null,
  issuer: "黔南州户籍制度改革工作领导小组（征求意见稿）",
  dated: null,
  period: PERIOD,
  periodNote: "征求意见稿，未印日期；目标与考评自 2018 年起，按 2018-01-01 起施行、长期有效处理。",
  seedFile: "004_649666a7dfa299c5.txt",
  notes: [
    landRightsNote(cite(TITLE, "二(七)")),
    {
      code: "FREE_HUKOU_BOOKLET",
      citation: q11,
      messageZh: "凡落户城镇的，免收户口簿工本费。",
      messageEn: "Settling in a town is free of the hukou-booklet fee.",
      applies: (r) => r.kind === "settlement" && r.area !== "rural",
    },
  ],
  pathways: [
    pathway({
      id: "qiannan.town.work-business",
      areas: URBAN,
      citation: q11,
      period: PERIOD,
      summary: "在城镇务工、经商、投资、创业的人员，可在居住地落户，农村原有权益不变",
      summaryEn: "People who work, trade, invest or start a business in a town settle where they live, keeping their rural rights",
      quote:
        "积极推动在城镇务工、经商、投资、创业等农业转移人口及其他常住人口在居住地落户，让落户对象既共享城镇教育、医疗、社保、就业等基本公共服务资源，又保障其农村原有权益不变。凡落户城镇的，免收户口薄工本费。",
      conditions: [
        anyOf({
          id: "qiannan.town.work-business.one-of",
          labelZh: "在城镇务工、经商、投资或创业",
          labelEn: "works, trades, invests or runs a business in the town",
          options: [
            { label: "务工、经商、创业", all: [isEmployed] },
            { label: "投资", all: [isTrue({ fact: F.investor, labelZh: "在当地投资", labelEn: "invested here" })] },
          ],
        }),
        hasAnyDwelling,
      ],
      // NATIONAL_FAMILY_QUOTE: "本人及其共同居住生活的配偶、未成年子女、父母等".
      members: family({
        citation: NATIONAL_FAMILY_RULE,
        spouse: [coResident],
        child: [coResident, minor],
        parent: [coResident],
      }),
      decisions: [READINGS, STANDING],
    }),
    pathway({
      id: "qiannan.relocated-poverty",
      areas: ALL_AREAS,
      citation: q12,
      period: PERIOD,
      summary: "易地扶贫搬迁已入住人员在安置地落户，应落尽落",
      summaryEn: "People who moved in under poverty-alleviation relocation settle at the resettlement site",
      quote: "推动易地扶贫搬迁已入住人员在安置地落户，实现“应落尽落”",
      conditions: [isTrue({ fact: F.relocatedPoverty })],
      members: family({
        citation: q12,
        spouse: [coResident],
        child: [coResident],
        parent: [coResident],
        grandparent: [coResident],
        grandchild: [coResident],
      }),
      decisions: [READINGS, STANDING],
    }),
    pathway({
      id: "qiannan.new-public-sector-staff",
      areas: ALL_AREAS,
      citation: cite(TITLE, "二(一)3"),
      period: PERIOD,
      summary: "自2018年起新进入国家机关、事业单位的工作人员，户口一律迁入工作单位所在地",
      summaryEn: "From 2018, new staff of state organs and public institutions move their hukou to where their unit is",
      quote:
        "落实国家机关、事业单位工作人员在实际居住地登记户口政策。自2018年起，对新进入国家机关、事业单位的工作人员，户口一律迁入工作单位所在地。",
      conditions: [isTrue({ fact: F.newPublicSectorHire })],
      decisions: [READINGS, STANDING],
    }),
    // The first sentence of 二(一)3 is a rule of its own for staff already in post (0116).
    pathway({
      id: "qiannan.public-sector-staff-residence",
      areas: ALL_AREAS,
      citation: cite(TITLE, "二(一)3"),
      period: PERIOD,
      summary: "国家机关、事业单位工作人员（含在职人员），可在实际居住地登记户口",
      summaryEn: "Staff of state organs and public institutions, those already in post included, register where they actually live",
      quote: "落实国家机关、事业单位工作人员在实际居住地登记户口政策。",
      conditions: [
        isOneOf({
          fact: F.employmentType,
          values: ["public_sector"],
          labelZh: "国家机关、事业单位工作人员",
          labelEn: "staff of a state organ or public institution",
        }),
        hasAnyDwelling,
      ],
      decisions: [READINGS, "0116-qiannan-public-sector-staff.md", STANDING],
    }),
    noHukouRegistrationPathway({
      jurisdiction: "qiannan",
      citation: cite(TITLE, "二(三)1"),
      period: PERIOD,
      quote: "持续开展户口清理整顿，解决无户口人员登记户口问题。……切实解决应销未销、应采未采、一人多户等户口登记问题",
    }),
    residencePermitPathway({
      jurisdiction: "qiannan",
      nameZh: "黔南州",
      citation: RESIDENCE_PERMIT_DECREE_CITATION,
      period: PERIOD,
    }),
  ],
};
