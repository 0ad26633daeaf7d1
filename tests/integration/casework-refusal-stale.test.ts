// Refusal, hand back, reassign, document marks and stale decisions, on PostgreSQL.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import type { Actor } from "@/lib/auth/permissions";
import { takeCase } from "@/lib/applications/take-case";
import { handBack } from "@/lib/applications/hand-back";
import { approveApplication } from "@/lib/applications/approve-application";
import { SETTLEMENT_PATHWAY } from "@/tests/factories/decisions";
import { refuseApplication } from "@/lib/applications/refuse-application";
import { reassignCase } from "@/lib/applications/reassign";
import { reviewDocument } from "@/lib/applications/review-document";
import { makeApplicant } from "@/tests/factories/applicants";
import { makeCase, makeDesk } from "@/tests/factories/cases";
import { makeClerk } from "@/tests/factories/staff";
import { makeTree } from "@/tests/factories/units";
import { domainErrorCode as codeOf } from "@/tests/factories/domain-error";
import { makeDocument } from "@/tests/factories/documents";

const db = useTestDb();
let tree: Awaited<ReturnType<typeof makeTree>>;
let clerk: Actor;
let clerk2: Actor;
let otherStationClerk: Actor;

beforeAll(async () => {
  ({ tree, clerk, clerk2, otherStationClerk } = await makeDesk(db));
});

describe("refusal, hand back, reassign, document marks, stale decisions", () => {
  it("a refusal needs a reason and a clause, and stores both", async () => {
    const applicant = await makeApplicant(db);
    const app = await makeCase(db, { at: tree, applicant, status: "IN_REVIEW", assigneeId: clerk.id });
    expect(await codeOf(refuseApplication({ db, actor: clerk, applicationId: app.id, expectedVersion: 1, reason: " ", clause: "" }))).toBe(
      "VALIDATION",
    );
    await refuseApplication({
      db,
      actor: clerk,
      applicationId: app.id,
      expectedVersion: 1,
      reason: "社保缴纳不足",
      clause: "郴政发〔2016〕1号 三(一)",
    });
    const row = await db.application.findUniqueOrThrow({ where: { id: app.id } });
    expect(row).toMatchObject({ status: "REJECTED", decisionReason: "社保缴纳不足", decisionClause: "郴政发〔2016〕1号 三(一)" });
    expect(await db.notice.count({ where: { applicationId: app.id, kind: "rejected" } })).toBe(1);
  });

  it("two decisions on one case at once (the holder's approve and refuse): one wins, the other is STALE and nothing of it is written", async () => {
    const applicant = await makeApplicant(db);
    const app = await makeCase(db, { at: tree, applicant, status: "IN_REVIEW", assigneeId: clerk.id });
    const codes = await Promise.all([
      codeOf(
        approveApplication({
          db,
          actor: clerk,
          applicationId: app.id,
          expectedVersion: 1,
          pathwayId: SETTLEMENT_PATHWAY,
          approvedMemberIds: [],
        }),
      ),
      codeOf(refuseApplication({ db, actor: clerk, applicationId: app.id, expectedVersion: 1, reason: "不符合", clause: "三(一)" })),
    ]);
    expect(codes.sort()).toEqual(["OK", "STALE"]);
    expect(await db.caseEvent.count({ where: { applicationId: app.id } })).toBe(1);
  });

  it("hands back (assignee cleared), the lead reassigns (status unchanged), a plain clerk may not", async () => {
    const lead = await makeClerk(db, tree.station.id, { lead: true });
    const applicant = await makeApplicant(db);
    const app = await makeCase(db, { at: tree, applicant });
    await takeCase({ db, actor: clerk, applicationId: app.id, expectedVersion: 1 });
    expect(await codeOf(handBack({ db, actor: clerk2, applicationId: app.id, expectedVersion: 2 }))).toBe("FORBIDDEN");
    await handBack({ db, actor: clerk, applicationId: app.id, expectedVersion: 2 });
    let row = await db.application.findUniqueOrThrow({ where: { id: app.id } });
    expect(row).toMatchObject({ status: "SUBMITTED", assigneeId: null, version: 3 });
    expect(await codeOf(reassignCase({ db, actor: clerk, applicationId: app.id, expectedVersion: 3, assigneeId: clerk2.id }))).toBe(
      "FORBIDDEN",
    );
    expect(
      await codeOf(reassignCase({ db, actor: lead, applicationId: app.id, expectedVersion: 3, assigneeId: otherStationClerk.id })),
    ).toBe("VALIDATION");
    await reassignCase({ db, actor: lead, applicationId: app.id, expectedVersion: 3, assigneeId: clerk2.id });
    row = await db.application.findUniqueOrThrow({ where: { id: app.id } });
    expect(row).toMatchObject({ status: "SUBMITTED", assigneeId: clerk2.id, version: 4 });
    expect(await db.auditEvent.count({ where: { entityId: app.id, action: "application.reassign", actorId: lead.id } })).toBe(1);
  });

  it("marks a document, guarded by the mark seen", async () => {
    const applicant = await makeApplicant(db);
    const app = await makeCase(db, { at: tree, applicant, status: "IN_REVIEW", assigneeId: clerk.id });
    const doc = await makeDocument(db, {
      applicationId: app.id,
      kind: "lease",
      fileName: "租赁合同.pdf",
      sha256: "b".repeat(64),
      uploadedById: applicant.user.id,
    });
    expect(await codeOf(reviewDocument({ db, actor: clerk, documentId: doc.id, review: "PROBLEM", expectedReview: "PENDING" }))).toBe(
      "VALIDATION",
    );
    await reviewDocument({ db, actor: clerk, documentId: doc.id, review: "PROBLEM", note: "看不清", expectedReview: "PENDING" });
    expect(await codeOf(reviewDocument({ db, actor: clerk, documentId: doc.id, review: "ACCEPTED", expectedReview: "PENDING" }))).toBe(
      "STALE",
    );
    // A colleague who does not hold the case may not mark its documents at all (decision record 0261).
    expect(await codeOf(reviewDocument({ db, actor: clerk2, documentId: doc.id, review: "ACCEPTED", expectedReview: "PROBLEM" }))).toBe(
      "NOT_HOLDER",
    );
    expect(
      await codeOf(reviewDocument({ db, actor: otherStationClerk, documentId: doc.id, review: "ACCEPTED", expectedReview: "PROBLEM" })),
    ).toBe("NOT_FOUND");
    expect(await db.document.findUniqueOrThrow({ where: { id: doc.id } })).toMatchObject({ review: "PROBLEM", reviewNote: "看不清" });
  });
});
