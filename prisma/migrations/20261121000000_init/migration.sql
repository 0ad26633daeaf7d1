-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "JurisdictionLevel" AS ENUM ('PROVINCE', 'CITY', 'COUNTY', 'TOWN', 'STATION');

-- CreateEnum
CREATE TYPE "AreaKind" AS ENUM ('CENTRAL_URBAN', 'TOWN', 'RURAL');

-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "HouseholdType" AS ENUM ('FAMILY', 'COLLECTIVE_UNIT', 'COLLECTIVE_COMMUNITY', 'COLLECTIVE_SCHOOL', 'COLLECTIVE_TALENT_MARKET');

-- CreateEnum
CREATE TYPE "Relation" AS ENUM ('HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'GRANDPARENT', 'GRANDCHILD', 'OTHER');

-- CreateEnum
CREATE TYPE "PermitStatus" AS ENUM ('VALID', 'SUSPENDED', 'EXPIRED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ApplicationKind" AS ENUM ('SETTLEMENT', 'RESIDENCE_PERMIT', 'PERMIT_ENDORSEMENT', 'NEWBORN_REGISTRATION', 'NO_HUKOU_REGISTRATION');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'NEEDS_MATERIALS', 'APPROVED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('APPLICANT', 'CLERK', 'SUPERVISOR', 'ADMIN');

-- CreateTable
CREATE TABLE "Jurisdiction" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "level" "JurisdictionLevel" NOT NULL,
    "area" "AreaKind" NOT NULL,
    "path" TEXT NOT NULL,
    "policyCode" TEXT,
    "parentId" UUID,

    CONSTRAINT "Jurisdiction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" UUID NOT NULL,
    "citizenId" CHAR(18) NOT NULL,
    "name" TEXT NOT NULL,
    "sex" "Sex" NOT NULL,
    "birthDate" DATE NOT NULL,
    "phone" TEXT,
    "formerNames" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "ethnicity" TEXT,
    "deceasedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Household" (
    "id" UUID NOT NULL,
    "householdNumber" TEXT NOT NULL,
    "type" "HouseholdType" NOT NULL,
    "address" TEXT NOT NULL,
    "area" "AreaKind" NOT NULL,
    "stationId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedOn" DATE,

    CONSTRAINT "Household_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "householdId" UUID NOT NULL,
    "relation" "Relation" NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "activePersonId" UUID,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResidencePermit" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "holderId" UUID NOT NULL,
    "jurisdictionId" UUID NOT NULL,
    "stationId" UUID NOT NULL,
    "address" TEXT NOT NULL,
    "issuedOn" DATE NOT NULL,
    "residenceSince" DATE NOT NULL,
    "validUntil" DATE NOT NULL,
    "status" "PermitStatus" NOT NULL DEFAULT 'VALID',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ResidencePermit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PermitEndorsement" (
    "id" UUID NOT NULL,
    "permitId" UUID NOT NULL,
    "endorsedOn" DATE NOT NULL,
    "validUntil" DATE NOT NULL,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "byUserId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PermitEndorsement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "kind" "ApplicationKind" NOT NULL,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'DRAFT',
    "targetJurisdictionId" UUID NOT NULL,
    "targetArea" "AreaKind" NOT NULL,
    "stationId" UUID NOT NULL,
    "applicantUserId" UUID NOT NULL,
    "applicantPersonId" UUID NOT NULL,
    "facts" JSONB NOT NULL,
    "decisionSnapshot" JSONB,
    "policyId" TEXT,
    "policyVersion" TEXT,
    "assigneeId" UUID,
    "submittedAt" TIMESTAMP(3),
    "dueAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),
    "decisionReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationMember" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "relation" "Relation" NOT NULL,
    "personId" UUID,
    "name" TEXT NOT NULL,
    "citizenId" CHAR(18),
    "birthDate" DATE NOT NULL,
    "facts" JSONB NOT NULL,

    CONSTRAINT "ApplicationMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "mediaType" TEXT NOT NULL,
    "uploadedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseEvent" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "actorId" UUID NOT NULL,
    "fromStatus" "ApplicationStatus",
    "toStatus" "ApplicationStatus" NOT NULL,
    "reason" TEXT,
    "clause" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "data" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "username" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "stationId" UUID,
    "jurisdictionId" UUID,
    "personId" UUID,
    "locale" TEXT NOT NULL DEFAULT 'zh-CN',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Jurisdiction_code_key" ON "Jurisdiction"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Jurisdiction_path_key" ON "Jurisdiction"("path");

-- CreateIndex
CREATE INDEX "Jurisdiction_parentId_idx" ON "Jurisdiction"("parentId");

-- CreateIndex
CREATE INDEX "Jurisdiction_level_idx" ON "Jurisdiction"("level");

-- CreateIndex
CREATE UNIQUE INDEX "Person_citizenId_key" ON "Person"("citizenId");

-- CreateIndex
CREATE UNIQUE INDEX "Household_householdNumber_key" ON "Household"("householdNumber");

-- CreateIndex
CREATE INDEX "Household_stationId_idx" ON "Household"("stationId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_activePersonId_key" ON "Membership"("activePersonId");

-- CreateIndex
CREATE INDEX "Membership_personId_idx" ON "Membership"("personId");

-- CreateIndex
CREATE INDEX "Membership_householdId_idx" ON "Membership"("householdId");

-- CreateIndex
CREATE UNIQUE INDEX "ResidencePermit_number_key" ON "ResidencePermit"("number");

-- CreateIndex
CREATE INDEX "ResidencePermit_holderId_idx" ON "ResidencePermit"("holderId");

-- CreateIndex
CREATE INDEX "ResidencePermit_stationId_status_idx" ON "ResidencePermit"("stationId", "status");

-- CreateIndex
CREATE INDEX "PermitEndorsement_permitId_idx" ON "PermitEndorsement"("permitId");

-- CreateIndex
CREATE UNIQUE INDEX "Application_number_key" ON "Application"("number");

-- CreateIndex
CREATE INDEX "Application_stationId_status_idx" ON "Application"("stationId", "status");

-- CreateIndex
CREATE INDEX "Application_applicantUserId_idx" ON "Application"("applicantUserId");

-- CreateIndex
CREATE INDEX "Application_targetJurisdictionId_status_idx" ON "Application"("targetJurisdictionId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationMember_applicationId_position_key" ON "ApplicationMember"("applicationId", "position");

-- CreateIndex
CREATE INDEX "Document_applicationId_idx" ON "Document"("applicationId");

-- CreateIndex
CREATE INDEX "CaseEvent_applicationId_createdAt_idx" ON "CaseEvent"("applicationId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_idx" ON "AuditEvent"("actorId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE UNIQUE INDEX "User_personId_key" ON "User"("personId");

-- AddForeignKey
ALTER TABLE "Jurisdiction" ADD CONSTRAINT "Jurisdiction_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Jurisdiction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Household" ADD CONSTRAINT "Household_stationId_fkey" FOREIGN KEY ("stationId") REFERENCES "Jurisdiction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResidencePermit" ADD CONSTRAINT "ResidencePermit_holderId_fkey" FOREIGN KEY ("holderId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResidencePermit" ADD CONSTRAINT "ResidencePermit_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResidencePermit" ADD CONSTRAINT "ResidencePermit_stationId_fkey" FOREIGN KEY ("stationId") REFERENCES "Jurisdiction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PermitEndorsement" ADD CONSTRAINT "PermitEndorsement_permitId_fkey" FOREIGN KEY ("permitId") REFERENCES "ResidencePermit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PermitEndorsement" ADD CONSTRAINT "PermitEndorsement_byUserId_fkey" FOREIGN KEY ("byUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_targetJurisdictionId_fkey" FOREIGN KEY ("targetJurisdictionId") REFERENCES "Jurisdiction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_stationId_fkey" FOREIGN KEY ("stationId") REFERENCES "Jurisdiction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_applicantUserId_fkey" FOREIGN KEY ("applicantUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_applicantPersonId_fkey" FOREIGN KEY ("applicantPersonId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationMember" ADD CONSTRAINT "ApplicationMember_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationMember" ADD CONSTRAINT "ApplicationMember_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_stationId_fkey" FOREIGN KEY ("stationId") REFERENCES "Jurisdiction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Hand-written constraints that schema.prisma cannot express (docs/decisions/0003).
-- The Prisma diff does not model CHECKs or triggers, so they do not disturb the
-- migrations-match-schema test; they are tested by tests/integration/constraints.test.ts.
-- ---------------------------------------------------------------------------------------------

-- Citizen ID: 18 characters, first 17 digits, last a digit or X (check digit verified in code);
-- birth date and sex must agree with the number (GB 11643: digits 7-14 date, digit 17 odd = male).
ALTER TABLE "Person" ADD CONSTRAINT "Person_citizenId_format"
  CHECK ("citizenId" ~ '^[1-9][0-9]{16}[0-9X]$');
ALTER TABLE "Person" ADD CONSTRAINT "Person_birthDate_matches_citizenId"
  CHECK (substr("citizenId", 7, 8) = to_char("birthDate", 'YYYYMMDD'));
ALTER TABLE "Person" ADD CONSTRAINT "Person_sex_matches_citizenId"
  CHECK (((substr("citizenId", 17, 1)::int % 2) = 1) = ("sex" = 'MALE'));

-- One person, one permanent hukou: an active membership carries activePersonId = personId,
-- an ended one carries NULL; the unique index on activePersonId does the rest.
-- IS NOT DISTINCT FROM, not =: a NULL comparison would make the CHECK pass silently.
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_active_marker"
  CHECK (("validTo" IS NULL AND "activePersonId" IS NOT DISTINCT FROM "personId")
      OR ("validTo" IS NOT NULL AND "activePersonId" IS NULL));
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_valid_period"
  CHECK ("validTo" IS NULL OR "validTo" >= "validFrom");

ALTER TABLE "ResidencePermit" ADD CONSTRAINT "ResidencePermit_valid_period"
  CHECK ("validUntil" >= "issuedOn" AND "residenceSince" <= "validUntil");
ALTER TABLE "PermitEndorsement" ADD CONSTRAINT "PermitEndorsement_valid_period"
  CHECK ("validUntil" > "endorsedOn");

ALTER TABLE "Application" ADD CONSTRAINT "Application_version_positive" CHECK ("version" >= 1);
ALTER TABLE "Application" ADD CONSTRAINT "Application_decided_has_time"
  CHECK ("status" NOT IN ('APPROVED', 'REJECTED') OR "decidedAt" IS NOT NULL);

ALTER TABLE "Document" ADD CONSTRAINT "Document_sha256_hex" CHECK ("sha256" ~ '^[0-9a-f]{64}$');
ALTER TABLE "Document" ADD CONSTRAINT "Document_size_nonnegative" CHECK ("sizeBytes" >= 0);

-- Every role carries the scope it needs.
ALTER TABLE "User" ADD CONSTRAINT "User_role_scope" CHECK (
  ("role" <> 'CLERK' OR "stationId" IS NOT NULL) AND
  ("role" <> 'SUPERVISOR' OR "jurisdictionId" IS NOT NULL) AND
  ("role" <> 'APPLICANT' OR "personId" IS NOT NULL));

-- The audit trail is append-only.
CREATE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only (% refused)', TG_OP;
END;
$$;
CREATE TRIGGER "AuditEvent_no_update_delete" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();
CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"();
