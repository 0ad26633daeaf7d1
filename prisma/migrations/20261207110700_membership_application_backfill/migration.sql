-- Issue 17: a decision's memberships are found by their key, "applicationId", never by the reason text.
-- Memberships opened by an approval before the key existed (decision 0276 added it without a backfill)
-- get it here, from the wording the approval wrote (lib/registry/reasons.ts DECISION_REASONS): the joining
-- reason, the first part of the reason column (a later move out appends "；…"), names the case's number.
--   准予落户（number）         → the APPROVED SETTLEMENT of that number
--   无户口人员登记户口（number） → the APPROVED NO_HUKOU_REGISTRATION
--   出生登记（number）          → the APPROVED NEWBORN_REGISTRATION
-- Only rows in a household of the case's own station are linked: the trigger Membership_application_station
-- refuses any other, and such a row was never an approval's (a move between stations is a transfer).
-- Idempotent: rows already linked are left as they are. One pass over the memberships with a reason,
-- joined to "Application" by its unique number.
WITH joined AS (
  SELECT m."id", substring(split_part(m."reason", '；', 1) FROM '^(准予落户|无户口人员登记户口|出生登记)（(.+)）$') AS wording,
         substring(split_part(m."reason", '；', 1) FROM '^(?:准予落户|无户口人员登记户口|出生登记)（(.+)）$') AS number,
         m."householdId"
  FROM "Membership" m
  WHERE m."applicationId" IS NULL AND m."reason" IS NOT NULL
), linked AS (
  SELECT j."id", a."id" AS application_id
  FROM joined j
  JOIN "Application" a ON a."number" = j.number AND a."status" = 'APPROVED'
   AND a."kind" = CASE j.wording WHEN '准予落户' THEN 'SETTLEMENT' WHEN '无户口人员登记户口' THEN 'NO_HUKOU_REGISTRATION'
                                  ELSE 'NEWBORN_REGISTRATION' END::"ApplicationKind"
  JOIN "Household" h ON h."id" = j."householdId" AND h."stationId" = a."stationId"
  WHERE j.number IS NOT NULL
)
UPDATE "Membership" m SET "applicationId" = l.application_id FROM linked l WHERE m."id" = l."id";
