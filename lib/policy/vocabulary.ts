// The policy engine's vocabulary: the closed lists of fact values, the date type and the shape of a
// validation error. A leaf module (it imports nothing), so the facts schema, the date helpers and the
// contradiction rules read it without going through types.ts, which itself reads the schema.

export const JURISDICTIONS = ["jiyuan", "shaoguan", "wushen", "chenzhou", "qiannan"] as const;
export type JurisdictionCode = (typeof JURISDICTIONS)[number];

export const AREAS = ["central_urban", "town", "rural"] as const;
export type Area = (typeof AREAS)[number];

export const KINDS = ["settlement", "residence_permit"] as const;
export type Kind = (typeof KINDS)[number];

export const RESIDENCE_TYPES = ["owned", "rented_registered", "rented", "dormitory", "relative", "none"] as const;
export type ResidenceType = (typeof RESIDENCE_TYPES)[number];

export const EMPLOYMENT_TYPES = ["employee", "self_employed", "business_owner", "public_sector", "flexible", "none"] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export const EDUCATION_LEVELS = [
  "none",
  "secondary",
  "vocational",
  "technical_school",
  "college",
  "bachelor",
  "master",
  "doctorate",
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const RELATIONS = ["spouse", "child", "parent", "grandparent", "grandchild"] as const;
export type Relation = (typeof RELATIONS)[number];

export const JOINING_RELATIONS = ["spouse", "parent", "child"] as const;
export type JoiningRelation = (typeof JOINING_RELATIONS)[number];

export const FORMER_NATURES = ["agricultural", "non_agricultural"] as const;
export type FormerNature = (typeof FORMER_NATURES)[number];

/** A calendar date written YYYY-MM-DD. */
export type IsoDate = string;

export interface ValidationIssue {
  path: string;
  message: string;
  /** (added 2026-12-07) Facts that cannot all be true: every path involved, `path` first. */
  paths?: string[];
}

export interface ValidationError {
  error: { code: "VALIDATION"; issues: ValidationIssue[] };
}
