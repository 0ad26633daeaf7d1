-- CreateEnum
CREATE TYPE "SettlementCategory" AS ENUM ('AGRI_TRANSFER', 'OTHER_RESIDENT', 'EXCLUDED_CONVERSION', 'LOCAL_URBAN_MOVE', 'NOT_TOWN', 'UNCLASSIFIED');

-- CreateTable
CREATE TABLE "SettlementRecord" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "personId" UUID,
    "decidedOn" DATE NOT NULL,
    "stationId" UUID NOT NULL,
    "pathwayId" TEXT,
    "clause" TEXT,
    "category" "SettlementCategory" NOT NULL,

    CONSTRAINT "SettlementRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SettlementRecord_decidedOn_stationId_pathwayId_clause_categ_idx" ON "SettlementRecord"("decidedOn", "stationId", "pathwayId", "clause", "category");

-- CreateIndex
CREATE INDEX "SettlementRecord_applicationId_idx" ON "SettlementRecord"("applicationId");

-- AddForeignKey
ALTER TABLE "SettlementRecord" ADD CONSTRAINT "SettlementRecord_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
