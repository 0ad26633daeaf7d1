// Settlement decisions on PostgreSQL: from elsewhere's register into a new family household, memberships closed
// residence permit issue and endorsement (on time, late), refusal, stale decisions.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import { approveCase, SETTLEMENT_PATHWAY } from "@/tests/factories/decisions";
import type { Actor } from "@/lib/auth/permissions";
import { takeCase } from "@/lib/applications/take-case";
import { requestMaterials } from "@/lib/applications/request-materials";
import { moveCase, MOVABLE_SELECT } from "@/lib/applications/lifecycle";
import { makePerson } from "@/tests/factories/people";
import { day, makeCase, makeDesk, makeHousehold, today } from "@/tests/factories/cases";
import { makeApplicant } from "@/tests/factories/applicants";
import { makeTree } from "@/tests/factories/units";
import { domainErrorCode as codeOf } from "@/tests/factories/domain-error";
import { makeDocument } from "@/tests/factories/documents";

const db = useTestDb();
let tree: Awaited<ReturnType<typeof makeTree>>;
let clerk: Actor;
let otherStationClerk: Actor;

beforeAll(async () => {
  ({ tree, clerk, otherStationClerk } = await makeDesk(db));
});

describe("settlement from elsewhere's register into a new family household", () => {
  it("takes, asks for materials, gets the answer, approves: memberships move, households open and close, a notice certificate is issued", async () => {
    const applicant = await makeApplicant(db);
    const spouse = await makePerson(db, { birthDate: "1991-02-03", sex: "FEMALE", name: "配偶" });
    const home = await makeHousehold(db, {
      stationId: tree.station2.id,
      members: [
        { personId: applicant.person.id, relation: "HEAD" },
        { personId: spouse.id, relation: "SPOUSE" },
      ],
    });
    const app = await makeCase(db, {
      at: tree,
      applicant,
      members: [{ relation: "SPOUSE", name: "配偶", birthDate: "1991-02-03", personId: spouse.id, citizenId: spouse.citizenId }],
    });

    expect(await codeOf(takeCase({ db, actor: otherStationClerk, applicationId: app.id, expectedVersion: 1 }))).toBe("NOT_FOUND");
    const taken = await takeCase({ db, actor: clerk, applicationId: app.id, expectedVersion: 1 });
    expect(taken.version).toBe(2);
    const req = await requestMaterials({
      db,
      actor: clerk,
      applicationId: app.id,
      expectedVersion: 2,
      items: [
        { item: "insurance_record", note: "缺少近 12 个月明细" },
        { item: null, note: "租赁合同复印件不清晰" },
      ],
    });
    let row = await db.application.findUniqueOrThrow({ where: { id: app.id } });
    expect(row.status).toBe("NEEDS_MATERIALS");
    expect(row.clockPausedAt).not.toBeNull();
    const notice = await db.notice.findFirstOrThrow({ where: { applicationId: app.id, kind: "materials_requested" } });
    expect(JSON.stringify(notice.data)).toContain("租赁合同复印件不清晰");
    // The applicant answers (the mycase helper's answer-materials does this).
    await db.$transaction(async (tx) => {
      const movable = await tx.application.findUniqueOrThrow({ where: { id: app.id }, select: MOVABLE_SELECT });
      await moveCase({
        tx,
        app: movable,
        to: "IN_REVIEW",
        actorId: applicant.user.id,
        expectedVersion: movable.version,
        calendar: new Map(),
        now: new Date(),
        action: "application.answer-materials",
      });
      await tx.materialsRequest.update({ where: { id: req.requestId }, data: { answeredAt: new Date() } });
    });
    row = await db.application.findUniqueOrThrow({ where: { id: app.id } });
    expect(row.status).toBe("IN_REVIEW");

    const spouseMember = await db.applicationMember.findFirstOrThrow({ where: { applicationId: app.id } });
    const result = await approveCase(db, clerk, app, { expectedVersion: row.version, approvedMemberIds: [spouseMember.id] });
    row = await db.application.findUniqueOrThrow({ where: { id: app.id } });
    expect(row.status).toBe("APPROVED");
    expect(row.decisionClause).toBe("郴政发〔2016〕1号 三(一)");
    expect(row.againstEngine).toBe(false);

    for (const personId of [applicant.person.id, spouse.id]) {
      const all = await db.membership.findMany({ where: { personId }, orderBy: { validFrom: "asc" }, include: { household: true } });
      const active = all.filter((m) => m.validTo === null);
      expect(active).toHaveLength(1);
      expect(active[0].household.stationId).toBe(tree.station.id);
      expect(active[0].household.householdNumber).toMatch(/^43100200\d{4}$/);
      const old = all.find((m) => m.householdId === home.id)!;
      expect(old.validTo?.toISOString().slice(0, 10)).toBe(today());
      expect(old.reason).toContain("迁出");
    }
    const newHome = await db.membership.findFirstOrThrow({ where: { personId: applicant.person.id, validTo: null } });
    expect(newHome.relation).toBe("HEAD");
    expect((await db.membership.findFirstOrThrow({ where: { personId: spouse.id, validTo: null } })).relation).toBe("SPOUSE");
    expect((await db.household.findUniqueOrThrow({ where: { id: home.id } })).closedOn).not.toBeNull();
    expect(result.certificates).toHaveLength(1);
    const cert = await db.certificate.findUniqueOrThrow({ where: { id: result.certificates[0].id } });
    expect(cert.kind).toBe("SETTLEMENT_NOTICE");
    expect(cert.data).toMatchObject({
      holderName: "申请人",
      clause: "郴政发〔2016〕1号 三(一)",
      applicationNumber: app.number,
      members: "申请人、配偶",
    });
    expect(await db.auditEvent.count({ where: { entityId: app.id, action: "application.approve" } })).toBe(1);
    expect((await db.applicationMember.findUniqueOrThrow({ where: { id: spouseMember.id } })).approved).toBe(true);
    // The KPI pages' record of the two settled persons, written with the moves (docs/decisions/0213).
    const records = await db.settlementRecord.findMany({ where: { applicationId: app.id } });
    expect(records.map((r) => r.personId).sort()).toEqual([applicant.person.id, spouse.id].sort());
    for (const r of records) {
      expect([r.stationId, r.pathwayId, r.clause, r.decidedOn.toISOString().slice(0, 10)]).toEqual([
        tree.station.id,
        SETTLEMENT_PATHWAY,
        "郴政发〔2016〕1号 三(一)",
        today(),
      ]);
    }
  });

  it("refuses approving against the engine without a reason, and accepts it with one (marked)", async () => {
    const applicant = await makeApplicant(db);
    const app = await makeCase(db, { at: tree, applicant, status: "IN_REVIEW", assigneeId: clerk.id });
    expect(await codeOf(approveCase(db, clerk, app, { pathwayId: null, clause: "郴政发〔2016〕1号 三(二)" }))).toBe("VALIDATION");
    await approveCase(db, clerk, app, { pathwayId: null, clause: "郴政发〔2016〕1号 三(二)", reason: "原件核实后认定符合" });
    const row = await db.application.findUniqueOrThrow({ where: { id: app.id } });
    expect(row.againstEngine).toBe(true);
    expect(row.decisionReason).toBe("原件核实后认定符合");
  });

  it("joins an existing household only with the head's consent on file", async () => {
    const head = await makePerson(db, { birthDate: "1960-05-05", name: "户主" });
    const target = await db.household.create({
      data: { householdNumber: "431002009001", type: "FAMILY", address: "人民路 9 号", area: "CENTRAL_URBAN", stationId: tree.station.id },
    });
    await db.membership.create({
      data: { personId: head.id, householdId: target.id, relation: "HEAD", validFrom: day("2000-01-01"), activePersonId: head.id },
    });
    const applicant = await makeApplicant(db);
    const app = await makeCase(db, {
      at: tree,
      applicant,
      status: "IN_REVIEW",
      assigneeId: clerk.id,
      placement: { type: "existing", householdNumber: "431002009001", relationToHead: "CHILD" },
    });
    expect(await codeOf(approveCase(db, clerk, app))).toBe("MISSING_DOCUMENTS");
    await makeDocument(db, {
      applicationId: app.id,
      kind: "head_consent",
      fileName: "同意书.pdf",
      sha256: "a".repeat(64),
      uploadedById: applicant.user.id,
    });
    await approveCase(db, clerk, app);
    const m = await db.membership.findFirstOrThrow({ where: { personId: applicant.person.id, validTo: null } });
    expect(m.householdId).toBe(target.id);
    expect(m.relation).toBe("CHILD");
  });
});
