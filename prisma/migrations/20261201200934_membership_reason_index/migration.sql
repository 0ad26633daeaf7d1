-- CreateIndex
CREATE INDEX "Membership_reason_idx" ON "Membership"("reason");
