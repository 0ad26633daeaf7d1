-- CreateIndex
CREATE INDEX "Application_stationId_decidedAt_status_againstEngine_clockS_idx" ON "Application"("stationId", "decidedAt", "status", "againstEngine", "clockStartedAt", "pausedWorkingDays");

-- CreateIndex
CREATE INDEX "Application_stationId_status_submittedAt_dueAt_idx" ON "Application"("stationId", "status", "submittedAt", "dueAt");
