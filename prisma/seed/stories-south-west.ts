// Demo cases in 韶关 (trial measures, in force 2017-10-23 to 2020-10-22), 乌审旗 and 黔南. The 韶关
// settlements are from the trial period; the 2026 韶关 cases are residence-permit matters.
import { answers, child, elsewhere, parent, spouse, storyTable } from "./story-builder";
import type { Origin, Story } from "./story-types";
import { QIANNAN_STORIES } from "./stories-qiannan";

const XINHUA = "shaoguan-wujiang-xinhua-ps";
const DONGHE = "shaoguan-zhenjiang-donghe-ps";
const GALUTU = "wushen-galutu-ps";
const DUSHAN = "qiannan-dushan-baiquan-ps";
const dingbian = elsewhere("610825", "rural");

const resident2 = { name: "韦丽", sex: "FEMALE", birthDate: "1994-08-08", ethnicity: "布依族", surname: "韦" } as const;

// Her permanent hukou stays with her parents in 独山 (黔南); in 韶关 she lives on a residence permit.
const resident2Home: Origin = {
  type: "local",
  relation: "CHILD",
  home: {
    station: DUSHAN,
    area: "TOWN",
    since: "1990-03-01",
    formerNature: "agricultural",
    others: [
      { relation: "HEAD", sex: "MALE", birthDate: "1966-02-10", surname: "韦", ethnicity: "布依族" },
      { relation: "SPOUSE", sex: "FEMALE", birthDate: "1968-09-21", ethnicity: "布依族" },
    ],
  },
};

