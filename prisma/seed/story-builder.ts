// The demo stories as tables: a city's cases share its policy and, mostly, one area, one station and the
// settlement kind, so a row names only what is its own (who, kind and status when they differ, dates,
// answers, family) and storyTable writes the rest. The stories it returns are those applications.ts reads.
import type { Sex } from "@/lib/generated/prisma/client";
import type { ApplicantFacts, Origin, Story, StoryMember } from "./story-types";

/** What a table's rows share unless a row says otherwise (all but the policy, which is the table's). */
export type StoryDefaults = Pick<Story, "policy" | "kind" | "area" | "station">;

/** A story of the table: the policy is the table's; kind, area and station default to it. */
export type StoryRow = Omit<Story, keyof StoryDefaults> & Partial<Omit<StoryDefaults, "policy">>;

export function storyTable(defaults: StoryDefaults, rows: StoryRow[]): Story[] {
  return rows.map((row) => ({ ...defaults, ...row }));
}

/** What a family member is besides relation, sex and birth date (name, surname, home relation, newborn…). */
type MemberDetails = Omit<StoryMember, "relation" | "sex" | "birthDate">;

const member =
  (relation: StoryMember["relation"]) =>
  (sex: Sex, birthDate: string, details: MemberDetails = {}): StoryMember => ({ relation, sex, birthDate, ...details });

/** A member of the application: `spouse("FEMALE", "1987-08-14")`, `child("MALE", "2026-10-11", { newborn: true })`. */
export const spouse = member("spouse");
export const child = member("child");
export const parent = member("parent");

/** Where the applicant lives: the dwelling's type and months, and "own door" when it has its own door number. */
type Dwelling = [type: string, months: number, door?: "own door"];

/** The rest of the answers; `insured`: months of urban social insurance, medical insurance with it (0: none). */
type MoreAnswers = Omit<ApplicantFacts, "residence" | "employment" | "socialInsurance"> & { insured?: number };

/**
 * An applicant's answers as a row: `answers(["rented", 36, "own door"], ["employee", 40], { stableIncome: true, insured: 30 })`
 * is `{ residence: { type: "rented", months: 36, ownDoorNumber: true }, employment: { type: "employee", months: 40 },
 * stableIncome: true, socialInsurance: { urbanMonths: 30, medical: true } }`.
 */
export function answers(dwelling: Dwelling, job: [type: string, months: number], more: MoreAnswers = {}): ApplicantFacts {
  const [type, months, door] = dwelling;
  const { stableIncome, insured, ...rest } = more;
  return {
    residence: door ? { type, months, ownDoorNumber: true } : { type, months },
    employment: { type: job[0], months: job[1] },
    ...(stableIncome === undefined ? {} : { stableIncome }),
    ...(insured === undefined ? {} : { socialInsurance: { urbanMonths: insured, medical: insured > 0 } }),
    ...rest,
  };
}

/** A hukou elsewhere: a rural one was agricultural, a town one non-agricultural (the former nature the registry keeps). */
export const elsewhere = (region: string, area: "rural" | "town"): Origin => ({
  type: "elsewhere",
  region,
  area,
  formerNature: area === "rural" ? "agricultural" : "non_agricultural",
});
