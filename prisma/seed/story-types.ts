// The shape of a demo case story: who applies, from where, with which facts and family, and what
// happened to the case when. applications.ts turns each story into persons, an application with its
// members, documents and case events, and the registry changes a decision brings.
import type { ApplicationKind, ApplicationStatus, AreaKind, Relation, Sex } from "@/lib/generated/prisma/client";
import type { PolicyCode } from "./jurisdiction-tree";
import type { PermitPattern } from "./permits";

export interface StoryPerson {
  sex: Sex;
  birthDate: string;
  name?: string;
  surname?: string;
  ethnicity?: string;
}

/** A household of the registry the applicant belongs to before applying. */
export interface LocalHome {
  station: string;
  area: AreaKind;
  since: string;
  address?: string;
  formerNature?: "agricultural" | "non_agricultural";
  /** Members of the home who are not part of the application. */
  others?: (StoryPerson & { relation: Relation })[];
}

export type Origin =
  | { type: "elsewhere"; region: string; area: "town" | "rural"; formerNature: "agricultural" | "non_agricultural" }
  | { type: "local"; home: LocalHome; relation: Relation }
  | { type: "none"; region: string };

export interface StoryMember extends StoryPerson {
  relation: "spouse" | "child" | "parent" | "grandparent" | "grandchild";
  /** Their relation in the applicant's local home, for local applicants. */
  homeRelation?: Relation;
  coResident?: boolean;
  married?: boolean;
  hasIncome?: boolean;
  urbanInsuranceMonths?: number;
  /** The child whose birth is being registered: no person, no citizen ID until approved. */
  newborn?: boolean;
}

/** The applicant block of ELIGIBILITY-V1 without birthDate and hukou, which come from the person. */
export interface ApplicantFacts {
  residence?: { type: string; months: number; ownDoorNumber?: boolean };
  employment?: { type: string; months: number; newPublicSectorHire?: boolean };
  stableIncome?: boolean;
  socialInsurance?: { urbanMonths: number; medical: boolean };
  education?: { level: string; returnedFromAbroad?: boolean; admittedLocally?: boolean };
  technicalWorker?: boolean;
  talent?: { introduced?: boolean; outstandingContribution?: boolean; marketRecognised?: boolean };
  investor?: boolean;
  relocatedPoverty?: boolean;
  joining?: { relation: "spouse" | "parent" | "child"; area?: "central_urban" | "town" | "rural" } | null;
  studying?: boolean;
}

/** Moments in China time, "YYYY-MM-DD HH:mm". */
export interface Timeline {
  created: string;
  submitted?: string;
  taken?: string;
  materials?: { at: string; reason: string; back?: string; document?: string };
  decided?: string;
  withdrawn?: { at: string; reason: string };
}

export interface Story {
  key: string;
  /** A demo account name; other applicants get applicant-NN. */
  username?: string;
  /** The key of an earlier story by the same applicant. */
  sameApplicantAs?: string;
  kind: ApplicationKind;
  status: ApplicationStatus;
  policy: PolicyCode;
  area: AreaKind;
  station: string;
  applicant: StoryPerson;
  origin: Origin;
  facts: ApplicantFacts;
  members?: StoryMember[];
  timeline: Timeline;
  documents: string[];
  /** The address of the dwelling in the facts; drawn at the station when absent. */
  address?: string;
  /** Added to a rejection: what the applicant can do instead. */
  advice?: string;
  /** An approved residence-permit application issues a permit with this history. */
  permit?: { pattern: PermitPattern; endorseBefore?: string };
  /** A permit held before settling; the approval cancels it. */
  priorPermit?: { issuedOn: string };
}
