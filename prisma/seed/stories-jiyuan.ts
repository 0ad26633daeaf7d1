// Demo cases in 济源 (济政办〔2015〕14号, "全面放开全市落户限制"). Most sit at 沁园派出所, the second
// demo clerk's station. One shows a local rural family from 王屋镇 moving to the central urban area.
import { answers, child, elsewhere, spouse, storyTable } from "./story-builder";
import type { Story } from "./story-types";

const QY = "jiyuan-qinyuan-ps";
const neixiang = elsewhere("411325", "rural");
const zezhou = elsewhere("140525", "rural");
const linquan = elsewhere("341221", "rural");

export const JIYUAN_STORIES: Story[] = storyTable({ policy: "jiyuan", kind: "SETTLEMENT", area: "CENTRAL_URBAN", station: QY }, [
  {
    key: "jiyuan-new-family",
    status: "SUBMITTED",
    applicant: { sex: "FEMALE", birthDate: "1990-05-17" },
    origin: neixiang,
    facts: answers(["rented", 14, "own door"], ["employee", 14], { stableIncome: true }),
    members: [spouse("MALE", "1988-09-01"), child("MALE", "2016-03-22")],
    timeline: { created: "2026-11-10 20:10", submitted: "2026-11-12 09:05" },
    documents: ["id_card", "household_register", "residence_proof"],
  },
  {
    key: "jiyuan-overdue-new",
    status: "SUBMITTED",
    applicant: { sex: "MALE", birthDate: "1982-07-08" },
    origin: zezhou,
    facts: answers(["owned", 5, "own door"], ["business_owner", 30], { stableIncome: true, insured: 20 }),
    timeline: { created: "2026-10-02 10:00", submitted: "2026-10-05 09:30" },
    documents: ["id_card", "household_register", "residence_proof"],
  },
  {
    key: "jiyuan-dormitory-worker",
    status: "IN_REVIEW",
    applicant: { sex: "MALE", birthDate: "1992-12-03" },
    origin: linquan,
    facts: answers(["dormitory", 16], ["employee", 16], {
      stableIncome: true,
      insured: 14,
      education: { level: "technical_school" },
      technicalWorker: true,
    }),
    timeline: { created: "2026-11-01 20:00", submitted: "2026-11-03 09:10", taken: "2026-11-05 10:00" },
    documents: ["id_card", "employment_proof", "social_insurance_record"],
  },
  {
    key: "jiyuan-rural-to-urban",
    status: "APPROVED",
    applicant: { sex: "FEMALE", birthDate: "1987-03-19" },
    origin: {
      type: "local",
      relation: "SPOUSE",
      home: { station: "jiyuan-wangwu-ps", area: "RURAL", since: "2010-10-01", formerNature: "agricultural" },
    },
    facts: answers(["rented", 10, "own door"], ["employee", 10], { stableIncome: true, insured: 8 }),
    members: [
      spouse("MALE", "1985-06-11", { homeRelation: "HEAD", surname: "卫" }),
      child("FEMALE", "2013-08-27", { homeRelation: "CHILD", surname: "卫" }),
    ],
    timeline: { created: "2026-09-03 20:00", submitted: "2026-09-05 09:00", taken: "2026-09-07 09:30", decided: "2026-09-22 15:00" },
    documents: ["id_card", "household_register", "residence_proof"],
  },
  {
    key: "jiyuan-permit",
    kind: "RESIDENCE_PERMIT",
    status: "APPROVED",
    applicant: { sex: "MALE", birthDate: "1996-02-29" },
    origin: elsewhere("410825", "town"),
    facts: answers(["rented", 8], ["employee", 9], { stableIncome: true }),
    timeline: { created: "2026-05-05 19:00", submitted: "2026-05-06 09:00", taken: "2026-05-07 09:00", decided: "2026-05-14 16:00" },
    documents: ["id_card", "photo", "residence_proof", "employment_proof"],
    permit: { pattern: { kind: "valid" } },
  },
  {
    key: "jiyuan-rejected",
    status: "REJECTED",
    applicant: { sex: "FEMALE", birthDate: "1999-10-10" },
    origin: linquan,
    facts: answers(["relative", 4], ["flexible", 4], { education: { level: "secondary" } }),
    timeline: { created: "2026-09-28 21:00", submitted: "2026-09-29 09:00", taken: "2026-09-30 10:00", decided: "2026-10-16 15:00" },
    documents: ["id_card"],
    advice: "居住满半年后可申领居住证；有合法稳定住所（含租赁），或就业并参加社会保险满一年后，可再次申请落户",
  },
  {
    key: "jiyuan-graduate",
    status: "NEEDS_MATERIALS",
    station: "jiyuan-jishui-ps",
    applicant: { sex: "MALE", birthDate: "2002-06-06" },
    origin: neixiang,
    facts: answers(["relative", 3], ["none", 0], { education: { level: "bachelor" } }),
    timeline: {
      created: "2026-11-04 20:00",
      submitted: "2026-11-05 09:30",
      taken: "2026-11-06 09:00",
      materials: { at: "2026-11-09 10:00", reason: "一次性告知：请补充毕业证书及教育部学历证书电子注册备案表" },
    },
    documents: ["id_card", "household_register"],
  },
  {
    key: "jiyuan-kejing-town",
    status: "APPROVED",
    area: "TOWN",
    station: "jiyuan-kejing-ps",
    applicant: { sex: "MALE", birthDate: "1979-01-25" },
    origin: zezhou,
    facts: answers(["rented", 11], ["employee", 11], { stableIncome: true }),
    members: [
      spouse("FEMALE", "1981-04-04"),
      child("FEMALE", "2009-12-12"),
      // Adult, unmarried, earning: not a dependant under 二(一), so applies in his own right.
      child("MALE", "2003-05-05", { hasIncome: true }),
    ],
    timeline: { created: "2026-03-06 20:00", submitted: "2026-03-09 09:00", taken: "2026-03-10 09:30", decided: "2026-03-20 15:00" },
    documents: ["id_card", "household_register", "residence_proof"],
  },
]);
