// Each decision's effects on the case and the register, on PostgreSQL: take, 补正 and the answer,
// settlement (memberships closed and opened, households opened and closed), newborn numbering,
// residence permit issue and endorsement (on time, late), refusal, stale decisions.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import type { Actor } from "@/lib/auth/permissions";
import { parseCitizenId } from "@/lib/registry/citizen-id";
import { takeCase } from "@/lib/applications/take-case";
import { handBack } from "@/lib/applications/hand-back";
import { requestMaterials } from "@/lib/applications/request-materials";
import { approveApplication } from "@/lib/applications/approve-application";
import { refuseApplication } from "@/lib/applications/refuse-application";
import { reassignCase } from "@/lib/applications/reassign";
import { reviewDocument } from "@/lib/applications/review-document";
import { moveCase, MOVABLE_SELECT } from "@/lib/applications/lifecycle";
import { DomainError } from "@/lib/errors";
import { makePerson } from "@/tests/factories/people";
import { day, makeApplicant, makeCase, makeClerk, makeHousehold, makeTree, today } from "./casework-fixtures";

const db = useTestDb();
let tree: Awaited<ReturnType<typeof makeTree>>;
let clerk: Actor;
let clerk2: Actor;
let otherStationClerk: Actor;
const PATHWAY = "chenzhou.central-urban.employment-residence-insurance";

beforeAll(async () => {
  tree = await makeTree(db);
  clerk = await makeClerk(db, tree.station.id);
  clerk2 = await makeClerk(db, tree.station.id);
  otherStationClerk = await makeClerk(db, tree.station2.id);
});

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "OK";
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
}

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
      stationId: tree.station.id,
      policyUnitId: tree.city.id,
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
    const result = await approveApplication({
      db,
      actor: clerk,
      applicationId: app.id,
      expectedVersion: row.version,
      pathwayId: PATHWAY,
      approvedMemberIds: [spouseMember.id],
    });
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
        PATHWAY,
        "郴政发〔2016〕1号 三(一)",
        today(),
      ]);
    }
  });

  it("refuses approving against the engine without a reason, and accepts it with one (marked)", async () => {
    const applicant = await makeApplicant(db);
    const app = await makeCase(db, {
      stationId: tree.station.id,
      policyUnitId: tree.city.id,
      applicant,
      status: "IN_REVIEW",
      assigneeId: clerk.id,
    });
    expect(
      await codeOf(
        approveApplication({
          db,
          actor: clerk,
          applicationId: app.id,
          expectedVersion: 1,
          pathwayId: null,
          clause: "郴政发〔2016〕1号 三(二)",
          approvedMemberIds: [],
        }),
      ),
    ).toBe("VALIDATION");
    await approveApplication({
      db,
      actor: clerk,
      applicationId: app.id,
      expectedVersion: 1,
      pathwayId: null,
      clause: "郴政发〔2016〕1号 三(二)",
      reason: "原件核实后认定符合",
      approvedMemberIds: [],
    });
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
      stationId: tree.station.id,
      policyUnitId: tree.city.id,
      applicant,
      status: "IN_REVIEW",
      assigneeId: clerk.id,
      placement: { type: "existing", householdNumber: "431002009001", relationToHead: "CHILD" },
    });
    expect(
      await codeOf(
        approveApplication({ db, actor: clerk, applicationId: app.id, expectedVersion: 1, pathwayId: PATHWAY, approvedMemberIds: [] }),
      ),
    ).toBe("MISSING_DOCUMENTS");
    await db.document.create({
      data: {
        applicationId: app.id,
        kind: "head_consent",
        fileName: "同意书.pdf",
        sha256: "a".repeat(64),
        sizeBytes: 10,
        mediaType: "application/pdf",
        uploadedById: applicant.user.id,
      },
    });
    await approveApplication({ db, actor: clerk, applicationId: app.id, expectedVersion: 1, pathwayId: PATHWAY, approvedMemberIds: [] });
    const m = await db.membership.findFirstOrThrow({ where: { personId: applicant.person.id, validTo: null } });
    expect(m.householdId).toBe(target.id);
    expect(m.relation).toBe("CHILD");
  });
});

