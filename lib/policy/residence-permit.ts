// 《居住证暂行条例》(国务院令第663号) 第二条, restated by every pack: a citizen who has left the place of
// their permanent hukou and lived here at least six months, with one of legal stable employment, legal
// stable residence or continuous study, may apply for a residence permit. It is for people whose hukou
// is elsewhere: a local hukou holder needs none (0110-residence-permit.md).
import { anyOf, atLeast, isTrue } from "./conditions";
import {
  ALL_AREAS,
  cite,
  hasStableResidence,
  holdsHukouElsewhere,
  isEmployed,
  parameter,
  pathway,
} from "./definitions";
import { F } from "./facts";
import type { Citation, EffectivePeriod, JurisdictionCode, Pathway } from "./types";

export const RESIDENCE_PERMIT_DECREE = "居住证暂行条例";
export const RESIDENCE_PERMIT_DECREE_NUMBER = "国务院令第663号";
export const RESIDENCE_PERMIT_DECREE_CITATION: Citation = cite(RESIDENCE_PERMIT_DECREE, "第二条");

const DECREE_QUOTE =
  "公民离开常住户口所在地，到其他城市居住半年以上，符合有合法稳定就业、合法稳定住所、连续就读条件之一的，可以依照本条例的规定申领居住证。";

export function residencePermitPathway(options: {
  jurisdiction: JurisdictionCode;
  nameZh: string;
  /** The local clause restating the decree, or the decree itself where the document has none. */
  citation: Citation;
  period: EffectivePeriod;
  /** The local restating words; omitted where the document restates nothing (黔南). */
  quote?: string;
  /** Where the local text itself states the six months (济源 四(二十一)); else the decree. */
  monthsCitation?: { citation: Citation; quote: string };
}): Pathway {
  const id = `${options.jurisdiction}.residence-permit`;
  const months = parameter({
    id: `${id}.min-residence-months`,
    value: 6,
    citation: options.monthsCitation?.citation ?? RESIDENCE_PERMIT_DECREE_CITATION,
    period: options.period,
    quote: options.monthsCitation?.quote ?? "到其他城市居住半年以上",
  });
  return pathway({
    id,
    kind: "residence_permit",
    areas: ALL_AREAS,
    citation: options.citation,
    period: options.period,
    summary: `户口不在${options.nameZh}、在此居住满半年，并有合法稳定就业、合法稳定住所或连续就读之一，可申领居住证`,
    summaryEn: `Hukou elsewhere, lived here at least six months, and one of: stable employment, stable residence, continuous study — may apply for a residence permit`,
    quote: options.quote ? `${options.quote}（《居住证暂行条例》第二条：${DECREE_QUOTE}）` : DECREE_QUOTE,
    conditions: [
      holdsHukouElsewhere({ jurisdiction: options.jurisdiction, nameZh: options.nameZh }),
      atLeast({ fact: F.residenceMonths, parameter: months }),
      anyOf({
        id: `${id}.one-of`,
        labelZh: "符合下列条件之一",
        labelEn: "one of the following",
        options: [
          { label: "合法稳定就业", all: [isEmployed] },
          { label: "合法稳定住所", all: [hasStableResidence] },
          { label: "连续就读", all: [isTrue({ fact: F.studying })] },
        ],
      }),
    ],
    decisions: ["0110-residence-permit.md"],
  });
}
