// Demo cases in 韶关 (trial measures, in force 2017-10-23 to 2020-10-22), 乌审旗 and 黔南. The 韶关
// settlements are from the trial period; the 2026 韶关 cases are residence-permit matters.
import type { Origin, Story } from "./story-types";

const XINHUA = "shaoguan-wujiang-xinhua-ps";
const DONGHE = "shaoguan-zhenjiang-donghe-ps";
const GALUTU = "wushen-galutu-ps";
const DUSHAN = "qiannan-dushan-baiquan-ps";
const GUANGHUI = "qiannan-duyun-guanghui-ps";
const dingbian = { type: "elsewhere", region: "610825", area: "rural", formerNature: "agricultural" } as const;

const resident2 = { name: "韦丽", sex: "FEMALE", birthDate: "1994-08-08", ethnicity: "布依族", surname: "韦" } as const;

// Her permanent hukou stays with her parents in 独山 (黔南); in 韶关 she lives on a residence permit.
const resident2Home: Origin = {
  type: "local",
  relation: "CHILD",
  home: {
    station: DUSHAN, area: "TOWN", since: "1990-03-01", formerNature: "agricultural",
    others: [
      { relation: "HEAD", sex: "MALE", birthDate: "1966-02-10", surname: "韦", ethnicity: "布依族" },
      { relation: "SPOUSE", sex: "FEMALE", birthDate: "1968-09-21", ethnicity: "布依族" },
    ],
  },
};

