-- The settlement records join an approval's memberships by "applicationId" (backfilled by the previous
-- migration), no longer by the reason text: the index made for that join goes (docs/decisions/0287).
-- DropIndex
DROP INDEX "Membership_reason_idx";
