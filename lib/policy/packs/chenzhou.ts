// 郴州市: 郴政发〔2016〕1号《关于进一步推进户籍制度改革的实施意见》, 2016-01-06, open-ended.
// 三(一) the central urban area (北湖区, 苏仙区), 三(二) every other town. Readings: 0108-chenzhou-readings.md.
import { atLeast } from "../conditions";
import { hasStableResidence, isEmployed } from "../definitions";
import { cite, parameter, pathway } from "../pathway-builders";
import { F } from "../facts";
import { coResident, family, unmarried } from "../member-rules";
import { noHukouRegistrationPathway } from "../no-hukou";
import { landRightsNote } from "../notes";
import { residencePermitPathway } from "../residence-permit";
import type { Citation, EffectivePeriod, PolicyPack } from "../types";

const DOC = "郴政发〔2016〕1号";
const PERIOD: EffectivePeriod = { effectiveFrom: "2016-01-06", effectiveTo: null };
const READINGS = "0108-chenzhou-readings.md";
const q31 = cite(DOC, "三(一)");
const q32 = cite(DOC, "三(二)");

const enrolled = parameter({
  id: "chenzhou.central-urban.employment-residence-insurance.min-insurance-months",
  value: 1,
  citation: q31,
  period: PERIOD,
  quote: "按照国家规定在当地参加城镇社会保险",
});

// "本人及其共同居住生活的配偶、未婚子女、父母等": unmarried children of any age (0108).
const household = (citation: Citation) => family({ citation, spouse: [coResident], child: [coResident, unmarried], parent: [coResident] });

export const chenzhou: PolicyPack = {
  id: "chenzhou-2016",
  nature: "adopted",
  jurisdiction: "chenzhou",
  jurisdictionNameZh: "郴州市",
  jurisdictionNameEn: "Chenzhou",
  title: "关于进一步推进户籍制度改革的实施意见",
  documentNumber: DOC,
  issuer: "郴州市人民政府",
  dated: "2016-01-06",
  period: PERIOD,
  periodNote: "郴州市人民政府 2016-01-06 印发，未规定有效期，自印发之日起施行。",
  seedFile: "003_0b2cf8da4184dbdf.txt",
  notes: [
    landRightsNote(cite(DOC, "六(一)")),
    {
      code: "RURAL_FAMILY_PLANNING_THREE_YEARS",
      citation: cite(DOC, "六(五)"),
      messageZh:
        "农业转移人口落户城镇后，3年内可选择继续享受农村生育政策、计划生育奖励优待政策和计划生育技术服务，由现户籍地卫生计生部门负责落实。",
      messageEn:
        "For three years after settling in a town, a person from a rural hukou may keep the rural family-planning policy and benefits.",
      applies: (r) =>
        r.kind === "settlement" &&
        r.area !== "rural" &&
        r.applicant.hukou !== null &&
        (r.applicant.hukou.area === "rural" || r.applicant.hukou.formerNature === "agricultural"),
    },
  ],
  pathways: [
    pathway({
      id: "chenzhou.central-urban.employment-residence-insurance",
      areas: ["central_urban"],
      citation: q31,
      period: PERIOD,
      summary: "在中心城区有合法稳定就业、合法稳定住所并参加城镇社会保险",
      summaryEn:
        "Legal stable employment and a legal stable residence (rentals count) in the central urban area, and enrolled in urban social insurance there",
      quote:
        "在郴州市中心城区有合法稳定就业并有合法稳定住所（含租赁），同时按照国家规定在当地参加城镇社会保险的人员，本人及其共同居住生活的配偶、未婚子女、父母等，可以在当地申请登记常住户口。",
      conditions: [isEmployed, hasStableResidence, atLeast({ fact: F.urbanMonths, parameter: enrolled })],
      members: household(q31),
      decisions: [READINGS, "0122-chenzhou-central-urban-towns.md"],
    }),
    pathway({
      id: "chenzhou.town.residence",
      areas: ["town"],
      citation: q32,
      period: PERIOD,
      summary: "在其他县级市市区、县城和建制镇有合法稳定住所（含租赁）即可落户",
      summaryEn: "A legal stable residence (rentals count) in any other county-level city district, county seat or established town",
      quote:
        "在全市其他县级市市区、县人民政府驻地镇和其他建制镇有合法稳定住所（含租赁）的人员，本人及其共同居住生活的配偶、未婚子女、父母等，均可以在当地申请登记常住户口。",
      conditions: [hasStableResidence],
      members: household(q32),
      decisions: [READINGS, "0122-chenzhou-central-urban-towns.md"],
    }),
    noHukouRegistrationPathway({
      jurisdiction: "chenzhou",
      citation: cite(DOC, "四(一)"),
      period: PERIOD,
      quote: "摸清无户口人员底数及主要原因，分类解决无户口人员落户问题，切实保障公民登记户口的合法权益。新生儿户口登记不受附加条件限制",
    }),
    residencePermitPathway({
      jurisdiction: "chenzhou",
      nameZh: "郴州市",
      citation: cite(DOC, "四(二)"),
      period: PERIOD,
      quote: "继续大力实施居住证制度。以居住证为载体，健全完善基本公共服务提供机制。",
    }),
  ],
};
