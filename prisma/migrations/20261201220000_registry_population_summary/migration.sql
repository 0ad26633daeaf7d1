-- CreateTable
CREATE TABLE "RegistryPopulationDelta" (
    "stationId" UUID NOT NULL,
    "grain" CHAR(1) NOT NULL,
    "period" DATE NOT NULL,
    "urban" BOOLEAN NOT NULL,
    "delta" INTEGER NOT NULL,

    CONSTRAINT "RegistryPopulationDelta_pkey" PRIMARY KEY ("stationId","grain","period","urban")
);

-- CreateIndex
CREATE INDEX "Membership_validFrom_idx" ON "Membership"("validFrom");

ALTER TABLE "RegistryPopulationDelta" ADD CONSTRAINT "RegistryPopulationDelta_grain" CHECK ("grain" IN ('D', 'M', 'Y', 'X'));

-- The hukou population as a running sum (decision record 0212; the definition is 0200). A membership
-- counts on day d when validFrom <= d < validTo and its person is alive (deceasedOn null or > d): it
-- adds +1 on validFrom and -1 on the first day it no longer counts, LEAST(validTo, deceasedOn) (LEAST
-- ignores nulls), and nothing at all when that day is not after validFrom (opened and closed the same
-- day, or opened after the death). Each change is booked at the household's station and urban flag
-- (area <> 'RURAL') in four grains: the day, its month, its year and its decade, so a reader adds the
-- decades, years, months and days that tile (-inf, d] — a few dozen rows per station for any day.
--
-- Kept by statement-level triggers on Membership, Person."deceasedOn" and Household(area, stationId), in
-- the transaction of the change (so it cannot drift), at one grouped upsert per statement. They are
-- SECURITY DEFINER with a fixed search_path: the portal's role hukou_app may read the summary but not
-- write it (lib/db/app-role.ts), and cannot shadow a table with a temporary one. The Prisma diff models
-- neither functions nor triggers, so tests/integration/migrations.test.ts is not disturbed.

-- What one membership contributes: (day, +1 / -1). The one place the counting rule is written.
CREATE FUNCTION "registry_population_span"(valid_from date, valid_to date, deceased_on date)
RETURNS TABLE ("day" date, "delta" integer) LANGUAGE sql IMMUTABLE AS $$
  SELECT e.d, e.k FROM (VALUES (valid_from, 1), (LEAST(valid_to, deceased_on), -1)) AS e(d, k)
  WHERE e.d IS NOT NULL AND (LEAST(valid_to, deceased_on) IS NULL OR LEAST(valid_to, deceased_on) > valid_from)
$$;

-- The four periods a day is booked in (first day of each).
CREATE FUNCTION "registry_population_periods"(d date)
RETURNS TABLE ("grain" char(1), "period" date) LANGUAGE sql IMMUTABLE AS $$
  SELECT g.grain, g.period FROM (VALUES
    ('D'::char(1), d),
    ('M'::char(1), date_trunc('month', d::timestamp)::date),
    ('Y'::char(1), date_trunc('year', d::timestamp)::date),
    ('X'::char(1), date_trunc('decade', d::timestamp)::date)) AS g(grain, period)
$$;

