// Demo cases in 郴州 (郴政发〔2016〕1号). Most sit at 北湖区人民路派出所, the demo clerk's station, in
// every state a clerk meets: new, overdue, in review, waiting for materials, decided and withdrawn.
import { answers, child, elsewhere, parent, spouse, storyTable } from "./story-builder";
import type { Story } from "./story-types";

const RM = "chenzhou-beihu-renminlu-ps";
const hengyang = elsewhere("430421", "rural");
const longhui = elsewhere("430524", "rural");
const ningdu = elsewhere("360730", "rural");

// The demo account `resident` (README): a settlement submitted and a residence-permit draft.
const resident = { name: "李娜", sex: "FEMALE", birthDate: "1991-06-18" } as const;

export const CHENZHOU_STORIES: Story[] = storyTable({ policy: "chenzhou", kind: "SETTLEMENT", area: "CENTRAL_URBAN", station: RM }, [
  {
    key: "chenzhou-resident-settlement",
    username: "resident",
    status: "SUBMITTED",
    applicant: resident,
    origin: hengyang,
    facts: answers(["rented", 26, "own door"], ["employee", 30], { stableIncome: true, insured: 24, education: { level: "bachelor" } }),
    members: [
      spouse("MALE", "1989-03-02", { name: "张伟" }),
      child("FEMALE", "2017-09-10", { name: "张子涵" }),
      parent("FEMALE", "1963-11-05", { name: "刘秀兰" }),
    ],
    timeline: { created: "2026-11-06 20:15", submitted: "2026-11-09 09:12" },
    documents: ["id_card", "household_register", "residence_proof", "employment_proof", "social_insurance_record", "marriage_certificate"],
  },
  {
    key: "chenzhou-resident-permit-draft",
    sameApplicantAs: "chenzhou-resident-settlement",
    kind: "RESIDENCE_PERMIT",
    status: "DRAFT",
    applicant: resident,
    origin: hengyang,
    facts: answers(["rented", 26, "own door"], ["employee", 30], { stableIncome: true }),
    timeline: { created: "2026-11-15 21:40" },
    documents: ["id_card", "photo"],
  },
  {
    key: "chenzhou-overdue-review",
    status: "IN_REVIEW",
    applicant: { sex: "MALE", birthDate: "1986-04-22" },
    origin: longhui,
    facts: answers(["rented", 36, "own door"], ["employee", 40], { stableIncome: true, insured: 30, education: { level: "secondary" } }),
    members: [spouse("FEMALE", "1987-08-14"), child("MALE", "2012-05-03")],
    timeline: { created: "2026-10-06 19:30", submitted: "2026-10-08 10:05", taken: "2026-10-10 09:30" },
    documents: ["id_card", "household_register", "residence_proof", "employment_proof", "social_insurance_record"],
  },
  {
    key: "chenzhou-approved-family",
    status: "APPROVED",
    applicant: { sex: "FEMALE", birthDate: "1984-02-11" },
    origin: ningdu,
    facts: answers(["owned", 40, "own door"], ["self_employed", 52], { stableIncome: true, insured: 48, education: { level: "college" } }),
    members: [spouse("MALE", "1982-12-01"), child("FEMALE", "2010-07-19")],
    timeline: {
      created: "2026-07-30 21:02",
      submitted: "2026-08-03 08:50",
      taken: "2026-08-04 09:10",
      materials: {
        at: "2026-08-05 15:20",
        reason: "一次性告知：请补充①不动产权证书原件扫描件；②个体工商户营业执照",
        back: "2026-08-10 19:45",
        document: "business_licence",
      },
      decided: "2026-08-20 16:30",
    },
    documents: ["id_card", "household_register", "residence_proof", "employment_proof", "social_insurance_record"],
    priorPermit: { issuedOn: "2021-04-12" },
  },
  {
    key: "chenzhou-rejected-no-insurance",
    status: "REJECTED",
    applicant: { sex: "MALE", birthDate: "1995-09-30" },
    origin: elsewhere("430381", "town"),
    facts: answers(["rented", 8], ["flexible", 10], { insured: 0, education: { level: "vocational" } }),
    timeline: { created: "2026-08-28 22:10", submitted: "2026-09-01 09:00", taken: "2026-09-02 10:15", decided: "2026-09-18 11:00" },
    documents: ["id_card", "residence_proof"],
    advice: "可先申领居住证；在中心城区参加城镇社会保险后可再次申请，或在其他建制镇凭合法稳定住所申请落户（三(二)）",
  },
  {
    key: "chenzhou-overdue-new",
    status: "SUBMITTED",
    applicant: { sex: "FEMALE", birthDate: "1993-01-27" },
    origin: hengyang,
    facts: answers(["rented_registered", 20, "own door"], ["employee", 18], {
      stableIncome: true,
      insured: 15,
      education: { level: "college" },
    }),
    members: [parent("FEMALE", "1966-03-08")],
    timeline: { created: "2026-10-13 20:00", submitted: "2026-10-15 09:30" },
    documents: ["id_card", "household_register", "residence_proof", "social_insurance_record"],
  },
  {
    key: "chenzhou-needs-materials",
    status: "NEEDS_MATERIALS",
    applicant: { sex: "MALE", birthDate: "1990-10-05" },
    origin: longhui,
    facts: answers(["owned", 12, "own door"], ["employee", 22], { stableIncome: true, insured: 20, education: { level: "bachelor" } }),
    members: [spouse("FEMALE", "1992-02-14")],
    timeline: {
      created: "2026-10-31 20:30",
      submitted: "2026-11-02 09:15",
      taken: "2026-11-03 09:40",
      materials: {
        at: "2026-11-04 10:30",
        reason: "一次性告知：请补充①不动产权证书或购房合同及备案证明；②近12个月城镇社会保险缴费明细（加盖经办机构印章）",
      },
    },
    documents: ["id_card", "household_register", "employment_proof"],
  },
  {
    key: "chenzhou-newborn",
    kind: "NEWBORN_REGISTRATION",
    status: "APPROVED",
    applicant: { sex: "FEMALE", birthDate: "1994-12-21" },
    origin: {
      type: "local",
      relation: "SPOUSE",
      home: {
        station: RM,
        area: "CENTRAL_URBAN",
        since: "2019-05-20",
        others: [{ relation: "HEAD", sex: "MALE", birthDate: "1992-07-09", surname: "周" }],
      },
    },
    facts: answers(["owned", 66, "own door"], ["employee", 70], { stableIncome: true, insured: 70, education: { level: "bachelor" } }),
    members: [child("MALE", "2026-10-11", { surname: "周", newborn: true })],
    timeline: { created: "2026-10-20 09:25", submitted: "2026-10-20 09:40", taken: "2026-10-20 10:05", decided: "2026-10-20 10:30" },
    documents: ["birth_certificate", "household_register", "id_card"],
  },
  {
    key: "chenzhou-no-hukou",
    kind: "NO_HUKOU_REGISTRATION",
    status: "SUBMITTED",
    station: "chenzhou-beihu-yanquan-ps",
    applicant: { sex: "MALE", birthDate: "1979-08-16" },
    // Born in 北湖区 and numbered then; his registration was later cancelled and never restored.
    origin: { type: "none", region: "431002" },
    facts: answers(["relative", 30], ["flexible", 24], { stableIncome: true }),
    timeline: { created: "2026-11-14 15:00", submitted: "2026-11-16 10:20" },
    documents: ["situation_statement", "kinship_proof"],
  },
  {
    key: "chenzhou-zixing-town",
    status: "APPROVED",
    area: "TOWN",
    station: "chenzhou-zixing-tangdong-ps",
    applicant: { sex: "MALE", birthDate: "1975-03-12" },
    origin: hengyang,
    facts: answers(["rented", 9], ["flexible", 9], { stableIncome: true }),
    members: [spouse("FEMALE", "1977-06-30")],
    timeline: { created: "2026-05-28 19:00", submitted: "2026-06-01 09:00", taken: "2026-06-02 09:30", decided: "2026-06-15 15:00" },
    documents: ["id_card", "household_register", "residence_proof"],
  },
  {
    key: "chenzhou-suxian-permit",
    kind: "RESIDENCE_PERMIT",
    status: "IN_REVIEW",
    station: "chenzhou-suxian-suxianling-ps",
    applicant: { sex: "FEMALE", birthDate: "1998-04-09" },
    origin: ningdu,
    facts: answers(["rented", 7], ["employee", 8], { stableIncome: true, insured: 8, education: { level: "college" } }),
    timeline: { created: "2026-11-09 20:00", submitted: "2026-11-10 09:00", taken: "2026-11-11 10:00" },
    documents: ["id_card", "photo", "residence_proof", "employment_proof"],
  },
  {
    key: "chenzhou-withdrawn",
    status: "WITHDRAWN",
    applicant: { sex: "MALE", birthDate: "1988-11-23" },
    origin: longhui,
    facts: answers(["rented", 15], ["employee", 15], { stableIncome: true, insured: 13 }),
    members: [spouse("FEMALE", "1990-01-15")],
    timeline: {
      created: "2026-07-03 21:00",
      submitted: "2026-07-06 09:20",
      taken: "2026-07-08 09:00",
      withdrawn: { at: "2026-07-15 18:30", reason: "申请人本人决定暂不迁移户口（落户尊重本人意愿，郴政发〔2016〕1号 一(二)）" },
    },
    documents: ["id_card", "residence_proof", "social_insurance_record"],
  },
]);
