// Small builders so each example reads as the case it tells: who applies, where, and what the
// answer must be. Requests are raw JSON bodies, exactly what the API or the CLI would receive.
import type { Area, JurisdictionCode, Kind } from "../types";

/** A date on which every policy is in force (韶关 runs 2017-10-23..2020-10-22, 黔南 from 2018). */
export const AS_OF = "2019-06-01";
/** Turns 18 on AS_OF: an adult that day. */
export const TURNS_18_TODAY = "2001-06-01";
/** Turns 18 the day after AS_OF: still a minor. */
export const TURNS_18_TOMORROW = "2001-06-02";
export const CHILD = "2010-03-15";
export const ADULT = "1995-01-01";
export const APPLICANT = "1988-05-20";
export const PARENT = "1960-01-01";
export const GRANDPARENT = "1936-01-01";
export const GRANDCHILD = "2016-01-01";

export interface ExpectedUnmet {
  fact: string;
  need?: string;
  got?: unknown;
}

export interface ExpectedPathway {
  id: string;
  met: boolean;
  /** false: the pathway must not be listed at all (another area, another kind, or not applicable). */
  listed?: false;
  /** Unmet facts that must be reported (others may be reported too). */
  unmet?: ExpectedUnmet[];
}

export interface ExpectedMember {
  index: number;
  eligible: boolean;
  /** The met pathway the member comes along under. */
  pathwayId?: string;
}

export interface EligibilityExample {
  id: string;
  titleZh: string;
  titleEn: string;
  request: Record<string, unknown>;
  expect: {
    eligible?: boolean;
    reason?: "NO_POLICY_IN_FORCE" | null;
    /** The policy that must answer (its id). */
    policyId?: string;
    pathways?: ExpectedPathway[];
    members?: ExpectedMember[];
    notes?: string[];
  };
}

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

export const met = (id: string): ExpectedPathway => ({ id, met: true });
export const unmet = (id: string, ...facts: ExpectedUnmet[]): ExpectedPathway => ({ id, met: false, unmet: facts });
export const notListed = (id: string): ExpectedPathway => ({ id, met: false, listed: false });

export const hukou = (jurisdiction: string, area: Area, formerNature: string | null = null): Json => ({
  jurisdiction,
  area,
  formerNature,
});
export const ELSEWHERE_RURAL = hukou("elsewhere", "rural", "agricultural");
export const ELSEWHERE_TOWN = hukou("elsewhere", "town", "non_agricultural");

export const spouse = (coResident = true): Json => ({ relation: "spouse", birthDate: "1989-02-03", coResident });
export const child = (birthDate: string, extra: Json = {}): Json => ({ relation: "child", birthDate, coResident: true, ...extra });
export const parent = (extra: Json = {}): Json => ({ relation: "parent", birthDate: PARENT, coResident: true, ...extra });
export const grandparent = (extra: Json = {}): Json => ({ relation: "grandparent", birthDate: GRANDPARENT, ...extra });
export const grandchild = (extra: Json = {}): Json => ({ relation: "grandchild", birthDate: GRANDCHILD, ...extra });

/** Every one of `count` members comes along under `pathwayId`. */
export const allEligible = (count: number, pathwayId: string): ExpectedMember[] =>
  Array.from({ length: count }, (_, index) => ({ index, eligible: true, pathwayId }));
/** None of `count` members may come along. */
export const noneEligible = (count: number): ExpectedMember[] => Array.from({ length: count }, (_, index) => ({ index, eligible: false }));