-- The summary as it should be, from the registry itself: the rebuild, and the checks that the triggers
-- kept it right, read this (grouped by day first, then spread over the grains: 4 x fewer rows to sort).
CREATE FUNCTION "registry_population_expected"()
RETURNS TABLE ("stationId" uuid, "grain" char(1), "period" date, "urban" boolean, "delta" integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH days AS (
    SELECT h."stationId" AS station, (h."area" <> 'RURAL') AS urban, e."day", sum(e."delta") AS k
    FROM "Membership" m
    JOIN "Person" p ON p."id" = m."personId"
    JOIN "Household" h ON h."id" = m."householdId"
    CROSS JOIN LATERAL "registry_population_span"(m."validFrom", m."validTo", p."deceasedOn") e
    GROUP BY 1, 2, 3
  )
  SELECT d.station, g."grain", g."period", d.urban, sum(d.k)::integer
  FROM days d CROSS JOIN LATERAL "registry_population_periods"(d."day") g
  GROUP BY 1, 2, 3, 4
  HAVING sum(d.k) <> 0
$$;

-- Replaces the summary by a fresh count (the backfill below; bulk loads that ran with the triggers off).
-- The exclusive lock waits for registry transactions that already booked changes, and holds back new
-- ones until the fresh count is committed, so none is lost or counted twice.
CREATE FUNCTION "registry_population_rebuild"() RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  n bigint;
BEGIN
  LOCK TABLE "RegistryPopulationDelta" IN ACCESS EXCLUSIVE MODE;
  TRUNCATE "RegistryPopulationDelta";
  INSERT INTO "RegistryPopulationDelta" ("stationId", "grain", "period", "urban", "delta")
    SELECT * FROM "registry_population_expected"();
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END $$;

-- Books changes (station, urban, day, +/-k) in all four grains: one upsert, keys in order so that two
-- statements booking the same rows lock them in the same order.
CREATE FUNCTION "registry_population_add"(stations uuid[], urbans boolean[], days date[], deltas integer[]) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  INSERT INTO "RegistryPopulationDelta" ("stationId", "grain", "period", "urban", "delta")
    SELECT c.station, g."grain", g."period", c.urban, sum(c.k)::integer
    FROM unnest(stations, urbans, days, deltas) AS c(station, urban, "day", k)
    CROSS JOIN LATERAL "registry_population_periods"(c."day") g
    WHERE c."day" IS NOT NULL
    GROUP BY 1, 2, 3, 4
    HAVING sum(c.k) <> 0
    ORDER BY 1, 2, 3, 4
  ON CONFLICT ("stationId", "grain", "period", "urban")
    DO UPDATE SET "delta" = "RegistryPopulationDelta"."delta" + EXCLUDED."delta"
$$;

-- Membership rows inserted, updated or deleted. The persons and households they name are locked FOR SHARE
-- first: a concurrent death or re-coding of the same row (which takes a stronger lock) then waits for this
-- transaction, or this one waits for it and reads its committed values; either way each change is booked
-- against the other's result, never both against the old one.
CREATE FUNCTION "registry_population_membership"() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  moved uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM 1 FROM "Person" WHERE "id" IN (SELECT "personId" FROM new_rows) ORDER BY "id" FOR SHARE;
    PERFORM 1 FROM "Household" WHERE "id" IN (SELECT "householdId" FROM new_rows) ORDER BY "id" FOR SHARE;
    PERFORM "registry_population_add"(array_agg(h."stationId"), array_agg(h."area" <> 'RURAL'), array_agg(e."day"), array_agg(e."delta"))
    FROM new_rows m JOIN "Person" p ON p."id" = m."personId" JOIN "Household" h ON h."id" = m."householdId"
    CROSS JOIN LATERAL "registry_population_span"(m."validFrom", m."validTo", p."deceasedOn") e;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM 1 FROM "Person" WHERE "id" IN (SELECT "personId" FROM old_rows) ORDER BY "id" FOR SHARE;
    PERFORM 1 FROM "Household" WHERE "id" IN (SELECT "householdId" FROM old_rows) ORDER BY "id" FOR SHARE;
    PERFORM "registry_population_add"(array_agg(h."stationId"), array_agg(h."area" <> 'RURAL'), array_agg(e."day"), array_agg(-e."delta"))
    FROM old_rows m JOIN "Person" p ON p."id" = m."personId" JOIN "Household" h ON h."id" = m."householdId"
    CROSS JOIN LATERAL "registry_population_span"(m."validFrom", m."validTo", p."deceasedOn") e;
  ELSE
    -- Only rows whose counted columns changed (a new reason, say, changes nothing). Primary keys are
    -- never updated (uuids), so old and new rows pair by id.
    SELECT array_agg(n."id") INTO moved FROM new_rows n JOIN old_rows o ON o."id" = n."id"
    WHERE (n."validFrom", n."validTo", n."personId", n."householdId") IS DISTINCT FROM (o."validFrom", o."validTo", o."personId", o."householdId");
    IF moved IS NULL THEN RETURN NULL; END IF;
    PERFORM 1 FROM "Person" WHERE "id" IN (
      SELECT "personId" FROM new_rows WHERE "id" IN (SELECT unnest(moved)) UNION SELECT "personId" FROM old_rows WHERE "id" IN (SELECT unnest(moved))) ORDER BY "id" FOR SHARE;
    PERFORM 1 FROM "Household" WHERE "id" IN (
      SELECT "householdId" FROM new_rows WHERE "id" IN (SELECT unnest(moved)) UNION SELECT "householdId" FROM old_rows WHERE "id" IN (SELECT unnest(moved))) ORDER BY "id" FOR SHARE;
    PERFORM "registry_population_add"(array_agg(h."stationId"), array_agg(h."area" <> 'RURAL'), array_agg(e."day"), array_agg(m.sign * e."delta"))
    FROM (SELECT n.*, 1 AS sign FROM new_rows n WHERE n."id" IN (SELECT unnest(moved))
          UNION ALL SELECT o.*, -1 FROM old_rows o WHERE o."id" IN (SELECT unnest(moved))) m
    JOIN "Person" p ON p."id" = m."personId" JOIN "Household" h ON h."id" = m."householdId"
    CROSS JOIN LATERAL "registry_population_span"(m."validFrom", m."validTo", p."deceasedOn") e;
  END IF;
  RETURN NULL;
END $$;

-- A death recorded, corrected or withdrawn: the person's memberships are booked again with the new day.
CREATE FUNCTION "registry_population_person"() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM 1 FROM "Household" WHERE "id" IN (
    SELECT m."householdId" FROM new_rows n JOIN old_rows o ON o."id" = n."id" AND o."deceasedOn" IS DISTINCT FROM n."deceasedOn"
    JOIN "Membership" m ON m."personId" = n."id") ORDER BY "id" FOR SHARE;
  PERFORM "registry_population_add"(array_agg(h."stationId"), array_agg(h."area" <> 'RURAL'), array_agg(e."day"), array_agg(e."delta"))
  FROM new_rows n JOIN old_rows o ON o."id" = n."id" AND o."deceasedOn" IS DISTINCT FROM n."deceasedOn"
  JOIN "Membership" m ON m."personId" = n."id"
  JOIN "Household" h ON h."id" = m."householdId"
  CROSS JOIN LATERAL (
    SELECT s."day", s."delta" FROM "registry_population_span"(m."validFrom", m."validTo", n."deceasedOn") s
    UNION ALL
    SELECT s."day", -s."delta" FROM "registry_population_span"(m."validFrom", m."validTo", o."deceasedOn") s) e;
  RETURN NULL;
END $$;

-- A household re-coded (urban/rural) or moved to another station takes all its memberships along, past
-- ones too: the KPI counts every day by the household's present attribute (0200).
CREATE FUNCTION "registry_population_household"() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM 1 FROM "Person" WHERE "id" IN (
    SELECT m."personId" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
      AND (o."stationId" <> n."stationId" OR (o."area" <> 'RURAL') <> (n."area" <> 'RURAL'))
    JOIN "Membership" m ON m."householdId" = n."id") ORDER BY "id" FOR SHARE;
  PERFORM "registry_population_add"(array_agg(side.station), array_agg(side.urban), array_agg(e."day"), array_agg(side.sign * e."delta"))
  FROM new_rows n JOIN old_rows o ON o."id" = n."id"
    AND (o."stationId" <> n."stationId" OR (o."area" <> 'RURAL') <> (n."area" <> 'RURAL'))
  JOIN "Membership" m ON m."householdId" = n."id"
  JOIN "Person" p ON p."id" = m."personId"
  CROSS JOIN LATERAL (VALUES (n."stationId", n."area" <> 'RURAL', 1), (o."stationId", o."area" <> 'RURAL', -1)) AS side(station, urban, sign)
  CROSS JOIN LATERAL "registry_population_span"(m."validFrom", m."validTo", p."deceasedOn") e;
  RETURN NULL;
END $$;

-- No memberships, no population.
CREATE FUNCTION "registry_population_truncate"() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  DELETE FROM "RegistryPopulationDelta";
  RETURN NULL;
END $$;

CREATE TRIGGER "Membership_population_insert" AFTER INSERT ON "Membership"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "registry_population_membership"();
CREATE TRIGGER "Membership_population_update" AFTER UPDATE ON "Membership"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "registry_population_membership"();
CREATE TRIGGER "Membership_population_delete" AFTER DELETE ON "Membership"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "registry_population_membership"();
CREATE TRIGGER "Membership_population_truncate" AFTER TRUNCATE ON "Membership"
  FOR EACH STATEMENT EXECUTE FUNCTION "registry_population_truncate"();
CREATE TRIGGER "Person_population_update" AFTER UPDATE ON "Person"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "registry_population_person"();
CREATE TRIGGER "Household_population_update" AFTER UPDATE ON "Household"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "registry_population_household"();

-- Only the triggers (and the owner) run these; the portal's role reads the table and nothing else.
REVOKE ALL ON FUNCTION "registry_population_expected"() FROM PUBLIC;
REVOKE ALL ON FUNCTION "registry_population_rebuild"() FROM PUBLIC;
REVOKE ALL ON FUNCTION "registry_population_add"(uuid[], boolean[], date[], integer[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION "registry_population_membership"() FROM PUBLIC;
REVOKE ALL ON FUNCTION "registry_population_person"() FROM PUBLIC;
REVOKE ALL ON FUNCTION "registry_population_household"() FROM PUBLIC;
REVOKE ALL ON FUNCTION "registry_population_truncate"() FROM PUBLIC;

-- The registry as it stands when this migration runs.
SELECT "registry_population_rebuild"();