export const SOUTH_WEST_STORIES: Story[] = [
  ...storyTable({ policy: "shaoguan", kind: "SETTLEMENT", area: "CENTRAL_URBAN", station: DONGHE }, [
    {
      key: "shaoguan-resident2-permit",
      username: "resident2",
      kind: "RESIDENCE_PERMIT",
      status: "APPROVED",
      station: XINHUA,
      applicant: resident2,
      origin: resident2Home,
      facts: answers(["rented", 14], ["employee", 15], { stableIncome: true }),
      timeline: { created: "2020-09-27 20:00", submitted: "2020-09-28 10:20", taken: "2020-09-29 09:30", decided: "2020-10-12 15:00" },
      documents: ["id_card", "photo", "residence_proof", "employment_proof"],
      // Missed the 2023 endorsement and endorsed late: residence years count again from 2023-12-04.
      permit: { pattern: { kind: "valid-late", lateOn: "2023-12-04" }, endorseBefore: "2026-11-12" },
    },
    {
      key: "shaoguan-resident2-endorsement",
      sameApplicantAs: "shaoguan-resident2-permit",
      kind: "PERMIT_ENDORSEMENT",
      status: "SUBMITTED",
      station: XINHUA,
      applicant: resident2,
      origin: resident2Home,
      // Same flat and job as in 2020 (then 14 and 15 months): 87 and 89 months by now.
      facts: answers(["rented", 87], ["employee", 89], { stableIncome: true }),
      timeline: { created: "2026-11-12 19:30", submitted: "2026-11-12 19:45" },
      documents: ["id_card", "residence_proof"],
    },
    {
      key: "shaoguan-trial-settlement",
      status: "APPROVED",
      area: "TOWN",
      station: "shaoguan-qujiang-maba-ps",
      applicant: { sex: "MALE", birthDate: "1985-11-30" },
      origin: elsewhere("450881", "rural"),
      facts: answers(["rented", 30], ["employee", 36], {
        stableIncome: true,
        insured: 36,
        education: { level: "technical_school" },
        technicalWorker: true,
      }),
      members: [spouse("FEMALE", "1987-04-18"), child("MALE", "2011-09-09")],
      timeline: { created: "2019-04-20 20:00", submitted: "2019-04-22 09:00", taken: "2019-04-23 09:00", decided: "2019-05-10 15:00" },
      documents: ["id_card", "household_register", "residence_proof", "employment_proof", "social_insurance_record"],
      priorPermit: { issuedOn: "2017-03-15" },
    },
    {
      key: "shaoguan-trial-rejected",
      status: "REJECTED",
      applicant: { sex: "FEMALE", birthDate: "1997-12-25" },
      origin: elsewhere("440982", "rural"),
      facts: answers(["rented", 3], ["flexible", 3], { education: { level: "secondary" } }),
      timeline: { created: "2020-03-01 20:00", submitted: "2020-03-02 09:00", taken: "2020-03-03 10:00", decided: "2020-03-25 15:00" },
      documents: ["id_card", "residence_proof"],
      advice: "参加社会保险和医疗保险后可再次申请；居住满半年后可申领居住证",
    },
    {
      key: "shaoguan-permit-overdue",
      kind: "RESIDENCE_PERMIT",
      status: "SUBMITTED",
      applicant: { sex: "MALE", birthDate: "1990-06-15" },
      origin: elsewhere("430524", "rural"),
      facts: answers(["rented", 10], ["employee", 11], { stableIncome: true }),
      timeline: { created: "2026-11-02 20:00", submitted: "2026-11-03 09:30" },
      documents: ["id_card", "photo", "residence_proof"],
    },
  ]),
  ...storyTable({ policy: "wushen", kind: "SETTLEMENT", area: "TOWN", station: GALUTU }, [
    {
      key: "wushen-bought-home",
      status: "APPROVED",
      applicant: { sex: "MALE", birthDate: "1980-10-02" },
      origin: dingbian,
      facts: answers(["owned", 20], ["business_owner", 36], { stableIncome: true, insured: 30 }),
      members: [
        spouse("FEMALE", "1982-03-15"),
        child("MALE", "2011-06-01"),
        // Parents come along only with two years of urban social insurance (二(一)2): she stays for now.
        parent("FEMALE", "1955-01-20", { urbanInsuranceMonths: 0 }),
      ],
      timeline: { created: "2026-04-01 20:00", submitted: "2026-04-02 09:00", taken: "2026-04-03 09:00", decided: "2026-04-16 15:00" },
      documents: ["id_card", "household_register", "residence_proof", "business_licence"],
    },
    {
      key: "wushen-pastoral-marriage",
      status: "REJECTED",
      area: "RURAL",
      station: "wushen-sulide-ps",
      applicant: { sex: "FEMALE", birthDate: "1993-05-09" },
      origin: elsewhere("610824", "town"),
      facts: answers(["relative", 8], ["none", 0], { joining: { relation: "spouse", area: "rural" } }),
      timeline: { created: "2026-07-20 20:00", submitted: "2026-07-22 09:00", taken: "2026-07-23 10:00", decided: "2026-08-12 15:00" },
      documents: ["id_card", "household_register", "marriage_certificate"],
      advice: "原为非农业户口的婚迁人员只可落为城镇地区户口，可改为申请在嘎鲁图镇等城镇地区落户",
    },
    {
      key: "wushen-permit-review",
      kind: "RESIDENCE_PERMIT",
      status: "IN_REVIEW",
      applicant: { sex: "FEMALE", birthDate: "1996-09-09" },
      origin: elsewhere("150621", "rural"),
      facts: answers(["rented", 7], ["employee", 7], { stableIncome: true }),
      timeline: { created: "2026-11-10 20:00", submitted: "2026-11-11 09:00", taken: "2026-11-12 09:30" },
      documents: ["id_card", "photo", "residence_proof"],
    },
    {
      key: "wushen-tuke-insured",
      status: "SUBMITTED",
      station: "wushen-tuke-ps",
      applicant: { sex: "MALE", birthDate: "1987-01-17" },
      origin: dingbian,
      facts: answers(["rented_registered", 30], ["employee", 34], { stableIncome: true, insured: 26 }),
      members: [spouse("FEMALE", "1989-11-11")],
      timeline: { created: "2026-10-26 20:00", submitted: "2026-10-28 09:00" },
      documents: ["id_card", "household_register", "residence_proof", "social_insurance_record"],
    },
  ]),
  ...QIANNAN_STORIES,
];
