// The demo data as plain values, built in memory before anything touches the database. Rows refer to
// each other by natural key (jurisdiction code, citizen ID, household number, username, permit number,
// application number); the writer resolves those keys to ids.
import type {
  ApplicationKind,
  ApplicationStatus,
  AreaKind,
  HouseholdType,
  JurisdictionLevel,
  PermitStatus,
  Relation,
  Role,
  Sex,
} from "@/lib/generated/prisma/client";

/** A calendar date, YYYY-MM-DD. */
export type IsoDay = string;

export interface PlannedJurisdiction {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  level: JurisdictionLevel;
  area: AreaKind;
  path: string;
  policyCode: string | null;
  regionCode: string | null;
  parentCode: string | null;
}

export interface PlannedPerson {
  id: string;
  citizenId: string;
  name: string;
  sex: Sex;
  birthDate: IsoDay;
  phone: string | null;
  formerNames: string[];
  ethnicity: string;
  deceasedOn: IsoDay | null;
}

export interface PlannedMembership {
  id: string;
  citizenId: string;
  relation: Relation;
  validFrom: IsoDay;
  validTo: IsoDay | null;
  reason: string | null;
  /** The number of the demo case whose approval opened this membership: written as its `applicationId`. */
  applicationNumber?: string | null;
}

export interface PlannedHousehold {
  id: string;
  householdNumber: string;
  type: HouseholdType;
  address: string;
  area: AreaKind;
  stationCode: string;
  closedOn: IsoDay | null;
  memberships: PlannedMembership[];
}

export interface PlannedUser {
  id: string;
  username: string;
  displayName: string;
  /** Staff: the 警号 (six digits, unique); applicants: null. */
  badgeNumber: string | null;
  role: Role;
  stationCode: string | null;
  jurisdictionCode: string | null;
  citizenId: string | null;
}

export interface PlannedEndorsement {
  id: string;
  endorsedOn: IsoDay;
  validUntil: IsoDay;
  late: boolean;
  byUsername: string | null;
}

export interface PlannedPermit {
  id: string;
  number: string;
  holderCitizenId: string;
  jurisdictionCode: string;
  stationCode: string;
  address: string;
  issuedOn: IsoDay;
  residenceSince: IsoDay;
  validUntil: IsoDay;
  status: PermitStatus;
  endorsements: PlannedEndorsement[];
}

export interface PlannedApplicationMember {
  id: string;
  position: number;
  relation: Relation;
  citizenId: string | null;
  /** Set when the member is (or became) a person of the registry. */
  personCitizenId: string | null;
  name: string;
  sex: "MALE" | "FEMALE";
  birthDate: IsoDay;
  facts: Record<string, unknown>;
}

export interface PlannedDocument {
  id: string;
  kind: string;
  fileName: string;
  sha256: string;
  sizeBytes: number;
  mediaType: string;
  uploadedByUsername: string;
  createdAt: Date;
}

export interface PlannedCaseEvent {
  id: string;
  actorUsername: string;
  fromStatus: ApplicationStatus | null;
  toStatus: ApplicationStatus;
  reason: string | null;
  clause: string | null;
  createdAt: Date;
}

export interface PlannedApplication {
  id: string;
  number: string;
  kind: ApplicationKind;
  status: ApplicationStatus;
  targetJurisdictionCode: string;
  targetArea: AreaKind;
  stationCode: string;
  applicantUsername: string;
  applicantCitizenId: string;
  facts: Record<string, unknown>;
  decisionSnapshot: Record<string, unknown> | null;
  policyId: string | null;
  policyVersion: string | null;
  assigneeUsername: string | null;
  submittedAt: Date | null;
  dueAt: Date | null;
  clockStartedAt: Date | null;
  clockPausedAt: Date | null;
  pausedWorkingDays: number;
  decidedAt: Date | null;
  decisionReason: string | null;
  decisionClause: string | null;
  decisionPathwayId: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  members: PlannedApplicationMember[];
  documents: PlannedDocument[];
  events: PlannedCaseEvent[];
}

export interface DemoPlan {
  jurisdictions: PlannedJurisdiction[];
  persons: PlannedPerson[];
  households: PlannedHousehold[];
  users: PlannedUser[];
  permits: PlannedPermit[];
  applications: PlannedApplication[];
}
