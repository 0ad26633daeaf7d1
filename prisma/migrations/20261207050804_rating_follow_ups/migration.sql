-- CreateEnum
CREATE TYPE "FollowUpStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "CaseEventKind" AS ENUM ('STATUS', 'FLAG', 'UNFLAG', 'REASSIGN');

-- AlterTable
ALTER TABLE "CaseEvent" ADD COLUMN     "kind" "CaseEventKind" NOT NULL DEFAULT 'STATUS';

-- CreateTable
CREATE TABLE "RatingFollowUp" (
    "id" UUID NOT NULL,
    "ratingId" UUID NOT NULL,
    "stationId" UUID NOT NULL,
    "dueOn" DATE NOT NULL,
    "status" "FollowUpStatus" NOT NULL DEFAULT 'OPEN',
    "note" TEXT,
    "closedById" UUID,
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RatingFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RatingFollowUp_ratingId_key" ON "RatingFollowUp"("ratingId");

-- CreateIndex
CREATE INDEX "RatingFollowUp_stationId_status_dueOn_idx" ON "RatingFollowUp"("stationId", "status", "dueOn");

-- AddForeignKey
ALTER TABLE "RatingFollowUp" ADD CONSTRAINT "RatingFollowUp_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "Rating"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RatingFollowUp" ADD CONSTRAINT "RatingFollowUp_stationId_fkey" FOREIGN KEY ("stationId") REFERENCES "Jurisdiction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RatingFollowUp" ADD CONSTRAINT "RatingFollowUp_closedById_fkey" FOREIGN KEY ("closedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A closed follow-up names who closed it, when, and what they found; an open one none of these.
ALTER TABLE "RatingFollowUp" ADD CONSTRAINT "RatingFollowUp_closed_check" CHECK (
  ("status" = 'OPEN' AND "closedById" IS NULL AND "closedAt" IS NULL)
  OR ("status" = 'CLOSED' AND "closedById" IS NOT NULL AND "closedAt" IS NOT NULL AND length(btrim(coalesce("note", ''))) > 0)
);

-- Case events written before the kind existed: 督办, its removal and 改派 kept the status (from = to) and
-- said what they were in the reason (lib/applications/flag-case.ts, reassign.ts).
UPDATE "CaseEvent" SET "kind" = 'FLAG' WHERE "fromStatus" = "toStatus" AND "reason" LIKE '督办：%';
UPDATE "CaseEvent" SET "kind" = 'UNFLAG' WHERE "fromStatus" = "toStatus" AND "reason" = '撤销督办';
UPDATE "CaseEvent" SET "kind" = 'REASSIGN' WHERE "fromStatus" = "toStatus" AND "reason" LIKE '改派给%';
