-- CreateTable
CREATE TABLE "StationRegistryCount" (
    "stationId" UUID NOT NULL,
    "activeMembers" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "StationRegistryCount_pkey" PRIMARY KEY ("stationId")
);

-- CreateIndex
CREATE INDEX "Application_stationId_decidedAt_status_againstEngine_clockS_idx" ON "Application"("stationId", "decidedAt", "status", "againstEngine", "clockStartedAt", "pausedWorkingDays");

-- CreateIndex
CREATE INDEX "Application_stationId_status_submittedAt_dueAt_idx" ON "Application"("stationId", "status", "submittedAt", "dueAt");

-- StationRegistryCount is a summary the KPI pages read (decision record 0211): active memberships per
-- station of the household. Statement-level triggers with transition tables keep it exact in the
-- transaction of every registry change, at one grouped upsert per statement (a bulk load of millions
-- of memberships costs one statement, not millions of row triggers). The Prisma diff does not model
-- triggers, so they do not disturb tests/integration/migrations.test.ts.
CREATE FUNCTION "station_registry_count_membership"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR TG_OP = 'UPDATE' THEN
    INSERT INTO "StationRegistryCount" ("stationId", "activeMembers")
      SELECT h."stationId", count(*) FROM new_rows n JOIN "Household" h ON h."id" = n."householdId"
      WHERE n."validTo" IS NULL GROUP BY h."stationId" ORDER BY h."stationId"
    ON CONFLICT ("stationId") DO UPDATE SET "activeMembers" = "StationRegistryCount"."activeMembers" + EXCLUDED."activeMembers";
  END IF;
  IF TG_OP = 'DELETE' OR TG_OP = 'UPDATE' THEN
    UPDATE "StationRegistryCount" c SET "activeMembers" = c."activeMembers" - g.n
      FROM (SELECT h."stationId", count(*) AS n FROM old_rows o JOIN "Household" h ON h."id" = o."householdId"
            WHERE o."validTo" IS NULL GROUP BY h."stationId") g
      WHERE c."stationId" = g."stationId";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Membership_count_insert" AFTER INSERT ON "Membership"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "station_registry_count_membership"();
CREATE TRIGGER "Membership_count_update" AFTER UPDATE ON "Membership"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "station_registry_count_membership"();
CREATE TRIGGER "Membership_count_delete" AFTER DELETE ON "Membership"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "station_registry_count_membership"();

-- A household moved to another station takes its active members along.
CREATE FUNCTION "station_registry_count_household"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH moved AS (
    SELECT o."stationId" AS from_station, n."stationId" AS to_station, count(m."id") AS k
    FROM old_rows o JOIN new_rows n ON n."id" = o."id"
    JOIN "Membership" m ON m."householdId" = n."id" AND m."validTo" IS NULL
    WHERE o."stationId" <> n."stationId"
    GROUP BY 1, 2
  ), delta AS (
    SELECT from_station AS station, -sum(k) AS d FROM moved GROUP BY 1
    UNION ALL SELECT to_station, sum(k) FROM moved GROUP BY 1
  )
  INSERT INTO "StationRegistryCount" ("stationId", "activeMembers")
    SELECT station, sum(d) FROM delta GROUP BY station ORDER BY station
  ON CONFLICT ("stationId") DO UPDATE SET "activeMembers" = "StationRegistryCount"."activeMembers" + EXCLUDED."activeMembers";
  RETURN NULL;
END $$;

CREATE TRIGGER "Household_count_update" AFTER UPDATE ON "Household"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "station_registry_count_household"();

-- The registry as it stands when this migration runs.
INSERT INTO "StationRegistryCount" ("stationId", "activeMembers")
  SELECT h."stationId", count(*) FROM "Membership" m JOIN "Household" h ON h."id" = m."householdId"
  WHERE m."validTo" IS NULL GROUP BY h."stationId";
