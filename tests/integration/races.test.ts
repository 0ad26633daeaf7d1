// Races (issue #9, "Proofs"): what happens once must happen once however many posts arrive together.
// Already proved elsewhere: six simultaneous submissions of one draft (apply-submit), approve vs
// refuse of one case and two cases of one person (casework-refusal-stale, casework-atomicity). Here:
// the same case approved by several clerks at once (and by one clerk's double click), four cases
// of one person approved at once, and a withdrawal racing an approval — exactly one effect each,
// and the one-active-membership rule holds. docs/decisions/0232.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import type { Actor } from "@/lib/auth/permissions";
import { approveCase } from "@/tests/factories/decisions";
import { withdrawApplication } from "@/lib/applications/withdraw-application";
import { makeApplicant } from "@/tests/factories/applicants";
import { makeCase, makeHousehold } from "@/tests/factories/cases";
import { actorOf, makeClerk } from "@/tests/factories/staff";
import { makeTree } from "@/tests/factories/units";
import { domainErrorCode as codeOf } from "@/tests/factories/domain-error";

const db = useTestDb();
let tree: Awaited<ReturnType<typeof makeTree>>;
let clerks: Actor[];

beforeAll(async () => {
  tree = await makeTree(db);
  clerks = [];
  for (let i = 0; i < 4; i++) clerks.push(await makeClerk(db, tree.station.id));
});

/** Everything an approval leaves behind for one case and its person. */
async function effects(applicationId: string, personId: string) {
  const [events, approveAudits, certificates, active, moves] = await Promise.all([
    db.caseEvent.count({ where: { applicationId, toStatus: "APPROVED" } }),
    db.auditEvent.count({ where: { entityId: applicationId, action: "application.approve" } }),
    db.certificate.count({ where: { applicationId } }),
    db.membership.count({ where: { personId, validTo: null } }),
    db.membership.count({ where: { personId } }),
  ]);
  return { events, approveAudits, certificates, active, moves };
}

describe("one case approved several times at once", () => {
  it.each([
    { label: "four clerks of the station", sameClerk: false },
    { label: "one clerk's quadruple click", sameClerk: true },
  ])("$label: one approval, one certificate, one move; the rest STALE and nothing of them written", async ({ sameClerk }) => {
    const applicant = await makeApplicant(db);
    await makeHousehold(db, { stationId: tree.station2.id, members: [{ personId: applicant.person.id, relation: "HEAD" }] });
    const app = await makeCase(db, { at: tree, applicant, status: "IN_REVIEW", assigneeId: clerks[0].id });
    const codes = await Promise.all(clerks.map((c) => codeOf(approveCase(db, sameClerk ? clerks[0] : c, app))));
    // Only the holder decides (decision record 0261): the other three are refused as not holding the case
    // whether they come before or after the approval; the holder's own repeated clicks lose as STALE.
    expect(codes.sort()).toEqual(sameClerk ? ["OK", "STALE", "STALE", "STALE"] : ["NOT_HOLDER", "NOT_HOLDER", "NOT_HOLDER", "OK"]);
    // Old household closed, new one opened: two memberships in all, one of them active.
    expect(await effects(app.id, applicant.person.id)).toEqual({ events: 1, approveAudits: 1, certificates: 1, active: 1, moves: 2 });
    expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("APPROVED");
  });
});

describe("four settlement cases of one person approved at once", () => {
  it("one wins; the person has one active membership and one certificate among them", async () => {
    const applicant = await makeApplicant(db);
    await makeHousehold(db, { stationId: tree.station2.id, members: [{ personId: applicant.person.id, relation: "HEAD" }] });
    const cases = [];
    for (let i = 0; i < 4; i++) cases.push(await makeCase(db, { at: tree, applicant, status: "IN_REVIEW", assigneeId: clerks[i].id }));
    const codes = await Promise.all(cases.map((app, i) => codeOf(approveCase(db, clerks[i], app))));
    expect(codes.filter((c) => c === "OK")).toHaveLength(1);
    // The losers fail cleanly on the register (STALE), whichever order the transactions took.
    expect(codes.filter((c) => c !== "OK").every((c) => c === "STALE")).toBe(true);
    const ids = cases.map((c) => c.id);
    expect(await db.membership.count({ where: { personId: applicant.person.id, validTo: null } })).toBe(1);
    expect(await db.certificate.count({ where: { applicationId: { in: ids } } })).toBe(1);
    expect(await db.application.count({ where: { id: { in: ids }, status: "APPROVED" } })).toBe(1);
    expect(await db.caseEvent.count({ where: { applicationId: { in: ids } } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: { in: ids }, action: "application.approve" } })).toBe(1);
  });
});

describe("a withdrawal racing an approval", () => {
  it("one of them happens, never both, never neither", async () => {
    const applicant = await makeApplicant(db);
    const app = await makeCase(db, { at: tree, applicant, status: "IN_REVIEW", assigneeId: clerks[0].id });
    const actor = actorOf(applicant.user, null);
    const codes = await Promise.all([
      codeOf(approveCase(db, clerks[0], app)),
      codeOf(withdrawApplication({ db, actor, applicationId: app.id, expectedVersion: app.version, reason: "不办了" })),
    ]);
    expect(codes.filter((c) => c === "OK")).toHaveLength(1);
    const row = await db.application.findUniqueOrThrow({ where: { id: app.id } });
    const events = await db.caseEvent.findMany({ where: { applicationId: app.id } });
    expect(events).toHaveLength(1);
    expect(events[0].toStatus).toBe(row.status);
    expect(await db.certificate.count({ where: { applicationId: app.id } })).toBe(row.status === "APPROVED" ? 1 : 0);
    expect(await db.membership.count({ where: { personId: applicant.person.id, validTo: null } })).toBe(row.status === "APPROVED" ? 1 : 0);
  });
});
