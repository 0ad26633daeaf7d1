// Facts that cannot all be true (ELIGIBILITY-V1 "Invalid requests", added 2026-12-07). ONE function finds
// them, for the schema every door validates with (API, CLI, self-check) and for the application's task
// list, which reads the same facts as typed strings; so a form and the API can never disagree on what is
// a contradiction (docs/decisions/0256-contradictory-facts.md).
// The input is loose on purpose: an unanswered fact (null/undefined) contradicts nothing.
import { isRealIsoDate } from "./dates";
import type { IsoDate } from "./vocabulary";

export const CONTRADICTION_RULES = ["cityBelowDwelling", "monthsOverAge", "oneSpouse", "publicSectorHireWithoutJob"] as const;
export type ContradictionRule = (typeof CONTRADICTION_RULES)[number];

/** The English message of each rule (the API's words); it names the facts, `paths` names the fields. */
export const CONTRADICTION_MESSAGES: Readonly<Record<ContradictionRule, string>> = {
  cityBelowDwelling: "must not be less than applicant.residence.months: the city includes the dwelling",
  monthsOverAge: "must not be more months than the person has been alive on asOf (see birthDate)",
  oneSpouse: "only one member may be a spouse",
  publicSectorHireWithoutJob: "a new public-sector hire cannot have employment.type none",
};

export interface Contradiction {
  rule: ContradictionRule;
  /** The field to correct first (the issue's `path`). */
  path: string;
  /** Every field involved, `path` first. */
  paths: string[];
}

type Maybe<T> = T | null | undefined;

export interface ContradictionFacts {
  asOf: Maybe<IsoDate>;
  applicant?: Maybe<{
    birthDate?: Maybe<IsoDate>;
    residence?: Maybe<{ months?: Maybe<number>; cityMonths?: Maybe<number> }>;
    employment?: Maybe<{ type?: Maybe<string>; months?: Maybe<number>; newPublicSectorHire?: Maybe<boolean> }>;
    socialInsurance?: Maybe<{ urbanMonths?: Maybe<number> }>;
  }>;
  members?: Maybe<readonly Maybe<{ relation?: Maybe<string>; birthDate?: Maybe<IsoDate>; urbanInsuranceMonths?: Maybe<number> }>[]>;
}

/**
 * Months lived from `birth` to `on`, a begun month counted whole (people round "1 month and 20 days"
 * up to 2): a count above this cannot be true. Null when a date is missing or not real.
 */
export function monthsAlive(options: { birthDate: Maybe<string>; on: Maybe<string> }): number | null {
  const { birthDate: b, on } = options;
  if (!b || !on || !isRealIsoDate(b) || !isRealIsoDate(on) || b > on) return null;
  const full = (Number(on.slice(0, 4)) - Number(b.slice(0, 4))) * 12 + Number(on.slice(5, 7)) - Number(b.slice(5, 7));
  const dayOn = Number(on.slice(8, 10));
  const dayBorn = Number(b.slice(8, 10));
  // Not yet the month-day of birth in this month: that month is begun, not full, and counts as one.
  return dayOn === dayBorn ? full : full + (dayOn < dayBorn ? 0 : 1);
}

const isCount = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;

export function findContradictions(facts: ContradictionFacts): Contradiction[] {
  const out: Contradiction[] = [];
  const a = facts.applicant ?? {};
  const residence = a.residence ?? {};
  if (isCount(residence.cityMonths) && isCount(residence.months) && residence.cityMonths < residence.months) {
    out.push({
      rule: "cityBelowDwelling",
      path: "applicant.residence.cityMonths",
      paths: ["applicant.residence.cityMonths", "applicant.residence.months"],
    });
  }
  const alive = monthsAlive({ birthDate: a.birthDate, on: facts.asOf });
  if (alive !== null) {
    const counts: [string, Maybe<number>][] = [
      ["applicant.residence.months", residence.months],
      ["applicant.residence.cityMonths", residence.cityMonths],
      ["applicant.employment.months", a.employment?.months],
      ["applicant.socialInsurance.urbanMonths", a.socialInsurance?.urbanMonths],
    ];
    for (const [path, n] of counts) {
      if (isCount(n) && n > alive) out.push({ rule: "monthsOverAge", path, paths: [path, "applicant.birthDate"] });
    }
  }
  const members = facts.members ?? [];
  members.forEach((m, i) => {
    const alive = monthsAlive({ birthDate: m?.birthDate, on: facts.asOf });
    const n = m?.urbanInsuranceMonths;
    if (alive !== null && isCount(n) && n > alive) {
      out.push({
        rule: "monthsOverAge",
        path: `members[${i}].urbanInsuranceMonths`,
        paths: [`members[${i}].urbanInsuranceMonths`, `members[${i}].birthDate`],
      });
    }
  });
  const spouses = members.flatMap((m, i) => (m?.relation === "spouse" ? [`members[${i}].relation`] : []));
  if (spouses.length > 1) out.push({ rule: "oneSpouse", path: spouses[1], paths: [spouses[1], ...spouses.filter((_, k) => k !== 1)] });
  const employment = a.employment ?? {};
  if (employment.newPublicSectorHire === true && employment.type === "none") {
    out.push({
      rule: "publicSectorHireWithoutJob",
      path: "applicant.employment.newPublicSectorHire",
      paths: ["applicant.employment.newPublicSectorHire", "applicant.employment.type"],
    });
  }
  return out;
}
