-- One unit per policy: every lookup of "the unit the 郴州 policy governs" finds exactly one.
CREATE UNIQUE INDEX "Jurisdiction_policyCode_key" ON "Jurisdiction"("policyCode");
