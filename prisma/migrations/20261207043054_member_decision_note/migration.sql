-- AlterTable
ALTER TABLE "ApplicationMember" ADD COLUMN     "decisionNote" TEXT,
ADD COLUMN     "idIssued" BOOLEAN NOT NULL DEFAULT false;
