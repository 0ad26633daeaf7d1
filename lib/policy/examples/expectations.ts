// What an example expects of the answer: which pathways are met or not (and the unmet facts they report),
// which family members may come along. The example files build their cases from ./requests and ./family.

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

export const met = (id: string): ExpectedPathway => ({ id, met: true });
export const unmet = (id: string, ...facts: ExpectedUnmet[]): ExpectedPathway => ({ id, met: false, unmet: facts });
export const notListed = (id: string): ExpectedPathway => ({ id, met: false, listed: false });

/** Every one of `count` members comes along under `pathwayId`. */
export const allEligible = (count: number, pathwayId: string): ExpectedMember[] =>
  Array.from({ length: count }, (_, index) => ({ index, eligible: true, pathwayId }));
/** None of `count` members may come along. */
export const noneEligible = (count: number): ExpectedMember[] => Array.from({ length: count }, (_, index) => ({ index, eligible: false }));
