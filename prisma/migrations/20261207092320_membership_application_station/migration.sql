-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "applicationId" UUID;

-- CreateIndex
CREATE INDEX "Membership_applicationId_idx" ON "Membership"("applicationId");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A decision's registry moves stay within the deciding station (issue 16 H2): a membership a decision
-- opens (applicationId set) must be in a household of the application's station. A move to another
-- station's household is a transfer (准迁证 → 迁出 → 落户), never an approval. By hand: the schema
-- language has no triggers (docs/decisions/0003).
CREATE FUNCTION "Membership_application_station_check"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM "Household" h JOIN "Application" a ON a."stationId" = h."stationId"
    WHERE h."id" = NEW."householdId" AND a."id" = NEW."applicationId"
  ) THEN
    RAISE EXCEPTION 'Membership_application_station: a decision may place people only in households of its own station'
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Membership_application_station" BEFORE INSERT OR UPDATE OF "applicationId", "householdId" ON "Membership"
FOR EACH ROW WHEN (NEW."applicationId" IS NOT NULL) EXECUTE FUNCTION "Membership_application_station_check"();
