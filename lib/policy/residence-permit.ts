// 《居住证暂行条例》(国务院令第663号, in force from 2016-01-01, open-ended) 第二条: a citizen who has left
// the place of their permanent hukou and lived in another city at least six months, with one of legal
// stable employment, legal stable residence or continuous study, may apply for a residence permit. It is
// for people whose hukou is elsewhere: a local hukou holder needs none (0110-residence-permit.md).
// Every pack restates it; on a date when no local clause is in force the decree answers by itself
// (`nationalResidencePermitPathway`); before the decree only a local clause then in force answers, in
// its own words (济源 四(二十一), 2015) — 0112-residence-permit-national-decree.md.
import { anyOf, atLeast, isTrue } from "./conditions";
import { ALL_AREAS, hasStableResidence, holdsHukouElsewhere, holdsHukouOutsideRequested, isEmployed } from "./definitions";
import { cite, parameter, pathway } from "./pathway-builders";
import { F } from "./facts";
import type { Citation, Condition, EffectivePeriod, EligibilityRequest, JurisdictionCode, Leaf, Parameter, Pathway } from "./types";

export const RESIDENCE_PERMIT_DECREE = "居住证暂行条例";
export const RESIDENCE_PERMIT_DECREE_NUMBER = "国务院令第663号";
export const RESIDENCE_PERMIT_DECREE_CITATION: Citation = cite(RESIDENCE_PERMIT_DECREE, "第二条");
/** 国务院令第663号, promulgated 2015-11-26: "本条例自2016年1月1日起施行". No end date. */
export const RESIDENCE_PERMIT_DECREE_PERIOD: EffectivePeriod = Object.freeze({ effectiveFrom: "2016-01-01", effectiveTo: null });

export const RESIDENCE_PERMIT_DECREE_QUOTE =
  "公民离开常住户口所在地，到其他城市居住半年以上，符合有合法稳定就业、合法稳定住所、连续就读条件之一的，可以依照本条例的规定申领居住证。";

const DECISIONS = ["0110-residence-permit.md", "0112-residence-permit-national-decree.md", "0121-residence-permit-city-months.md"] as const;

/**
 * "居住半年以上" counts months in the city, any dwelling (`cityMonths`); a request without it is counted by
 * `months`, and its answer names that field (0121-residence-permit-city-months.md).
 */
function cityMonthsAtLeastSix(p: Parameter): Leaf<EligibilityRequest> {
  return {
    ...atLeast({ fact: F.cityMonths, parameter: p }),
    factFor: (r) => (r.applicant.residence.cityMonths === null ? F.residenceMonths.path : F.cityMonths.path),
  };
}

/** The decree's conditions: a hukou elsewhere, six months, and one of employment, residence, study. */
function decreeConditions(options: {
  id: string;
  hukouElsewhere: Leaf<EligibilityRequest>;
  months: Leaf<EligibilityRequest>;
}): Condition<EligibilityRequest>[] {
  return [
    options.hukouElsewhere,
    options.months,
    anyOf({
      id: `${options.id}.one-of`,
      labelZh: "符合下列条件之一",
      labelEn: "one of the following",
      options: [
        { label: "合法稳定就业", all: [isEmployed] },
        { label: "合法稳定住所", all: [hasStableResidence] },
        { label: "连续就读", all: [isTrue({ fact: F.studying })] },
      ],
    }),
  ];
}

const DECREE_SUMMARY_EN =
  "Hukou elsewhere, lived here at least six months, and one of: stable employment, stable residence, continuous study — may apply for a residence permit";

/**
 * A pack's residence-permit pathway, cited to the local clause that restates the decree.
 * With `localTextOnly` it is a clause in force before the decree, and applies only what its own words
 * say (济源 四(二十一) in 2015: a hukou elsewhere and half a year's residence).
 */
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
  /** The id after the jurisdiction, where a jurisdiction has more than one (default "residence-permit"). */
  slug?: string;
  /** The clause predates the decree: only its own conditions apply (needs `quote` and `monthsCitation`). */
  localTextOnly?: boolean;
}): Pathway {
  const id = `${options.jurisdiction}.${options.slug ?? "residence-permit"}`;
  const months = cityMonthsAtLeastSix(
    parameter({
      id: `${id}.min-residence-months`,
      value: 6,
      citation: options.monthsCitation?.citation ?? RESIDENCE_PERMIT_DECREE_CITATION,
      period: options.period,
      quote: options.monthsCitation?.quote ?? "到其他城市居住半年以上",
    }),
  );
  const hukouElsewhere = holdsHukouElsewhere({ jurisdiction: options.jurisdiction, nameZh: options.nameZh });
  const common = {
    id,
    kind: "residence_permit" as const,
    areas: ALL_AREAS,
    citation: options.citation,
    period: options.period,
    decisions: DECISIONS,
  };
  if (options.localTextOnly) {
    if (!options.quote || !options.monthsCitation) throw new Error(`${id}: a local-text-only clause needs its quote and months citation`);
    return pathway({
      ...common,
      summary: `户口不在${options.nameZh}、在此居住满半年，可在居住地申领居住证`,
      summaryEn: "Hukou elsewhere and lived here at least six months — may apply for a residence permit where they live",
      quote: options.quote,
      conditions: [hukouElsewhere, months],
    });
  }
  return pathway({
    ...common,
    summary: `户口不在${options.nameZh}、在此居住满半年，并有合法稳定就业、合法稳定住所或连续就读之一，可申领居住证`,
    summaryEn: DECREE_SUMMARY_EN,
    quote: options.quote ? `${options.quote}（《居住证暂行条例》第二条：${RESIDENCE_PERMIT_DECREE_QUOTE}）` : RESIDENCE_PERMIT_DECREE_QUOTE,
    conditions: decreeConditions({ id, hukouElsewhere, months }),
  });
}

const NATIONAL_ID = "national.residence-permit";

/**
 * The decree itself, for any jurisdiction, on the dates when no local clause is in force (韶关 after its
 * trial measures expired, 黔南 in 2016–2017 …). "Hukou elsewhere" is read against the requested jurisdiction.
 */
export const nationalResidencePermitPathway: Pathway = pathway({
  id: NATIONAL_ID,
  kind: "residence_permit",
  areas: ALL_AREAS,
  citation: RESIDENCE_PERMIT_DECREE_CITATION,
  period: RESIDENCE_PERMIT_DECREE_PERIOD,
  summary: "户口不在申请地、在此居住满半年，并有合法稳定就业、合法稳定住所或连续就读之一，可申领居住证",
  summaryEn: DECREE_SUMMARY_EN,
  quote: RESIDENCE_PERMIT_DECREE_QUOTE,
  conditions: decreeConditions({
    id: NATIONAL_ID,
    hukouElsewhere: holdsHukouOutsideRequested,
    months: cityMonthsAtLeastSix(
      parameter({
        id: `${NATIONAL_ID}.min-residence-months`,
        value: 6,
        citation: RESIDENCE_PERMIT_DECREE_CITATION,
        period: RESIDENCE_PERMIT_DECREE_PERIOD,
        quote: "到其他城市居住半年以上",
      }),
    ),
  }),
  decisions: DECISIONS,
});
