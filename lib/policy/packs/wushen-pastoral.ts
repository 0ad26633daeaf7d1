// 乌审旗 实施方案 二(一)4, the pastoral areas (农村牧区): the only two ways to register there — marriage
// migration of a former agricultural hukou holder, and graduates going back — and the note that everyone
// else registers in a town. Built by wushen.ts with
// the pack's document, period and readings, like the shared residence-permit and no-hukou pathways.
import { allMet, isOneOf } from "../conditions";
import { HIGHER_EDUCATION, VOCATIONAL_EDUCATION } from "../definitions";
import { pathway } from "../pathway-builders";
import { F } from "../facts";
import type { Citation, Condition, EffectivePeriod, EligibilityRequest, PackNote, Pathway } from "../types";

export function wushenPastoralPathways(options: {
  citation: Citation;
  period: EffectivePeriod;
  readings: string;
  joiningSpouse: Condition<EligibilityRequest>;
  spouseInPastoralArea: Condition<EligibilityRequest>;
}): { pastoralMarriage: Pathway; pastoralGraduate: Pathway; townOnlyNote: PackNote } {
  const { citation, period, readings, joiningSpouse, spouseInPastoralArea } = options;
  const pastoralMarriage: Pathway = pathway({
    id: "wushen.pastoral.marriage-migration",
    areas: ["rural"],
    citation: citation,
    period: period,
    summary: "农牧区婚迁：配偶为本旗农牧区户口、迁入方原为农业户口的，可随迁为农牧地区户口",
    summaryEn:
      "Marriage into a pastoral area: a migrant who formerly held an agricultural hukou, married to someone registered in the pastoral area, may register there",
    quote:
      "对农牧区婚迁的，如迁入方户籍之前为非农业户口的只可迁入落为城镇地区户口，如迁入方户籍之前为农业户口的可随迁为我旗农牧地区户口；除上述两种情况以外，其他情况一律将户口落在城镇地区。",
    conditions: [
      joiningSpouse,
      spouseInPastoralArea,
      isOneOf({
        fact: F.formerNature,
        values: ["agricultural"],
        labelZh: "迁入方之前为农业户口",
        labelEn: "the migrant formerly held an agricultural hukou",
      }),
    ],
    decisions: [readings, "0103-area-semantics.md", "0124-wushen-pastoral-marriage-spouse-area.md"],
  });

  const pastoralGraduate: Pathway = pathway({
    id: "wushen.pastoral.graduate-return",
    areas: ["rural"],
    citation: citation,
    period: period,
    summary: "本旗农牧区考出的大中专毕业生，可回原农牧区落户",
    summaryEn: "A college or vocational graduate whose hukou was in a banner pastoral area before study may register back there",
    quote:
      "对我旗农牧区大中专毕业生要严格按照……毕业后根据实际情况，可将户口迁入经常居住地、就（创）业地或者入学前户籍所在地。……的规定可在原农牧区落户",
    conditions: [
      isOneOf({
        fact: F.educationLevel,
        values: [...HIGHER_EDUCATION, ...VOCATIONAL_EDUCATION],
        labelZh: "大中专（职业院校、技工院校及以上）毕业生",
        labelEn: "graduate of a college, vocational or technical school or above",
      }),
      isOneOf({
        fact: F.hukouBeforeStudyJurisdiction,
        values: ["wushen"],
        labelZh: "入学前户口在乌审旗",
        labelEn: "hukou was in the banner before study",
      }),
      isOneOf({
        fact: F.hukouBeforeStudyArea,
        values: ["rural"],
        labelZh: "入学前为农牧区户口",
        labelEn: "a pastoral-area hukou before study",
      }),
    ],
    decisions: [readings, "0115-graduates-going-back.md"],
  });
  // The note "everything else goes to a town" is for those whom no pastoral clause admits.
  const noPastoralClauseMet = (r: EligibilityRequest): boolean =>
    ![pastoralMarriage, pastoralGraduate].some((p) => allMet(p.conditions, r));
  const townOnlyNote: PackNote = {
    code: "PASTORAL_AREA_TOWN_ONLY",
    citation,
    messageZh:
      "农牧区落户仅限本旗农牧区大中专毕业生回原农牧区、与农牧区户口者结婚且原为农业户口的婚迁人员；其他情况一律将户口落在城镇地区。",
    messageEn:
      "Registering in a pastoral area is limited to graduates going back to their banner pastoral area and to marriage migrants (former agricultural hukou) whose spouse is registered there; everyone else registers in a town.",
    applies: (r) => r.kind === "settlement" && r.area === "rural" && noPastoralClauseMet(r),
  };
  return { pastoralMarriage, pastoralGraduate, townOnlyNote };
}
