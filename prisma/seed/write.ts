// Writes a demo plan: creates what is missing, never changes what exists. Rows with a natural key are
// looked up by it; rows without one (memberships, endorsements, application members, documents, case
// events) are only created together with their parent, in the run that creates the parent. Demo users
// may have moved cases on since the last run — a re-run must not undo their work.
import type { DemoPlan } from "./plan-types";
import { Ids, zeroCounts, TABLES, type TableCounts, type Tx } from "./write-context";
import { writeHouseholds, writePersons, writeUnits } from "./write-registry";
import { backfillBadgeNumbers, markDemoUsers, writeUsers } from "./write-users";
import { writeApplications, writePermits } from "./write-cases";

export { TABLES, zeroCounts, type TableCounts, type TableName } from "./write-context";

export async function writePlan(options: { tx: Tx; plan: DemoPlan; passwordHashes: Map<string, string> }): Promise<TableCounts> {
  const { tx, plan } = options;
  const ctx = {
    tx,
    plan,
    created: zeroCounts(),
    jurisdictions: new Ids("jurisdiction"),
    persons: new Ids("person"),
    users: new Ids("user"),
  };
  await writeUnits(ctx);
  await writePersons(ctx);
  const newHouseholds = await writeHouseholds(ctx);
  await writeUsers({ ...ctx, passwordHashes: options.passwordHashes });
  await markDemoUsers(ctx);
  await backfillBadgeNumbers(ctx);
  await writePermits(ctx);
  await writeApplications(ctx, newHouseholds);
  return ctx.created;
}

export async function countTables(options: { db: Tx }): Promise<TableCounts> {
  const { db } = options;
  const counts = await Promise.all([
    db.jurisdiction.count(),
    db.person.count(),
    db.household.count(),
    db.membership.count(),
    db.user.count(),
    db.residencePermit.count(),
    db.permitEndorsement.count(),
    db.application.count(),
    db.applicationMember.count(),
    db.document.count(),
    db.caseEvent.count(),
    db.auditEvent.count(),
  ]);
  return Object.fromEntries(TABLES.map((t, i) => [t, counts[i]])) as TableCounts;
}