describe("no-hukou registration and collective households", () => {
  it("registers the person it is about (a number they already hold) into a new household they head; the applicant stays where they are", async () => {
    const applicant = await makeApplicant(db, { birthDate: "1979-08-16" });
    const app = await makeCase(db, {
      kind: "NO_HUKOU_REGISTRATION",
      stationId: tree.station.id,
      policyUnitId: tree.city.id,
      applicant,
      status: "IN_REVIEW",
      assigneeId: clerk.id,
      members: [{ relation: "CHILD", name: "无户口子女", birthDate: "2012-03-04", citizenId: "431002201203040024" }],
    });
    const member = await db.applicationMember.findFirstOrThrow({ where: { applicationId: app.id } });
    const result = await approveApplication({
      db,
      actor: clerk,
      applicationId: app.id,
      expectedVersion: 1,
      pathwayId: null,
      approvedMemberIds: [member.id],
    });
    // A no-hukou registration places only the person it is about: the applicant (a parent) is not moved.
    expect(await db.membership.count({ where: { personId: applicant.person.id, validTo: null } })).toBe(0);
    const child = await db.person.findUniqueOrThrow({
      where: { citizenId: "431002201203040024" },
      include: { memberships: { include: { household: true } } },
    });
    expect(child).toMatchObject({ sex: "FEMALE", name: "无户口子女" });
    expect(child.memberships).toMatchObject([
      { relation: "HEAD", validTo: null, household: { type: "FAMILY", stationId: tree.station.id } },
    ]);
    expect(await db.applicationMember.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({
      personId: child.id,
      idIssued: false,
    });
    expect(result.certificates).toHaveLength(1);
    const row = await db.application.findUniqueOrThrow({ where: { id: app.id } });
    expect(row.decisionClause).toBeTruthy();
  });

  it("a collective placement finds the station's collective household of that type, or opens one", async () => {
    const numbers: string[] = [];
    for (let i = 0; i < 2; i++) {
      const applicant = await makeApplicant(db);
      const app = await makeCase(db, {
        stationId: tree.station.id,
        policyUnitId: tree.city.id,
        applicant,
        status: "IN_REVIEW",
        assigneeId: clerk.id,
        placement: { type: "collective", householdType: "COLLECTIVE_TALENT_MARKET" },
      });
      await approveApplication({ db, actor: clerk, applicationId: app.id, expectedVersion: 1, pathwayId: PATHWAY, approvedMemberIds: [] });
      const m = await db.membership.findFirstOrThrow({
        where: { personId: applicant.person.id, validTo: null },
        include: { household: true },
      });
      expect(m).toMatchObject({ relation: "OTHER", household: { type: "COLLECTIVE_TALENT_MARKET" } });
      numbers.push(m.household.householdNumber);
    }
    expect(numbers[0]).toBe(numbers[1]);
  });
});

describe("newborn registration", () => {
  it("numbers the child at the station's region with the right sex digit and registers it in the parent's household", async () => {
    const applicant = await makeApplicant(db, { sex: "FEMALE", birthDate: "1994-12-21" });
    const head = await makePerson(db, { birthDate: "1992-07-09", name: "父亲" });
    const home = await makeHousehold(db, {
      stationId: tree.station.id,
      members: [
        { personId: head.id, relation: "HEAD" },
        { personId: applicant.person.id, relation: "SPOUSE" },
      ],
    });
    const app = await makeCase(db, {
      kind: "NEWBORN_REGISTRATION",
      stationId: tree.station.id,
      policyUnitId: tree.city.id,
      applicant,
      status: "IN_REVIEW",
      assigneeId: clerk.id,
      members: [{ relation: "CHILD", name: "周小宝", birthDate: "2026-10-11", sex: "FEMALE" }],
    });
    const member = await db.applicationMember.findFirstOrThrow({ where: { applicationId: app.id } });
    const result = await approveApplication({
      db,
      actor: clerk,
      applicationId: app.id,
      expectedVersion: 1,
      pathwayId: null,
      approvedMemberIds: [member.id],
    });
    const after = await db.applicationMember.findUniqueOrThrow({
      where: { id: member.id },
      include: { person: { include: { memberships: true } } },
    });
    const parsed = parseCitizenId({ input: after.citizenId! });
    expect(parsed).toMatchObject({ ok: true, birthDate: "2026-10-11", sex: "FEMALE" });
    expect(after.citizenId!.slice(0, 6)).toBe("431002");
    expect(Number(after.citizenId![16]) % 2).toBe(0);
    expect(after.person!.memberships).toHaveLength(1);
    expect(after.person!.memberships[0]).toMatchObject({ householdId: home.id, relation: "CHILD", validTo: null });
    const cert = await db.certificate.findUniqueOrThrow({ where: { id: result.certificates[0].id } });
    expect(cert.kind).toBe("REGISTRATION_NOTICE");
    expect(cert.data).toMatchObject({ registration: "newborn", citizenId: after.citizenId });
  });
});

describe("residence permits", () => {
  it("issues a permit valid one year, residence counted from the issue date", async () => {
    const applicant = await makeApplicant(db);
    const app = await makeCase(db, {
      kind: "RESIDENCE_PERMIT",
      stationId: tree.station.id,
      policyUnitId: tree.city.id,
      applicant,
      status: "IN_REVIEW",
      assigneeId: clerk.id,
      facts: {
        jurisdiction: "chenzhou",
        area: "central_urban",
        kind: "residence_permit",
        asOf: "2026-11-20",
        applicant: {
          birthDate: "1990-04-01",
          hukou: { jurisdiction: "elsewhere", area: "rural" },
          residence: { type: "rented", months: 8 },
          employment: { type: "employee", months: 8 },
          socialInsurance: { urbanMonths: 6, medical: true },
        },
        members: [],
      },
    });
    const snapshot = (await db.application.findUniqueOrThrow({ where: { id: app.id } })).decisionSnapshot as {
      pathways: { id: string; eligible: boolean }[];
    };
    const met = snapshot.pathways.find((p) => p.eligible);
    expect(met, "the fixture's facts must meet a residence-permit pathway").toBeTruthy();
    await approveApplication({ db, actor: clerk, applicationId: app.id, expectedVersion: 1, pathwayId: met!.id, approvedMemberIds: [] });
    const permit = await db.residencePermit.findFirstOrThrow({ where: { holderId: applicant.person.id } });
    const t = today();
    expect(permit.number).toMatch(new RegExp(`^JZZ-4310-${t.slice(0, 4)}-\\d{6}$`));
    expect(permit.status).toBe("VALID");
    expect(permit.issuedOn.toISOString().slice(0, 10)).toBe(t);
    expect(permit.residenceSince.toISOString().slice(0, 10)).toBe(t);
    expect(permit.validUntil.toISOString().slice(0, 10)).toBe(`${Number(t.slice(0, 4)) + 1}${t.slice(4)}`);
    expect(await db.certificate.count({ where: { permitId: permit.id, kind: "RESIDENCE_PERMIT" } })).toBe(1);
  });

  async function permitCase(status: "VALID" | "SUSPENDED", validUntil: string) {
    const applicant = await makeApplicant(db);
    const permit = await db.residencePermit.create({
      data: {
        number: `JZZ-T-${Math.random().toString(36).slice(2, 10)}`,
        holderId: applicant.person.id,
        jurisdictionId: tree.city.id,
        stationId: tree.station.id,
        address: "人民路 1 号",
        issuedOn: day("2024-01-10"),
        residenceSince: day("2024-01-10"),
        validUntil: day(validUntil),
        status,
      },
    });
    const app = await makeCase(db, {
      kind: "PERMIT_ENDORSEMENT",
      stationId: tree.station.id,
      policyUnitId: tree.city.id,
      applicant,
      status: "IN_REVIEW",
      assigneeId: clerk.id,
      permitId: permit.id,
    });
    await approveApplication({ db, actor: clerk, applicationId: app.id, expectedVersion: 1, pathwayId: null, approvedMemberIds: [] });
    return db.residencePermit.findUniqueOrThrow({ where: { id: permit.id }, include: { endorsements: true } });
  }

  const inDays = (n: number) => new Date(Date.parse(`${today()}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

  it("an on-time endorsement (in the month before the anniversary) extends validity by one year and keeps the residence years", async () => {
    const due = inDays(10);
    const p = await permitCase("VALID", due);
    expect(p.validUntil.toISOString().slice(0, 10)).toBe(`${Number(due.slice(0, 4)) + 1}${due.slice(4)}`);
    expect(p.residenceSince.toISOString().slice(0, 10)).toBe("2024-01-10");
    expect(p.endorsements).toMatchObject([{ late: false }]);
  });

  it("a late endorsement restores a suspended permit and restarts the residence years", async () => {
    // Missed two months ago: late, within the year a late endorsement is still possible.
    const p = await permitCase("SUSPENDED", inDays(-60));
    expect(p.status).toBe("VALID");
    expect(p.residenceSince.toISOString().slice(0, 10)).toBe(today());
    expect(p.validUntil.toISOString().slice(0, 10)).toBe(`${Number(today().slice(0, 4)) + 1}${today().slice(4)}`);
    expect(p.endorsements).toMatchObject([{ late: true }]);
  });
});

describe("refusal, hand back, reassign, document marks, stale decisions", () => {
  it("a refusal needs a reason and a clause, and stores both", async () => {
    const applicant = await makeApplicant(db);
    const app = await makeCase(db, {
      stationId: tree.station.id,
      policyUnitId: tree.city.id,
      applicant,
      status: "IN_REVIEW",
      assigneeId: clerk.id,
    });
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
    const app = await makeCase(db, {
      stationId: tree.station.id,
      policyUnitId: tree.city.id,
      applicant,
      status: "IN_REVIEW",
      assigneeId: clerk.id,
    });
    const codes = await Promise.all([
      codeOf(
        approveApplication({ db, actor: clerk, applicationId: app.id, expectedVersion: 1, pathwayId: PATHWAY, approvedMemberIds: [] }),
      ),
      codeOf(refuseApplication({ db, actor: clerk, applicationId: app.id, expectedVersion: 1, reason: "不符合", clause: "三(一)" })),
    ]);
    expect(codes.sort()).toEqual(["OK", "STALE"]);
    expect(await db.caseEvent.count({ where: { applicationId: app.id } })).toBe(1);
  });

  it("hands back (assignee cleared), the lead reassigns (status unchanged), a plain clerk may not", async () => {
    const lead = await makeClerk(db, tree.station.id, { lead: true });
    const applicant = await makeApplicant(db);
    const app = await makeCase(db, { stationId: tree.station.id, policyUnitId: tree.city.id, applicant });
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
    const app = await makeCase(db, {
      stationId: tree.station.id,
      policyUnitId: tree.city.id,
      applicant,
      status: "IN_REVIEW",
      assigneeId: clerk.id,
    });
    const doc = await db.document.create({
      data: {
        applicationId: app.id,
        kind: "lease",
        fileName: "租赁合同.pdf",
        sha256: "b".repeat(64),
        sizeBytes: 10,
        mediaType: "application/pdf",
        uploadedById: applicant.user.id,
      },
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
