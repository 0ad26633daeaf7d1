// 韶关市: 《韶关市推动非户籍人口在城市落户实施办法(试行)》, issued 2017-10-23, "自印发之日起试行,有效期三年"
// (in force 2017-10-23 to 2020-10-22 inclusive). Section 二 is one paragraph; its sentences are the
// pathways, all cited as 二. Readings: docs/decisions/0106-shaoguan-readings.md.
import { anyOf, atLeast, isOneOf, isTrue } from "../conditions";
import { hasStableResidence, HIGHER_EDUCATION, holdsRuralHukou, URBAN, VOCATIONAL_EDUCATION } from "../definitions";
import { cite, parameter, pathway } from "../pathway-builders";
import { F } from "../facts";
import { coResident, family } from "../member-rules";
import { landRightsNote } from "../notes";
import { residencePermitPathway } from "../residence-permit";
import type { EffectivePeriod, PolicyPack } from "../types";

const TITLE = "韶关市推动非户籍人口在城市落户实施办法(试行)";
const PERIOD: EffectivePeriod = { effectiveFrom: "2017-10-23", effectiveTo: "2020-10-22" };
const READINGS = "0106-shaoguan-readings.md";
/** After 2020-10-22 the answers say the trial measures expired (0123). */
const STANDING = "0123-policy-standing.md";
const q2 = cite(TITLE, "二");

const enrolled = parameter({
  id: "shaoguan.residence-insurance.min-insurance-months",
  value: 1,
  citation: q2,
  period: PERIOD,
  quote: "购买了社保、医保",
});
const insuranceYear = parameter({
  id: "shaoguan.urban-insurance-one-year.min-insurance-months",
  value: 12,
  citation: q2,
  period: PERIOD,
  quote: "参加城镇社会保险1年以上(含1年)",
});

// "举家进城落户": the family living together comes along — spouse, children and parents (0106).
const wholeFamily = () => family({ citation: q2, spouse: [coResident], child: [coResident], parent: [coResident] });

