// The demo stories as tables: a city's cases share its policy and, mostly, one area, one station and the
// settlement kind, so a row names only what is its own (who, kind and status when they differ, dates,
// answers, family) and storyTable writes the rest. The stories it returns are those applications.ts reads.
import type { Sex } from "@/lib/generated/prisma/client";
import type { Story, StoryMember } from "./story-types";

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
