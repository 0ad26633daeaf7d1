// All or nothing: an approval that fails half-way (a trigger refusing the certificate or the audit row
// of that case) leaves the case, the register and the trail exactly as they were. And the one-active-
// membership rule holds when two approvals of two different cases move the same person at once.
import { describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import { approveCase } from "@/tests/factories/decisions";
import { DomainError } from "@/lib/errors";
import { makeApplicant } from "@/tests/factories/applicants";
import { makeCase, makeHousehold } from "@/tests/factories/cases";
import { useClerkDesk } from "@/tests/factories/use-desk";

const db = useTestDb();
const desk = useClerkDesk(db);

async function snapshot(personId: string, applicationId: string) {
  const [app, memberships, households, certificates, audits, events, notices] = await Promise.all([
    db.application.findUniqueOrThrow({ where: { id: applicationId } }),
    db.membership.findMany({ where: { personId }, orderBy: { id: "asc" } }),
    db.household.count({ where: { stationId: desk.tree.station.id } }),
    db.certificate.count({ where: { applicationId } }),
    db.auditEvent.count(),
    db.caseEvent.count({ where: { applicationId } }),
    db.notice.count({ where: { applicationId } }),
  ]);
  return JSON.stringify({ app, memberships, households, certificates, audits, events, notices });
}

describe.each([
  { table: "Certificate", column: "applicationId" },
  { table: "AuditEvent", column: "entityType" },
])("a failure on INSERT into $table half-way through an approval", ({ table, column }) => {
  it("leaves nothing changed", async () => {
    const applicant = await makeApplicant(db);
    await makeHousehold(db, { stationId: desk.tree.station2.id, members: [{ personId: applicant.person.id, relation: "HEAD" }] });
    const app = await makeCase(db, { at: desk.tree, applicant, status: "IN_REVIEW", assigneeId: desk.clerk.id });
    const before = await snapshot(applicant.person.id, app.id);
    const fn = `cw_fail_${table.toLowerCase()}`;
    // Certificate rows of this case, or the audit row of its new household (written after the moves).
    const condition =
      table === "Certificate" ? `NEW."${column}" = '${app.id}'` : `NEW."${column}" = 'Household' AND NEW."action" = 'household.close'`;
    await db.$executeRawUnsafe(
      `CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF ${condition} THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$`,
    );
    await db.$executeRawUnsafe(`CREATE TRIGGER ${fn} BEFORE INSERT ON "${table}" FOR EACH ROW EXECUTE FUNCTION ${fn}()`);
    try {
      await expect(approveCase(db, desk.clerk, app)).rejects.toThrow();
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER ${fn} ON "${table}"`);
      await db.$executeRawUnsafe(`DROP FUNCTION ${fn}()`);
    }
    expect(await snapshot(applicant.person.id, app.id)).toBe(before);
    expect(await db.settlementRecord.count({ where: { applicationId: app.id } })).toBe(0);
    // And the same approval then goes through, recorded once for the KPI pages.
    await approveCase(db, desk.clerk, app);
    expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("APPROVED");
    expect(await db.settlementRecord.count({ where: { applicationId: app.id } })).toBe(1);
  });
});

describe("two approvals of two cases moving the same person, at once", () => {
  it.each([
    { label: "a person with a household (both close the same membership)", withHome: true },
    { label: "a person from elsewhere (both open a first membership)", withHome: false },
  ])("$label: one wins, the other fails cleanly, one active membership", async ({ withHome }) => {
    const applicant = await makeApplicant(db);
    if (withHome)
      await makeHousehold(db, { stationId: desk.tree.station2.id, members: [{ personId: applicant.person.id, relation: "HEAD" }] });
    const a = await makeCase(db, { at: desk.tree, applicant, status: "IN_REVIEW", assigneeId: desk.clerk.id });
    const b = await makeCase(db, { at: desk.tree, applicant, status: "IN_REVIEW", assigneeId: desk.clerk.id });
    const results = await Promise.allSettled([a, b].map((app) => approveCase(db, desk.clerk, app)));
    const ok = results.filter((r) => r.status === "fulfilled");
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect(failed[0].reason).toBeInstanceOf(DomainError);
    expect((failed[0].reason as DomainError).code).toBe("STALE");
    expect(await db.membership.count({ where: { personId: applicant.person.id, validTo: null } })).toBe(1);
    const statuses = (await db.application.findMany({ where: { id: { in: [a.id, b.id] } } })).map((r) => r.status).sort();
    expect(statuses).toEqual(["APPROVED", "IN_REVIEW"]);
  });
});

describe("the database's refusal of a second active membership", () => {
  it("reaches the caller as STALE (registry), never as raw database text", async () => {
    const { joinHousehold } = await import("@/lib/registry/memberships");
    const applicant = await makeApplicant(db);
    await makeHousehold(db, { stationId: desk.tree.station2.id, members: [{ personId: applicant.person.id, relation: "HEAD" }] });
    const other = await makeHousehold(db, { stationId: desk.tree.station.id, members: [] });
    const error = await db
      .$transaction((tx) =>
        joinHousehold({
          tx,
          personId: applicant.person.id,
          householdId: other.id,
          relation: "OTHER",
          on: new Date(),
          reason: "test",
          actorId: desk.clerk.id,
        }),
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: "STALE", details: ["registry"] });
  });
});
