-- CreateEnum
CREATE TYPE "DocumentReview" AS ENUM ('PENDING', 'ACCEPTED', 'PROBLEM');

-- CreateEnum
CREATE TYPE "CertificateKind" AS ENUM ('SETTLEMENT_NOTICE', 'RESIDENCE_PERMIT', 'REGISTRATION_NOTICE');

-- CreateEnum
CREATE TYPE "CalendarDayKind" AS ENUM ('HOLIDAY', 'WORKDAY');

-- DropIndex
DROP INDEX "Application_stationId_status_idx";

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "address" TEXT,
ADD COLUMN     "againstEngine" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "clockPausedAt" TIMESTAMP(3),
ADD COLUMN     "clockStartedAt" TIMESTAMP(3),
ADD COLUMN     "createKey" TEXT,
ADD COLUMN     "decisionClause" TEXT,
ADD COLUMN     "decisionPathwayId" TEXT,
ADD COLUMN     "eligibleAtSubmission" BOOLEAN,
ADD COLUMN     "explanation" TEXT,
ADD COLUMN     "flagNote" TEXT,
ADD COLUMN     "flaggedAt" TIMESTAMP(3),
ADD COLUMN     "formData" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "pausedWorkingDays" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "permitId" UUID,
ADD COLUMN     "placement" JSONB,
ADD COLUMN     "sectionsDone" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "targetUnitId" UUID;

-- AlterTable
ALTER TABLE "ApplicationMember" ADD COLUMN     "approved" BOOLEAN,
ADD COLUMN     "eligible" BOOLEAN,
ADD COLUMN     "sex" "Sex";

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "requestId" UUID,
ADD COLUMN     "review" "DocumentReview" NOT NULL DEFAULT 'PENDING',
ADD COLUMN     "reviewNote" TEXT;

-- AlterTable
ALTER TABLE "Jurisdiction" ADD COLUMN     "regionCode" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "identityVerifiedAt" TIMESTAMP(3),
ADD COLUMN     "stationLead" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "MaterialsRequest" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "items" JSONB NOT NULL,
    "message" TEXT,
    "requestedById" UUID NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" TIMESTAMP(3),
    "answerNote" TEXT,

    CONSTRAINT "MaterialsRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notice" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "applicationId" UUID,
    "kind" TEXT NOT NULL,
    "data" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rating" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "score" INTEGER NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Rating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Certificate" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "CertificateKind" NOT NULL,
    "applicationId" UUID,
    "permitId" UUID,
    "holderId" UUID NOT NULL,
    "stationId" UUID NOT NULL,
    "issuedOn" DATE NOT NULL,
    "data" JSONB NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarDay" (
    "date" DATE NOT NULL,
    "kind" "CalendarDayKind" NOT NULL,
    "name" TEXT NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "CalendarDay_pkey" PRIMARY KEY ("date")
);

-- CreateIndex
CREATE INDEX "MaterialsRequest_applicationId_requestedAt_idx" ON "MaterialsRequest"("applicationId", "requestedAt");

-- CreateIndex
CREATE INDEX "Notice_userId_createdAt_idx" ON "Notice"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Rating_applicationId_key" ON "Rating"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_code_key" ON "Certificate"("code");

-- CreateIndex
CREATE INDEX "Certificate_applicationId_idx" ON "Certificate"("applicationId");

-- CreateIndex
CREATE INDEX "Certificate_permitId_idx" ON "Certificate"("permitId");

-- CreateIndex
CREATE UNIQUE INDEX "Application_createKey_key" ON "Application"("createKey");

