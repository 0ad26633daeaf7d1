// The submission transaction: facts, snapshot, members, case event, audit and notice — all or nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { todayInChina } from "@/lib/policy/dates";
import { saveSection } from "@/lib/applications/save-section";
import { DECLARATION_TEXT, submitApplication } from "@/lib/applications/submit-application";
import { addDocument } from "@/lib/applications/documents";
import { ensurePlace, memoryStore, PDF, registeredApplicant } from "./apply-fixtures";
import { answeredDraft, submitDeclared } from "./apply-draft";
import { RENTER_ANSWERS } from "../factories/chenzhou-renter";

const db = useTestDb();
const store = memoryStore();
// The portal dates everything in China time: from 16:00 UTC it is already tomorrow there.
const today = todayInChina({ now: new Date() });

beforeAll(async () => {
  await ensurePlace(db);
});

const ANSWERS = RENTER_ANSWERS;

/** A settlement draft with every section answered; returns its id and version. */
const settlementDraft = (actor: Actor, answers: Record<string, Record<string, string>> = ANSWERS) => answeredDraft(db, actor, answers);

async function uploadMissing(actor: Actor, id: string, version: number, explanation?: string) {
  const missing = await submitDeclared(db, actor, { id, version }, explanation).catch((e: unknown) => e);
  expect(missing).toBeInstanceOf(DomainError);
  expect((missing as DomainError).code).toBe("MISSING_DOCUMENTS");
  for (const item of (missing as DomainError).details)
    await addDocument({ db, actor, applicationId: id, item, fileName: `${item}.pdf`, bytes: PDF, store });
  return (missing as DomainError).details;
}

async function snapshotOf(id: string) {
  const app = await db.application.findUniqueOrThrow({ where: { id } });
  return {
    status: app.status,
    version: app.version,
    submittedAt: app.submittedAt,
    decisionSnapshot: app.decisionSnapshot,
    members: await db.applicationMember.count({ where: { applicationId: id } }),
    events: await db.caseEvent.count({ where: { applicationId: id } }),
    submitAudits: await db.auditEvent.count({ where: { entityId: id, action: "application.submit" } }),
    notices: await db.notice.count({ where: { applicationId: id } }),
  };
}

