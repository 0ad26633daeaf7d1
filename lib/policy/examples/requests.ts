// The request of an example, exactly the raw JSON body the API or the CLI would receive: where, when, and
// the applicant's facts (born APPLICANT unless the case says otherwise).
import type { Area, JurisdictionCode, Kind } from "../types";

/** A date on which every policy is in force (韶关 runs 2017-10-23..2020-10-22, 黔南 from 2018). */
export const AS_OF = "2019-06-01";
export const APPLICANT = "1988-05-20";

type Json = Record<string, unknown>;

export function request(
  jurisdiction: JurisdictionCode,
  area: Area,
  applicant: Json,
  more: { kind?: Kind; asOf?: string; members?: Json[] } = {},
): Json {
  return {
    jurisdiction,
    area,
    kind: more.kind ?? "settlement",
    asOf: more.asOf ?? AS_OF,
    applicant: { birthDate: APPLICANT, ...applicant },
    ...(more.members ? { members: more.members } : {}),
  };
}

export const hukou = (jurisdiction: string, area: Area, formerNature: string | null = null): Json => ({
  jurisdiction,
  area,
  formerNature,
});
export const ELSEWHERE_RURAL = hukou("elsewhere", "rural", "agricultural");
export const ELSEWHERE_TOWN = hukou("elsewhere", "town", "non_agricultural");

/** A graduate: the hukou now (often the college's), the degree, and where the hukou was before study. */
export const graduate = (now: Json, level: string, before: { jurisdiction: string; area: Area }): Json => ({
  hukou: now,
  education: { level, hukouBeforeStudy: before },
});