-- CreateIndex
CREATE INDEX "Application_stationId_status_dueAt_idx" ON "Application"("stationId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "Document_sha256_idx" ON "Document"("sha256");

-- CreateIndex
CREATE INDEX "ResidencePermit_status_validUntil_idx" ON "ResidencePermit"("status", "validUntil");

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_targetUnitId_fkey" FOREIGN KEY ("targetUnitId") REFERENCES "Jurisdiction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_permitId_fkey" FOREIGN KEY ("permitId") REFERENCES "ResidencePermit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "MaterialsRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaterialsRequest" ADD CONSTRAINT "MaterialsRequest_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaterialsRequest" ADD CONSTRAINT "MaterialsRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notice" ADD CONSTRAINT "Notice_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notice" ADD CONSTRAINT "Notice_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_permitId_fkey" FOREIGN KEY ("permitId") REFERENCES "ResidencePermit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_holderId_fkey" FOREIGN KEY ("holderId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_stationId_fkey" FOREIGN KEY ("stationId") REFERENCES "Jurisdiction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Hand-written constraints (docs/decisions/0003) for the casework tables.
-- ---------------------------------------------------------------------------------------------
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_score_range" CHECK ("score" BETWEEN 1 AND 5);
ALTER TABLE "MaterialsRequest" ADD CONSTRAINT "MaterialsRequest_items_list"
  CHECK (jsonb_typeof("items") = 'array' AND jsonb_array_length("items") > 0);
ALTER TABLE "Application" ADD CONSTRAINT "Application_paused_nonnegative" CHECK ("pausedWorkingDays" >= 0);
-- A submitted case carries its clock; a case the engine refused carries the applicant's explanation.
ALTER TABLE "Application" ADD CONSTRAINT "Application_submitted_has_clock"
  CHECK ("status" = 'DRAFT' OR "submittedAt" IS NOT NULL OR "status" = 'WITHDRAWN');
ALTER TABLE "Application" ADD CONSTRAINT "Application_not_eligible_explained"
  CHECK ("eligibleAtSubmission" IS DISTINCT FROM false OR "status" = 'DRAFT'
         OR length(btrim(coalesce("explanation", ''))) > 0);
-- Approving against the engine needs a written reason.
ALTER TABLE "Application" ADD CONSTRAINT "Application_against_engine_reason"
  CHECK (NOT "againstEngine" OR length(btrim(coalesce("decisionReason", ''))) > 0);

-- Application numbers SQ-<year>-<n> for cases created online; the demo data uses n < 100000.
CREATE SEQUENCE "application_number_seq" START WITH 100001;

-- The holiday calendar (reference data, edited by administrators afterwards; docs/decisions/0010).
-- Weekends need no rows; rows are the holidays and the make-up working days of each year's arrangement.
INSERT INTO "CalendarDay" ("date", "kind", "name", "source") VALUES
  ('2025-01-01', 'HOLIDAY', '元旦', '国务院办公厅关于2025年部分节假日安排的通知'),
  ('2025-01-28', 'HOLIDAY', '春节', '国务院办公厅关于2025年部分节假日安排的通知'),
  ('2025-01-29', 'HOLIDAY', '春节', '国务院办公厅关于2025年部分节假日安排的通知'),
  ('2025-01-30', 'HOLIDAY', '春节', '国务院办公厅关于2025年部分节假日安排的通知'),
  ('2025-01-31', 'HOLIDAY', '春节', '国务院办公厅关于2025年部分节假日安排的通知'),
  ('2025-02-01', 'HOLIDAY', '春节', '国务院办公厅关于2025年部分节假日安排的通知'),
  ('2025-02-02', 'HOLIDAY', '春节', '国务院办公厅关于2025年部分节假日安排的通知'),
  ('2025-02-03', 'HOLIDAY', '春节', '国务院办公厅关于2025年部分节假日安排的通知'),
  ('2025-02-04', 'HOLIDAY', '春节', '国务院办公厅关于2025年部分节假日安排的通知'),
  ('2025-01-26', 'WORKDAY', '春节调休上班', '国务院办公厅关于2025年部分节假日安排的通知'),
  ('2025-02-08', 'WORKDAY', '春节调休上班', '国务院办公厅关于2025年部分节假日安排的通知'),
  ('2025-04-04', 'HOLIDAY', '清明节', '国务院办公厅关于2025年部分节假日安排的通知'),
  ('2025-04-05', 'HOLIDAY', '清明节', '国务院办公厅关于2025年部分节假日安排的通知'),
  ('2025-04-06', 'HOLIDAY', '清明节', '国务院办公厅关于2025年部分节假日安排的通知'),
  ('2025-05-01', 'HOLIDAY', '劳动节', '国务院办公厅关于2025年部分节假日安排的通知'),
  ('2025-05-02', 'HOLIDAY', '劳动节', '国务院办公厅关于2025年部分节假日安排的通知'),
  ('2025-05-03', 'HOLIDAY', '劳动节', '国务院办公厅关于2025年部分节假日安排的通知'),
  ('2025-05-04', 'HOLIDAY', '劳动节', '国务院办公厅关于2025年部分节假日安排的通知'),
  ('2025-05-05', 'HOLIDAY', '劳动节', '国务院办公厅关于2025年部分节假日安排的通知'),
  ('2025-04-27', 'WORKDAY', '劳动节调休上班', '国务院办公厅关于2025年部分节假日安排的通知'),
  ('2025-05-31', 'HOLIDAY', '端午节', '国务院办公厅关于2025年部分节假日安排的通知'),
  ('2025-06-01', 'HOLIDAY', '端午节', '国务院办公厅关于2025年部分节假日安排的通知'),
  ('2025-06-02', 'HOLIDAY', '端午节', '国务院办公厅关于2025年部分节假日安排的通知'),
  ('2025-10-01', 'HOLIDAY', '国庆节、中秋节', '国务院办公厅关于2025年部分节假日安排的通知'),
  ('2025-10-02', 'HOLIDAY', '国庆节、中秋节', '国务院办公厅关于2025年部分节假日安排的通知'),
  ('2025-10-03', 'HOLIDAY', '国庆节、中秋节', '国务院办公厅关于2025年部分节假日安排的通知'),
  ('2025-10-04', 'HOLIDAY', '国庆节、中秋节', '国务院办公厅关于2025年部分节假日安排的通知'),
  ('2025-10-05', 'HOLIDAY', '国庆节、中秋节', '国务院办公厅关于2025年部分节假日安排的通知'),
  ('2025-10-06', 'HOLIDAY', '国庆节、中秋节', '国务院办公厅关于2025年部分节假日安排的通知'),
  ('2025-10-07', 'HOLIDAY', '国庆节、中秋节', '国务院办公厅关于2025年部分节假日安排的通知'),
  ('2025-10-08', 'HOLIDAY', '国庆节、中秋节', '国务院办公厅关于2025年部分节假日安排的通知'),
  ('2025-09-28', 'WORKDAY', '国庆节调休上班', '国务院办公厅关于2025年部分节假日安排的通知'),
  ('2025-10-11', 'WORKDAY', '国庆节调休上班', '国务院办公厅关于2025年部分节假日安排的通知'),
  ('2026-01-01', 'HOLIDAY', '元旦', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-01-02', 'HOLIDAY', '元旦', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-01-03', 'HOLIDAY', '元旦', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-01-04', 'WORKDAY', '元旦调休上班', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-02-15', 'HOLIDAY', '春节', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-02-16', 'HOLIDAY', '春节', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-02-17', 'HOLIDAY', '春节', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-02-18', 'HOLIDAY', '春节', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-02-19', 'HOLIDAY', '春节', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-02-20', 'HOLIDAY', '春节', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-02-21', 'HOLIDAY', '春节', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-02-22', 'HOLIDAY', '春节', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-02-23', 'HOLIDAY', '春节', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-02-14', 'WORKDAY', '春节调休上班', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-02-28', 'WORKDAY', '春节调休上班', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-04-04', 'HOLIDAY', '清明节', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-04-05', 'HOLIDAY', '清明节', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-04-06', 'HOLIDAY', '清明节', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-05-01', 'HOLIDAY', '劳动节', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-05-02', 'HOLIDAY', '劳动节', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-05-03', 'HOLIDAY', '劳动节', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-05-04', 'HOLIDAY', '劳动节', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-05-05', 'HOLIDAY', '劳动节', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-05-09', 'WORKDAY', '劳动节调休上班', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-06-19', 'HOLIDAY', '端午节', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-06-20', 'HOLIDAY', '端午节', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-06-21', 'HOLIDAY', '端午节', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-09-25', 'HOLIDAY', '中秋节', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-09-26', 'HOLIDAY', '中秋节', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-09-27', 'HOLIDAY', '中秋节', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-10-01', 'HOLIDAY', '国庆节', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-10-02', 'HOLIDAY', '国庆节', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-10-03', 'HOLIDAY', '国庆节', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-10-04', 'HOLIDAY', '国庆节', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-10-05', 'HOLIDAY', '国庆节', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-10-06', 'HOLIDAY', '国庆节', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-10-07', 'HOLIDAY', '国庆节', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-09-20', 'WORKDAY', '国庆节调休上班', '国务院办公厅关于2026年部分节假日安排的通知'),
  ('2026-10-10', 'WORKDAY', '国庆节调休上班', '国务院办公厅关于2026年部分节假日安排的通知')
ON CONFLICT ("date") DO NOTHING;