export const shaoguan: PolicyPack = {
  id: "shaoguan-2017",
  nature: "adopted",
  jurisdiction: "shaoguan",
  jurisdictionNameZh: "韶关市",
  jurisdictionNameEn: "Shaoguan",
  title: TITLE,
  documentNumber: null,
  issuer: "韶关市人民政府办公室",
  dated: "2017-10-23",
  period: PERIOD,
  periodNote: "本实施办法自印发之日起试行，有效期三年：2017-10-23 至 2020-10-22（含）。",
  seedFile: "001_55eaa60219dc50a9.txt",
  // 二 "贯彻执行《韶关市户籍管理规定》(市人民政府令第132号)": the standing local rules, not encoded here.
  unmodelled: [
    {
      document: "《韶关市户籍管理规定》（韶关市人民政府令第132号）",
      messageZh: "本实施办法要求贯彻执行的《韶关市户籍管理规定》不在本系统规则内，试行期满后的落户条件以该规定和当地派出所答复为准。",
      messageEn:
        "The Shaoguan Household Registration Provisions (Government Order No. 132), which these measures apply, are not encoded here; after the trial ended, settlement follows them — ask the local police station.",
    },
  ],
  notes: [landRightsNote(cite(TITLE, "三(四)"))],
  pathways: [
    pathway({
      id: "shaoguan.residence-insurance",
      areas: URBAN,
      citation: q2,
      period: PERIOD,
      summary: "有合法稳定住所（含租赁）且购买了社保、医保",
      summaryEn: "A legal stable residence (rentals count) and enrolled in social and medical insurance",
      quote: "允许在我市有合法稳定住所(含租赁)且购买了社保、医保的人员在我市落户,优先解决流动人口存量问题。",
      conditions: [hasStableResidence, atLeast({ fact: F.urbanMonths, parameter: enrolled }), isTrue({ fact: F.medical })],
      members: wholeFamily(),
      decisions: [READINGS, STANDING],
    }),
    pathway({
      id: "shaoguan.urban-insurance-one-year",
      areas: URBAN,
      citation: q2,
      period: PERIOD,
      summary: "参加城镇社会保险满1年（含1年），可在参保地或实际居住地落户",
      summaryEn: "At least one year (inclusive) of urban social insurance: settle where insured or where living",
      quote: "对参加城镇社会保险1年以上(含1年)的可在参保地或实际居住地落户,促进有能力在城镇稳定就业和生活的农业转移人口举家进城落户",
      conditions: [atLeast({ fact: F.urbanMonths, parameter: insuranceYear })],
      members: wholeFamily(),
      decisions: [READINGS, STANDING],
    }),
    pathway({
      id: "shaoguan.graduate-skilled-returnee",
      areas: URBAN,
      citation: q2,
      period: PERIOD,
      summary: "高校毕业生、技术工人、职业院校毕业生和留学归国人员，落户不设限制",
      summaryEn:
        "College graduates, technical workers, vocational-school graduates and returned overseas students settle without restriction",
      quote: "按要求全面放开对高校毕业生、技术工人、职业院校毕业生和留学归国人员的落户限制",
      conditions: [
        anyOf({
          id: "shaoguan.graduate-skilled-returnee.one-of",
          labelZh: "属于下列人员之一",
          labelEn: "one of the following",
          options: [
            {
              label: "高校毕业生",
              all: [
                isOneOf({
                  fact: F.educationLevel,
                  values: HIGHER_EDUCATION,
                  labelZh: "高校毕业生（大专及以上）",
                  labelEn: "college or university graduate",
                }),
              ],
            },
            { label: "技术工人", all: [isTrue({ fact: F.technicalWorker, labelZh: "技术工人", labelEn: "technical worker" })] },
            {
              label: "职业院校毕业生",
              all: [
                isOneOf({
                  fact: F.educationLevel,
                  values: VOCATIONAL_EDUCATION,
                  labelZh: "职业院校（含技工院校）毕业生",
                  labelEn: "vocational or technical-school graduate",
                }),
              ],
            },
            { label: "留学归国人员", all: [isTrue({ fact: F.returnedFromAbroad })] },
          ],
        }),
      ],
      members: wholeFamily(),
      decisions: [READINGS, STANDING],
    }),
    pathway({
      id: "shaoguan.rural-student-college",
      areas: URBAN,
      citation: q2,
      period: PERIOD,
      summary: "高校录取的农村籍学生，可根据本人意愿将户口迁至高校所在地",
      summaryEn: "Rural students admitted to a college here may move their hukou to the college",
      quote:
        "全面实行农村籍高校学生来去自由的落户政策,高校录取的农村籍学生可根据本人意愿,将户口迁至高校所在地,毕业后可根据本人意愿,将户口迁回原籍地或迁入就(创)业地。",
      conditions: [holdsRuralHukou, isTrue({ fact: F.admittedLocally })],
      decisions: [READINGS, STANDING],
    }),
    // "毕业后可根据本人意愿,将户口迁回原籍地": a rural student of 韶关 going back to the village (0115).
    pathway({
      id: "shaoguan.rural.graduate-return-origin",
      areas: ["rural"],
      citation: q2,
      period: PERIOD,
      summary: "入学前为本市农村户口的高校毕业生，毕业后可将户口迁回原籍地",
      summaryEn: "A college graduate whose hukou was in a Shaoguan village before study may move it back there",
      quote: "高校录取的农村籍学生可根据本人意愿,将户口迁至高校所在地,毕业后可根据本人意愿,将户口迁回原籍地或迁入就(创)业地。",
      conditions: [
        isOneOf({
          fact: F.educationLevel,
          values: HIGHER_EDUCATION,
          labelZh: "高校毕业生（大专及以上）",
          labelEn: "college or university graduate",
        }),
        isOneOf({
          fact: F.hukouBeforeStudyJurisdiction,
          values: ["shaoguan"],
          labelZh: "入学前户口在韶关市",
          labelEn: "hukou was in Shaoguan before study",
        }),
        isOneOf({
          fact: F.hukouBeforeStudyArea,
          values: ["rural"],
          labelZh: "入学前为农村户口（农村籍学生）",
          labelEn: "a rural hukou before study",
        }),
      ],
      decisions: [READINGS, "0115-graduates-going-back.md", STANDING],
    }),
    residencePermitPathway({
      jurisdiction: "shaoguan",
      nameZh: "韶关市",
      citation: cite(TITLE, "三(九)"),
      period: PERIOD,
      quote: "推进居住证制度覆盖全部未落户城镇常住人口。……贯彻实施《居住证暂行条例》和省有关要求",
    }),
  ],
};