describe("submitting an application", () => {
  it("refuses while a required document is missing, listing every one at once", async () => {
    const actor = await registeredApplicant(db);
    const { id, version } = await settlementDraft(actor);
    const items = await uploadMissing(actor, id, version);
    expect(items).toEqual(expect.arrayContaining(["id_card", "household_booklet", "marriage_certificate"]));
    expect((await snapshotOf(id)).status).toBe("DRAFT");
  });

  it("changes nothing when the transaction fails half-way (a trigger refuses the case event)", async () => {
    const actor = await registeredApplicant(db);
    const { id, version } = await settlementDraft(actor);
    await uploadMissing(actor, id, version);
    const before = await snapshotOf(id);
    await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION it_refuse_case_event() RETURNS trigger AS $$
      BEGIN IF NEW."applicationId" = '${id}' THEN RAISE EXCEPTION 'refused by test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(
      `CREATE TRIGGER it_refuse_case_event BEFORE INSERT ON "CaseEvent" FOR EACH ROW EXECUTE FUNCTION it_refuse_case_event()`,
    );
    try {
      await expect(submitDeclared(db, actor, { id, version })).rejects.toThrow(/refused by test/);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER it_refuse_case_event ON "CaseEvent"`);
    }
    const after = await snapshotOf(id);
    expect(after).toEqual(before);
    expect(after).toMatchObject({
      status: "DRAFT",
      version,
      members: 0,
      events: 0,
      submitAudits: 0,
      notices: 0,
      submittedAt: null,
      decisionSnapshot: null,
    });
  });

  it("stores the facts, the whole answer, the policy version and the members, with event, audit and notice — once", async () => {
    const actor = await registeredApplicant(db);
    const { id, version } = await settlementDraft(actor);
    await uploadMissing(actor, id, version);
    const first = await submitDeclared(db, actor, { id, version });
    expect(first.alreadySubmitted).toBe(false);
    const app = await db.application.findUniqueOrThrow({ where: { id }, include: { members: true, caseEvents: true } });
    expect(app).toMatchObject({
      status: "SUBMITTED",
      version: version + 1,
      eligibleAtSubmission: true,
      policyId: "chenzhou-2016",
      policyVersion: "郴政发〔2016〕1号",
      explanation: null,
    });
    expect(app.facts).toMatchObject({
      jurisdiction: "chenzhou",
      area: "central_urban",
      kind: "settlement",
      asOf: today,
      applicant: { hukou: { jurisdiction: "elsewhere", area: "rural" } },
    });
    expect(app.decisionSnapshot).toMatchObject({ eligible: true, policy: { id: "chenzhou-2016" } });
    expect(app.members).toHaveLength(1);
    expect(app.members[0]).toMatchObject({ position: 0, name: "李梅", relation: "SPOUSE", sex: "FEMALE", eligible: true, citizenId: null });
    expect(app.caseEvents.map((e) => [e.fromStatus, e.toStatus])).toEqual([["DRAFT", "SUBMITTED"]]);
    expect(app.clockStartedAt).not.toBeNull();
    expect(app.dueAt).not.toBeNull();
    expect(await db.notice.count({ where: { applicationId: id, userId: actor.id, kind: "submitted" } })).toBe(1);
    // The double click: the second post finds the case already submitted and changes nothing.
    const second = await submitDeclared(db, actor, { id, version });
    expect(second).toEqual({ number: app.number, alreadySubmitted: true });
    expect(await snapshotOf(id)).toMatchObject({ events: 1, submitAudits: 1, notices: 1, members: 1, version: version + 1 });
  });

  it("six posts at the same moment (a double click, retries) make one case, and both answer with its number", async () => {
    const actor = await registeredApplicant(db);
    const { id, version } = await settlementDraft(actor);
    await uploadMissing(actor, id, version);
    const results = await Promise.all([0, 1, 2, 3, 4, 5].map(() => submitDeclared(db, actor, { id, version })));
    const number = (await db.application.findUniqueOrThrow({ where: { id } })).number;
    expect(results.map((r) => r.number)).toEqual(Array(6).fill(number));
    expect(results.filter((r) => !r.alreadySubmitted)).toHaveLength(1);
    expect(await snapshotOf(id)).toMatchObject({ events: 1, submitAudits: 1, notices: 1, members: 1, version: version + 1 });
  });

  it("refuses a stale form: an older version of the draft", async () => {
    const actor = await registeredApplicant(db);
    const { id, version } = await settlementDraft(actor);
    await expect(
      saveSection({
        db,
        actor,
        applicationId: id,
        section: "grounds",
        expectedVersion: version - 1,
        values: { "applicant.education.level": "master" },
        today,
      }),
    ).rejects.toMatchObject({ code: "STALE" });
    const app = await db.application.findUniqueOrThrow({ where: { id } });
    expect((app.formData as Record<string, Record<string, string>>).grounds["applicant.education.level"]).toBe("bachelor");
    expect(app.version).toBe(version);
  });

  it("submits a case the engine answers not eligible only with a written explanation, marked for the clerk", async () => {
    const actor = await registeredApplicant(db);
    const answers = {
      ...ANSWERS,
      work: { "applicant.employment.type": "none" },
      home: { ...ANSWERS.home, "applicant.residence.type": "none", "applicant.residence.months": "" },
      family: {},
    };
    const { id, version } = await settlementDraft(actor, answers);
    await uploadMissing(actor, id, version, "—");
    const noReason = await submitDeclared(db, actor, { id, version }).catch((e: unknown) => e);
    expect(noReason).toMatchObject({ code: "VALIDATION", details: ["explanation"] });
    await submitDeclared(db, actor, { id, version }, "刚与本地户籍居民结婚，政策未列出这种情况。");
    const app = await db.application.findUniqueOrThrow({ where: { id } });
    expect(app).toMatchObject({
      status: "SUBMITTED",
      eligibleAtSubmission: false,
      explanation: "刚与本地户籍居民结婚，政策未列出这种情况。",
    });
  });

  it("refuses a submission without the 如实申报承诺, listed with every other problem, and changes nothing", async () => {
    const actor = await registeredApplicant(db);
    const { id, version } = await settlementDraft(actor);
    await uploadMissing(actor, id, version);
    const before = await snapshotOf(id);
    const unsigned = await submitApplication({
      db,
      actor,
      applicationId: id,
      expectedVersion: version,
      declared: false,
      now: new Date(),
    }).catch((e: unknown) => e);
    expect(unsigned).toMatchObject({ code: "VALIDATION", details: ["declaration"] });
    expect(await snapshotOf(id)).toEqual(before);
    // Not eligible and not declared: both at once.
    const other = await registeredApplicant(db);
    const answers = {
      ...ANSWERS,
      work: { "applicant.employment.type": "none" },
      home: { ...ANSWERS.home, "applicant.residence.type": "none", "applicant.residence.months": "" },
      family: {},
    };
    const draft = await settlementDraft(other, answers);
    await uploadMissing(other, draft.id, draft.version, "—");
    const both = await submitApplication({
      db,
      actor: other,
      applicationId: draft.id,
      expectedVersion: draft.version,
      declared: false,
      now: new Date(),
    }).catch((e: unknown) => e);
    expect(both).toMatchObject({ code: "VALIDATION", details: ["explanation", "declaration"] });
    // Declared: submitted, and the audit row keeps the words the applicant agreed to.
    await submitDeclared(db, actor, { id, version });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "application.submit" } });
    expect(audit.data).toMatchObject({ declaration: DECLARATION_TEXT });
  });

  it("shows another applicant's draft as missing", async () => {
    const owner = await registeredApplicant(db);
    const other = await registeredApplicant(db);
    const { id, version } = await settlementDraft(owner);
    await expect(submitDeclared(db, other, { id, version })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      saveSection({ db, actor: other, applicationId: id, section: "grounds", expectedVersion: version, values: {}, today }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
