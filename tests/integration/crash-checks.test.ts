// The crash run's checks must be able to fail: a clean approval passes them, and each kind of damage a
// crash could leave — an approval without its certificate and audit row, a status without its event, an
// acknowledged submission still a draft, an acknowledged approval not approved — is reported.
import { describe, expect, it } from "vitest";
import { databaseUrl } from "@/lib/db/connection";
import { useTestDb } from "@/tests/factories/use-test-db";
import { approveCase } from "@/tests/factories/decisions";
import { verifyAfterCrash } from "../../scripts/lib/crash-checks";
import { makeApplicant } from "@/tests/factories/applicants";
import { makeCase } from "@/tests/factories/cases";
import { useClerkDesk } from "@/tests/factories/use-desk";

const db = useTestDb();
const desk = useClerkDesk(db);

const newCase = async (status: "SUBMITTED" | "IN_REVIEW" = "IN_REVIEW") =>
  makeCase(db, { at: desk.tree, applicant: await makeApplicant(db), status, assigneeId: status === "IN_REVIEW" ? desk.clerk.id : null });

describe("the crash run's checks", () => {
  it("pass a case approved properly", async () => {
    const app = await newCase();
    await approveCase(db, desk.clerk, app);
    expect(await verifyAfterCrash(databaseUrl(), { submissions: [], approvals: [{ id: app.id, acked: true }] })).toEqual([]);
  });

  it("report an approval that is only half there", async () => {
    const app = await newCase();
    // The status and its event, but no moves, certificate or audit row: what a non-atomic approval would leave.
    await db.application.update({ where: { id: app.id }, data: { status: "APPROVED", decidedAt: new Date() } });
    await db.caseEvent.create({ data: { applicationId: app.id, actorId: desk.clerk.id, fromStatus: "IN_REVIEW", toStatus: "APPROVED" } });
    const problems = await verifyAfterCrash(databaseUrl(), { submissions: [], approvals: [{ id: app.id, acked: true }] });
    expect(problems.some((p) => p.startsWith(`approved case ${app.id} is half done`))).toBe(true);
  });

  it("report a status without its event, and acknowledgements without their rows", async () => {
    const moved = await newCase("SUBMITTED");
    await db.application.update({ where: { id: moved.id }, data: { status: "IN_REVIEW" } });
    await db.caseEvent.create({ data: { applicationId: moved.id, actorId: desk.clerk.id, fromStatus: "DRAFT", toStatus: "SUBMITTED" } });
    const notApproved = await newCase();
    const problems = await verifyAfterCrash(databaseUrl(), {
      submissions: [{ id: moved.id, acked: true }],
      approvals: [{ id: notApproved.id, acked: true }],
    });
    expect(problems).toContain(`case ${moved.id} is IN_REVIEW but its last event says SUBMITTED`);
    expect(problems).toContain(`case ${notApproved.id} left DRAFT without an event`);
    expect(problems).toContain("1 approvals acknowledged, 0 present");
  });

  it("report an acknowledged submission that is still a draft", async () => {
    const app = await newCase("SUBMITTED");
    await db.application.update({ where: { id: app.id }, data: { status: "DRAFT" } });
    const problems = await verifyAfterCrash(databaseUrl(), { submissions: [{ id: app.id, acked: true }], approvals: [] });
    expect(problems).toContain("1 submissions acknowledged, 0 present");
  });
});