export const SOUTH_WEST_STORIES: Story[] = [
  {
    key: "shaoguan-resident2-permit",
    username: "resident2",
    kind: "RESIDENCE_PERMIT", status: "APPROVED", policy: "shaoguan", area: "CENTRAL_URBAN", station: XINHUA,
    applicant: resident2,
    origin: resident2Home,
    facts: { residence: { type: "rented", months: 14 }, employment: { type: "employee", months: 15 }, stableIncome: true },
    timeline: { created: "2020-09-27 20:00", submitted: "2020-09-28 10:20", taken: "2020-09-29 09:30", decided: "2020-10-12 15:00" },
    documents: ["id_card", "photo", "residence_proof", "employment_proof"],
    // Missed the 2023 endorsement and endorsed late: residence years count again from 2023-12-04.
    permit: { pattern: { kind: "valid-late", lateOn: "2023-12-04" }, endorseBefore: "2026-11-12" },
  },
  {
    key: "shaoguan-resident2-endorsement",
    sameApplicantAs: "shaoguan-resident2-permit",
    kind: "PERMIT_ENDORSEMENT", status: "SUBMITTED", policy: "shaoguan", area: "CENTRAL_URBAN", station: XINHUA,
    applicant: resident2,
    origin: resident2Home,
    // Same flat and job as in 2020 (then 14 and 15 months): 87 and 89 months by now.
    facts: { residence: { type: "rented", months: 87 }, employment: { type: "employee", months: 89 }, stableIncome: true },
    timeline: { created: "2026-11-12 19:30", submitted: "2026-11-12 19:45" },
    documents: ["id_card", "residence_proof"],
  },
  {
    key: "shaoguan-trial-settlement",
    kind: "SETTLEMENT", status: "APPROVED", policy: "shaoguan", area: "TOWN", station: "shaoguan-qujiang-maba-ps",
    applicant: { sex: "MALE", birthDate: "1985-11-30" },
    origin: { type: "elsewhere", region: "450881", area: "rural", formerNature: "agricultural" },
    facts: {
      residence: { type: "rented", months: 30 },
      employment: { type: "employee", months: 36 },
      stableIncome: true,
      socialInsurance: { urbanMonths: 36, medical: true },
      education: { level: "technical_school" },
      technicalWorker: true,
    },
    members: [
      { relation: "spouse", sex: "FEMALE", birthDate: "1987-04-18" },
      { relation: "child", sex: "MALE", birthDate: "2011-09-09" },
    ],
    timeline: { created: "2019-04-20 20:00", submitted: "2019-04-22 09:00", taken: "2019-04-23 09:00", decided: "2019-05-10 15:00" },
    documents: ["id_card", "household_register", "residence_proof", "employment_proof", "social_insurance_record"],
    priorPermit: { issuedOn: "2017-03-15" },
  },
  {
    key: "shaoguan-trial-rejected",
    kind: "SETTLEMENT", status: "REJECTED", policy: "shaoguan", area: "CENTRAL_URBAN", station: DONGHE,
    applicant: { sex: "FEMALE", birthDate: "1997-12-25" },
    origin: { type: "elsewhere", region: "440982", area: "rural", formerNature: "agricultural" },
    facts: { residence: { type: "rented", months: 3 }, employment: { type: "flexible", months: 3 }, education: { level: "secondary" } },
    timeline: { created: "2020-03-01 20:00", submitted: "2020-03-02 09:00", taken: "2020-03-03 10:00", decided: "2020-03-25 15:00" },
    documents: ["id_card", "residence_proof"],
    advice: "参加社会保险和医疗保险后可再次申请；居住满半年后可申领居住证",
  },
  {
    key: "shaoguan-permit-overdue",
    kind: "RESIDENCE_PERMIT", status: "SUBMITTED", policy: "shaoguan", area: "CENTRAL_URBAN", station: DONGHE,
    applicant: { sex: "MALE", birthDate: "1990-06-15" },
    origin: { type: "elsewhere", region: "430524", area: "rural", formerNature: "agricultural" },
    facts: { residence: { type: "rented", months: 10 }, employment: { type: "employee", months: 11 }, stableIncome: true },
    timeline: { created: "2026-11-02 20:00", submitted: "2026-11-03 09:30" },
    documents: ["id_card", "photo", "residence_proof"],
  },
  {
    key: "wushen-bought-home",
    kind: "SETTLEMENT", status: "APPROVED", policy: "wushen", area: "TOWN", station: GALUTU,
    applicant: { sex: "MALE", birthDate: "1980-10-02" },
    origin: dingbian,
    facts: {
      residence: { type: "owned", months: 20 },
      employment: { type: "business_owner", months: 36 },
      stableIncome: true,
      socialInsurance: { urbanMonths: 30, medical: true },
    },
    members: [
      { relation: "spouse", sex: "FEMALE", birthDate: "1982-03-15" },
      { relation: "child", sex: "MALE", birthDate: "2011-06-01" },
      // Parents come along only with two years of urban social insurance (二(一)2): she stays for now.
      { relation: "parent", sex: "FEMALE", birthDate: "1955-01-20", urbanInsuranceMonths: 0 },
    ],
    timeline: { created: "2026-04-01 20:00", submitted: "2026-04-02 09:00", taken: "2026-04-03 09:00", decided: "2026-04-16 15:00" },
    documents: ["id_card", "household_register", "residence_proof", "business_licence"],
  },
  {
    key: "wushen-pastoral-marriage",
    kind: "SETTLEMENT", status: "REJECTED", policy: "wushen", area: "RURAL", station: "wushen-sulide-ps",
    applicant: { sex: "FEMALE", birthDate: "1993-05-09" },
    origin: { type: "elsewhere", region: "610824", area: "town", formerNature: "non_agricultural" },
    facts: { residence: { type: "relative", months: 8 }, employment: { type: "none", months: 0 }, joining: { relation: "spouse", area: "rural" } },
    timeline: { created: "2026-07-20 20:00", submitted: "2026-07-22 09:00", taken: "2026-07-23 10:00", decided: "2026-08-12 15:00" },
    documents: ["id_card", "household_register", "marriage_certificate"],
    advice: "原为非农业户口的婚迁人员只可落为城镇地区户口，可改为申请在嘎鲁图镇等城镇地区落户",
  },
  {
    key: "wushen-permit-review",
    kind: "RESIDENCE_PERMIT", status: "IN_REVIEW", policy: "wushen", area: "TOWN", station: GALUTU,
    applicant: { sex: "FEMALE", birthDate: "1996-09-09" },
    origin: { type: "elsewhere", region: "150621", area: "rural", formerNature: "agricultural" },
    facts: { residence: { type: "rented", months: 7 }, employment: { type: "employee", months: 7 }, stableIncome: true },
    timeline: { created: "2026-11-10 20:00", submitted: "2026-11-11 09:00", taken: "2026-11-12 09:30" },
    documents: ["id_card", "photo", "residence_proof"],
  },
  {
    key: "wushen-tuke-insured",
    kind: "SETTLEMENT", status: "SUBMITTED", policy: "wushen", area: "TOWN", station: "wushen-tuke-ps",
    applicant: { sex: "MALE", birthDate: "1987-01-17" },
    origin: dingbian,
    facts: {
      residence: { type: "rented_registered", months: 30 },
      employment: { type: "employee", months: 34 },
      stableIncome: true,
      socialInsurance: { urbanMonths: 26, medical: true },
    },
    members: [{ relation: "spouse", sex: "FEMALE", birthDate: "1989-11-11" }],
    timeline: { created: "2026-10-26 20:00", submitted: "2026-10-28 09:00" },
    documents: ["id_card", "household_register", "residence_proof", "social_insurance_record"],
  },
  {
    key: "qiannan-yaoshan-to-town",
    kind: "SETTLEMENT", status: "APPROVED", policy: "qiannan", area: "TOWN", station: "qiannan-libo-yuping-ps",
    applicant: { sex: "MALE", birthDate: "1989-09-19", surname: "盘", ethnicity: "瑶族" },
    origin: {
      type: "local",
      relation: "CHILD",
      home: {
        station: "qiannan-libo-yaoshan-ps", area: "RURAL", since: "1986-03-01", formerNature: "agricultural",
        others: [
          { relation: "HEAD", sex: "MALE", birthDate: "1962-05-05", surname: "盘", ethnicity: "瑶族" },
          { relation: "SPOUSE", sex: "FEMALE", birthDate: "1964-08-08", ethnicity: "瑶族" },
        ],
      },
    },
    facts: { residence: { type: "rented", months: 18 }, employment: { type: "employee", months: 18 }, stableIncome: true },
    members: [
      { relation: "spouse", sex: "FEMALE", birthDate: "1991-02-02", ethnicity: "瑶族", homeRelation: "OTHER" },
      { relation: "child", sex: "MALE", birthDate: "2015-10-10", surname: "盘", ethnicity: "瑶族", homeRelation: "GRANDCHILD" },
    ],
    timeline: { created: "2026-06-20 20:00", submitted: "2026-06-22 09:00", taken: "2026-06-23 09:30", decided: "2026-07-09 15:00" },
    documents: ["id_card", "household_register", "employment_proof"],
  },
  {
    key: "qiannan-relocation",
    kind: "SETTLEMENT", status: "APPROVED", policy: "qiannan", area: "TOWN", station: DUSHAN,
    applicant: { sex: "MALE", birthDate: "1978-04-04", surname: "莫", ethnicity: "布依族" },
    origin: {
      type: "local",
      relation: "HEAD",
      home: { station: DUSHAN, area: "RURAL", since: "2002-01-15", formerNature: "agricultural", address: "黔南布依族苗族自治州独山县百泉镇新民村5组18号" },
    },
    address: "黔南布依族苗族自治州独山县百泉镇易地扶贫搬迁安置点3栋2单元501室",
    facts: { residence: { type: "owned", months: 20 }, employment: { type: "flexible", months: 12 }, relocatedPoverty: true },
    members: [
      { relation: "spouse", sex: "FEMALE", birthDate: "1980-07-07", ethnicity: "布依族", homeRelation: "SPOUSE" },
      { relation: "child", sex: "FEMALE", birthDate: "2006-09-01", surname: "莫", ethnicity: "布依族", homeRelation: "CHILD" },
      { relation: "child", sex: "MALE", birthDate: "2012-03-03", surname: "莫", ethnicity: "布依族", homeRelation: "CHILD" },
      { relation: "parent", sex: "FEMALE", birthDate: "1950-12-12", ethnicity: "布依族", homeRelation: "PARENT" },
    ],
    timeline: { created: "2026-03-02 10:00", submitted: "2026-03-02 10:30", taken: "2026-03-03 09:00", decided: "2026-03-18 15:00" },
    documents: ["id_card", "household_register", "relocation_certificate"],
  },
  {
    key: "qiannan-new-teacher",
    kind: "SETTLEMENT", status: "IN_REVIEW", policy: "qiannan", area: "CENTRAL_URBAN", station: GUANGHUI,
    applicant: { sex: "FEMALE", birthDate: "1998-03-30" },
    origin: { type: "elsewhere", region: "520521", area: "rural", formerNature: "agricultural" },
    facts: {
      residence: { type: "dormitory", months: 3 },
      employment: { type: "public_sector", months: 3, newPublicSectorHire: true },
      stableIncome: true,
      socialInsurance: { urbanMonths: 3, medical: true },
      education: { level: "master" },
    },
    timeline: { created: "2026-11-04 20:00", submitted: "2026-11-06 09:00", taken: "2026-11-09 09:30" },
    documents: ["id_card", "employment_notice", "degree_certificate"],
  },
  {
    key: "qiannan-sandu-newborn",
    kind: "NEWBORN_REGISTRATION", status: "SUBMITTED", policy: "qiannan", area: "TOWN", station: "qiannan-sandu-sanhe-ps",
    applicant: { sex: "FEMALE", birthDate: "1997-06-06", ethnicity: "水族" },
    origin: {
      type: "local",
      relation: "SPOUSE",
      home: { station: "qiannan-sandu-sanhe-ps", area: "TOWN", since: "2021-01-08", others: [{ relation: "HEAD", sex: "MALE", birthDate: "1995-01-01", surname: "潘", ethnicity: "水族" }] },
    },
    facts: { residence: { type: "owned", months: 40 }, employment: { type: "self_employed", months: 30 }, stableIncome: true },
    members: [{ relation: "child", sex: "FEMALE", birthDate: "2026-11-02", surname: "潘", ethnicity: "水族", newborn: true }],
    timeline: { created: "2026-11-18 09:30", submitted: "2026-11-18 09:50" },
    documents: ["birth_certificate", "household_register", "id_card"],
  },
  {
    key: "qiannan-withdrawn",
    kind: "SETTLEMENT", status: "WITHDRAWN", policy: "qiannan", area: "CENTRAL_URBAN", station: "qiannan-duyun-wenfeng-ps",
    applicant: { sex: "MALE", birthDate: "1985-08-18" },
    origin: { type: "elsewhere", region: "451221", area: "town", formerNature: "non_agricultural" },
    facts: { residence: { type: "rented", months: 10 }, employment: { type: "employee", months: 12 }, stableIncome: true },
    timeline: {
      created: "2026-05-09 20:00",
      submitted: "2026-05-11 09:00",
      withdrawn: { at: "2026-05-20 10:00", reason: "申请人改为申领居住证，撤回落户申请" },
    },
    documents: ["id_card"],
  },
  {
    key: "qiannan-draft",
    kind: "SETTLEMENT", status: "DRAFT", policy: "qiannan", area: "CENTRAL_URBAN", station: GUANGHUI,
    applicant: { sex: "FEMALE", birthDate: "2000-12-01" },
    origin: { type: "elsewhere", region: "520523", area: "rural", formerNature: "agricultural" },
    facts: { residence: { type: "rented", months: 5 }, employment: { type: "employee", months: 5 }, stableIncome: true },
    timeline: { created: "2026-11-19 21:30" },
    documents: ["id_card"],
  },
];
