-- CreateTable
CREATE TABLE "ReformTarget" (
    "id" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "metric" TEXT NOT NULL,
    "fromYear" INTEGER NOT NULL,
    "toYear" INTEGER NOT NULL,
    "value" DECIMAL(12,2),
    "baseYear" INTEGER,
    "sourceDocument" TEXT NOT NULL,
    "sourceClause" TEXT NOT NULL,
    "note" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReformTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PopulationStat" (
    "id" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "residentTotal" INTEGER NOT NULL,
    "residentUrban" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PopulationStat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentInput" (
    "id" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "requiredIncrease" DECIMAL(6,2),
    "hukouTotalPrev" INTEGER,
    "hukouUrbanPrev" INTEGER,
    "hukouTotal" INTEGER,
    "hukouUrban" INTEGER,
    "agriTransferSettlements" INTEGER,
    "otherSettlements" INTEGER,
    "urbanIncreaseTotal" INTEGER,
    "relocatedSettled" INTEGER,
    "relocatedMovedIn" INTEGER,
    "source" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AssessmentInput_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReformTarget_unitId_metric_fromYear_toYear_key" ON "ReformTarget"("unitId", "metric", "fromYear", "toYear");

-- CreateIndex
CREATE UNIQUE INDEX "PopulationStat_unitId_year_key" ON "PopulationStat"("unitId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentInput_unitId_year_key" ON "AssessmentInput"("unitId", "year");

-- AddForeignKey
ALTER TABLE "ReformTarget" ADD CONSTRAINT "ReformTarget_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Jurisdiction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PopulationStat" ADD CONSTRAINT "PopulationStat_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Jurisdiction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentInput" ADD CONSTRAINT "AssessmentInput_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Jurisdiction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written (docs/decisions/0003): figures a statistics report could never hold.
ALTER TABLE "PopulationStat" ADD CONSTRAINT "PopulationStat_figures_check"
  CHECK ("residentTotal" >= 0 AND "residentUrban" >= 0 AND "residentUrban" <= "residentTotal");
ALTER TABLE "ReformTarget" ADD CONSTRAINT "ReformTarget_years_check" CHECK ("fromYear" <= "toYear");
ALTER TABLE "AssessmentInput" ADD CONSTRAINT "AssessmentInput_figures_check"
  CHECK (("hukouUrbanPrev" IS NULL OR "hukouTotalPrev" IS NULL OR "hukouUrbanPrev" <= "hukouTotalPrev")
     AND ("hukouUrban" IS NULL OR "hukouTotal" IS NULL OR "hukouUrban" <= "hukouTotal"));
