// The crash run's checks (scripts/crash-test.ts), in SQL against the database after the restart:
// the register's invariants for the run's own cases, and every acknowledgement against the rows.
// Kept apart so tests/integration/crash-checks.test.ts can show they catch what they look for.
import pg from "pg";

export interface CrashWork {
  submissions: { id: string; acked: boolean }[];
  approvals: { id: string; acked: boolean }[];
}

/** The database's own account of what happened, checked against the acknowledgements. */
export async function verifyAfterCrash(url: string, work: CrashWork): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const problems: string[] = [];
  const q = async (sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows;
  // The run's own cases (the demo data's approved cases were written by the seed, without a trail).
  const ours = [...work.submissions.map((s) => s.id), ...work.approvals.map((a) => a.id)];
  try {
    for (const row of await q(
      `SELECT "personId", count(*)::int AS n FROM "Membership" WHERE "validTo" IS NULL GROUP BY "personId" HAVING count(*) > 1`,
    ))
      problems.push(`person ${row.personId} has ${row.n} active memberships`);
    const approved = await q(
      `SELECT a.id, a."applicantPersonId" AS person,
        (SELECT count(*) FROM "CaseEvent" e WHERE e."applicationId" = a.id AND e."toStatus" = 'APPROVED')::int AS events,
        (SELECT count(*) FROM "AuditEvent" x WHERE x."entityId" = a.id::text AND x.action = 'application.approve')::int AS audits,
        (SELECT count(*) FROM "Certificate" c WHERE c."applicationId" = a.id)::int AS certificates,
        (SELECT count(*) FROM "Membership" m WHERE m."personId" = a."applicantPersonId" AND m."validTo" IS NULL)::int AS active
      FROM "Application" a WHERE a.status = 'APPROVED' AND a.kind = 'SETTLEMENT' AND a.id = ANY($1::uuid[])`,
      [ours],
    );
    for (const a of approved) {
      if (a.events !== 1 || a.audits !== 1 || a.certificates !== 1 || a.active !== 1)
        problems.push(`approved case ${a.id} is half done: ${JSON.stringify(a)}`);
    }
    // The latest event of a case names the status it is in: no event without its status change, and back.
    const drift = await q(
      `SELECT a.id, a.status, e."toStatus" FROM "Application" a
      JOIN LATERAL (SELECT "toStatus" FROM "CaseEvent" e WHERE e."applicationId" = a.id ORDER BY e."createdAt" DESC, e.id DESC LIMIT 1) e ON true
      WHERE e."toStatus" <> a.status AND a.id = ANY($1::uuid[])`,
      [ours],
    );
    for (const d of drift) problems.push(`case ${d.id} is ${d.status} but its last event says ${d.toStatus}`);
    const silent = await q(
      `SELECT a.id FROM "Application" a WHERE a.status <> 'DRAFT' AND a.id = ANY($1::uuid[]) AND NOT EXISTS (SELECT 1 FROM "CaseEvent" e WHERE e."applicationId" = a.id)`,
      [ours],
    );
    for (const s of silent) problems.push(`case ${s.id} left DRAFT without an event`);
    const ackedSubs = work.submissions.filter((s) => s.acked).map((s) => s.id);
    const present = await q(`SELECT count(*)::int AS n FROM "Application" WHERE id = ANY($1::uuid[]) AND status <> 'DRAFT'`, [ackedSubs]);
    if (present[0].n !== ackedSubs.length) problems.push(`${ackedSubs.length} submissions acknowledged, ${present[0].n} present`);
    const ackedApprovals = work.approvals.filter((a) => a.acked).map((a) => a.id);
    const approvedNow = await q(`SELECT count(*)::int AS n FROM "Application" WHERE id = ANY($1::uuid[]) AND status = 'APPROVED'`, [
      ackedApprovals,
    ]);
    if (approvedNow[0].n !== ackedApprovals.length)
      problems.push(`${ackedApprovals.length} approvals acknowledged, ${approvedNow[0].n} present`);
    const doubles = await q(
      `SELECT "applicationId", count(*)::int AS n FROM "CaseEvent" WHERE "toStatus" = 'SUBMITTED' AND "applicationId" = ANY($1::uuid[]) GROUP BY 1 HAVING count(*) > 1`,
      [work.submissions.map((s) => s.id)],
    );
    for (const d of doubles) problems.push(`case ${d.applicationId} submitted ${d.n} times`);
  } finally {
    await client.end();
  }
  return problems;
}
