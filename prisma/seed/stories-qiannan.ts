// Demo cases in 黔南: a move from a village into town, a relocation out of poverty, a newly hired
// teacher, a birth registration, a withdrawn application and a draft. Part of SOUTH_WEST_STORIES.
import { answers, child, elsewhere, parent, spouse, storyTable } from "./story-builder";
import type { Story } from "./story-types";

const DUSHAN = "qiannan-dushan-baiquan-ps";
const GUANGHUI = "qiannan-duyun-guanghui-ps";

export const QIANNAN_STORIES: Story[] = storyTable({ policy: "qiannan", kind: "SETTLEMENT", area: "CENTRAL_URBAN", station: GUANGHUI }, [
  {
    key: "qiannan-yaoshan-to-town",
    status: "APPROVED",
    area: "TOWN",
    station: "qiannan-libo-yuping-ps",
    applicant: { sex: "MALE", birthDate: "1989-09-19", surname: "盘", ethnicity: "瑶族" },
    origin: {
      type: "local",
      relation: "CHILD",
      home: {
        station: "qiannan-libo-yaoshan-ps",
        area: "RURAL",
        since: "1986-03-01",
        formerNature: "agricultural",
        others: [
          { relation: "HEAD", sex: "MALE", birthDate: "1962-05-05", surname: "盘", ethnicity: "瑶族" },
          { relation: "SPOUSE", sex: "FEMALE", birthDate: "1964-08-08", ethnicity: "瑶族" },
        ],
      },
    },
    facts: answers(["rented", 18], ["employee", 18], { stableIncome: true }),
    members: [
      spouse("FEMALE", "1991-02-02", { ethnicity: "瑶族", homeRelation: "OTHER" }),
      child("MALE", "2015-10-10", { surname: "盘", ethnicity: "瑶族", homeRelation: "GRANDCHILD" }),
    ],
    timeline: { created: "2026-06-20 20:00", submitted: "2026-06-22 09:00", taken: "2026-06-23 09:30", decided: "2026-07-09 15:00" },
    documents: ["id_card", "household_register", "employment_proof"],
  },
  {
    key: "qiannan-relocation",
    status: "APPROVED",
    area: "TOWN",
    station: DUSHAN,
    applicant: { sex: "MALE", birthDate: "1978-04-04", surname: "莫", ethnicity: "布依族" },
    origin: {
      type: "local",
      relation: "HEAD",
      home: {
        station: DUSHAN,
        area: "RURAL",
        since: "2002-01-15",
        formerNature: "agricultural",
        address: "黔南布依族苗族自治州独山县百泉镇新民村5组18号",
      },
    },
    address: "黔南布依族苗族自治州独山县百泉镇易地扶贫搬迁安置点3栋2单元501室",
    facts: answers(["owned", 20], ["flexible", 12], { relocatedPoverty: true }),
    members: [
      spouse("FEMALE", "1980-07-07", { ethnicity: "布依族", homeRelation: "SPOUSE" }),
      child("FEMALE", "2006-09-01", { surname: "莫", ethnicity: "布依族", homeRelation: "CHILD" }),
      child("MALE", "2012-03-03", { surname: "莫", ethnicity: "布依族", homeRelation: "CHILD" }),
      parent("FEMALE", "1950-12-12", { ethnicity: "布依族", homeRelation: "PARENT" }),
    ],
    timeline: { created: "2026-03-02 10:00", submitted: "2026-03-02 10:30", taken: "2026-03-03 09:00", decided: "2026-03-18 15:00" },
    documents: ["id_card", "household_register", "relocation_certificate"],
  },
  {
    key: "qiannan-new-teacher",
    status: "IN_REVIEW",
    applicant: { sex: "FEMALE", birthDate: "1998-03-30" },
    origin: elsewhere("520521", "rural"),
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
    kind: "NEWBORN_REGISTRATION",
    status: "SUBMITTED",
    area: "TOWN",
    station: "qiannan-sandu-sanhe-ps",
    applicant: { sex: "FEMALE", birthDate: "1997-06-06", ethnicity: "水族" },
    origin: {
      type: "local",
      relation: "SPOUSE",
      home: {
        station: "qiannan-sandu-sanhe-ps",
        area: "TOWN",
        since: "2021-01-08",
        others: [{ relation: "HEAD", sex: "MALE", birthDate: "1995-01-01", surname: "潘", ethnicity: "水族" }],
      },
    },
    facts: answers(["owned", 40], ["self_employed", 30], { stableIncome: true }),
    members: [child("FEMALE", "2026-11-02", { surname: "潘", ethnicity: "水族", newborn: true })],
    timeline: { created: "2026-11-18 09:30", submitted: "2026-11-18 09:50" },
    documents: ["birth_certificate", "household_register", "id_card"],
  },
  {
    key: "qiannan-withdrawn",
    status: "WITHDRAWN",
    station: "qiannan-duyun-wenfeng-ps",
    applicant: { sex: "MALE", birthDate: "1985-08-18" },
    origin: elsewhere("451221", "town"),
    facts: answers(["rented", 10], ["employee", 12], { stableIncome: true }),
    timeline: {
      created: "2026-05-09 20:00",
      submitted: "2026-05-11 09:00",
      withdrawn: { at: "2026-05-20 10:00", reason: "申请人改为申领居住证，撤回落户申请" },
    },
    documents: ["id_card"],
  },
  {
    key: "qiannan-draft",
    status: "DRAFT",
    applicant: { sex: "FEMALE", birthDate: "2000-12-01" },
    origin: elsewhere("520523", "rural"),
    facts: answers(["rented", 5], ["employee", 5], { stableIncome: true }),
    timeline: { created: "2026-11-19 21:30" },
    documents: ["id_card"],
  },
]);
