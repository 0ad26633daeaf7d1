// The server-action half of the authorization matrix: every guarded action's domain call (the one the
// action makes after its own checks — tests/unit/access-matrix.test.ts proves the action calls it) is
// tried by eight forged actors on a fresh row of applicant A, and the answer must be the one the
// permissions table generates: UnauthenticatedError, FORBIDDEN, NOT_FOUND or done. A refused call
// writes nothing (no audit row by that actor, the case's version unchanged). docs/decisions/0230.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import { ForbiddenError, UnauthenticatedError, type Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { startApplication } from "@/lib/applications/start-application";
import { QUANTITY_LIMITS } from "@/lib/applications/quantity-limits";
import { saveSection } from "@/lib/applications/save-section";
import { addDocument, readDocument } from "@/lib/applications/documents";
import { loadCaseView } from "@/lib/applications/case-view";
import { removeDocument } from "@/lib/applications/remove-document";
import { submitApplication } from "@/lib/applications/submit-application";
import { withdrawApplication } from "@/lib/applications/withdraw-application";
import { rateApplication } from "@/lib/applications/rate-application";
import { answerMaterials } from "@/lib/applications/answer-materials";
import { takeCase } from "@/lib/applications/take-case";
import { handBack } from "@/lib/applications/hand-back";
import { reassignCase } from "@/lib/applications/reassign";
import { reviewDocument } from "@/lib/applications/review-document";
import { requestMaterials } from "@/lib/applications/request-materials";
import { approveApplication } from "@/lib/applications/approve-application";
import { refuseApplication } from "@/lib/applications/refuse-application";
import { revealCitizenId, verifyIdentity } from "@/lib/registry/reveal-person";
import { createStaffUser } from "@/lib/admin/create-user";
import { deactivateUser, editStaffUser, forcePasswordReset, reactivateUser, unlockUser } from "@/lib/admin/change-user";
import { updateUnit } from "@/lib/admin/units";
import { deleteCalendarDay, saveAssessmentInput, saveCalendarDay, savePopulationStat, saveTarget } from "@/lib/reference/save-reference";
import { flagCase } from "@/lib/applications/flag-case";
import { closeFollowUp } from "@/lib/applications/rating-follow-ups";
import { resetApplicantPassword } from "@/lib/auth/counter-reset";
import { ACTIONS, expectedOutcome, MATRIX_ACTORS, type MatrixActor, type Outcome } from "../security/access-matrix";
import { HOLDER_BOUND_ACTIONS } from "../security/access-matrix";
import { ensurePlace, memoryStore, PDF, registeredApplicant } from "./apply-fixtures";
import { makeCase, makeClerk } from "./casework-fixtures";

const db = useTestDb();
const store = memoryStore();
const today = new Date().toISOString().slice(0, 10);
const PATHWAY = "chenzhou.central-urban.employment-residence-insurance";
let actors: Record<MatrixActor, Actor | null>;
let place: Awaited<ReturnType<typeof ensurePlace>>;
let colleague: Actor;

async function forged(role: "SUPERVISOR" | "ADMIN", scope: { id: string; path: string } | null): Promise<Actor> {
  const u = await db.user.create({
    data: {
      username: `am-${role.toLowerCase()}-${randomUUID().slice(0, 8)}`,
      passwordHash: "x",
      displayName: role,
      role,
      jurisdictionId: scope?.id ?? null,
    },
  });
  return {
    id: u.id,
    role,
    displayName: u.displayName,
    stationId: null,
    jurisdictionId: scope?.id ?? null,
    scopePath: scope?.path ?? null,
    personId: null,
  };
}

async function verified(actor: Actor): Promise<Actor> {
  await db.user.update({ where: { id: actor.id }, data: { identityVerifiedAt: new Date() } });
  return { ...actor, identityVerified: true };
}

beforeAll(async () => {
  place = await ensurePlace(db);
  const other = await db.jurisdiction.create({
    data: {
      code: `am-${randomUUID().slice(0, 8)}`,
      name: "别处派出所",
      level: "STATION",
      area: "CENTRAL_URBAN",
      path: `${place.district.path}am-${randomUUID().slice(0, 8)}/`,
      parentId: place.district.id,
    },
  });
  const outCode = `am-out-${randomUUID().slice(0, 8)}`;
  const outside = await db.jurisdiction.create({
    data: { code: outCode, name: "别的州", level: "CITY", area: "CENTRAL_URBAN", path: `/${outCode}/` },
  });
  // A and B had their ID cards checked (an unverified applicant's case cannot be approved, decision 0257).
  const applicantA = await verified(await registeredApplicant(db));
  const applicantB = await verified(await registeredApplicant(db));
  // Signed up with A's name and number, never verified: forged with A's person (User.personId is unique,
  // so its own row has another person) — nothing of A's, keyed on the account or on the person, is its own.
  const squatter = await registeredApplicant(db);
  actors = {
    anonymous: null,
    applicantA,
    applicantB,
    applicantUnverified: { ...squatter, personId: applicantA.personId, identityVerified: false },
    // A station lead, so the reassignment's extra rule (leads only) is not what refuses or allows.
    clerkSame: await makeClerk(db, place.station.id, { lead: true }),
    clerkOther: await makeClerk(db, other.id, { lead: true }),
    supervisorIn: await forged("SUPERVISOR", { id: place.city.id, path: place.city.path }),
    supervisorOut: await forged("SUPERVISOR", { id: outside.id, path: outside.path }),
    admin: await forged("ADMIN", null),
  };
  colleague = await makeClerk(db, place.station.id);
});

const ANSWERS: Record<string, Record<string, string>> = {
  about: { "applicant.hukou.jurisdiction": "elsewhere", "applicant.hukou.area": "rural" },
  home: { address: "北湖区人民西路 12 号", "applicant.residence.type": "rented", "applicant.residence.months": "14", placement: "new" },
  work: { "applicant.employment.type": "employee", "applicant.employment.months": "12", "applicant.socialInsurance.urbanMonths": "12" },
  grounds: { "applicant.education.level": "bachelor" },
  family: { members: "0" },
};

const A = () => actors.applicantA!;
const clerk = () => actors.clerkSame!;
const applicantRef = () => ({ user: { id: A().id }, person: { id: A().personId! } });

/** Applicant A opens a draft per probe: more than an account may (M5), which is not what this matrix checks. */
const MANY_DRAFTS = { ...QUANTITY_LIMITS, draftsPerKind: 1000, draftsTotal: 1000 };

async function draft(options: { answered?: boolean; documents?: boolean } = {}) {
  const { id } = await startApplication({
    db,
    actor: A(),
    kind: "SETTLEMENT",
    jurisdiction: "chenzhou",
    unitCode: place.district.code,
    stationCode: place.station.code,
    createKey: randomUUID(),
    now: new Date(),
    limits: MANY_DRAFTS,
  });
  let version = 1;
  for (const [section, values] of options.answered ? Object.entries(ANSWERS) : []) {
    const saved = await saveSection({ db, actor: A(), applicationId: id, section, expectedVersion: version, values, today });
    expect(saved.errors, section).toEqual([]);
    version = saved.version;
  }
  if (options.documents) {
    const missing = await submitApplication({
      db,
      actor: A(),
      applicationId: id,
      expectedVersion: version,
      declared: true,
      now: new Date(),
    }).catch((e: unknown) => e);
    for (const item of (missing as DomainError).details ?? [])
      await addDocument({ db, actor: A(), applicationId: id, item, fileName: `${item}.pdf`, bytes: PDF, store });
  }
  return { id, version: (await db.application.findUniqueOrThrow({ where: { id } })).version };
}

const inReview = () =>
  makeCase(db, {
    stationId: place.station.id,
    policyUnitId: place.city.id,
    applicant: applicantRef(),
    status: "IN_REVIEW",
    assigneeId: clerk().id,
  });
const submitted = () => makeCase(db, { stationId: place.station.id, policyUnitId: place.city.id, applicant: applicantRef() });

/** A county of its own per attempt, so a reference row the call would write cannot already be there. */
const freshCounty = () => {
  const code = `am-county-${randomUUID().slice(0, 8)}`;
  return db.jurisdiction.create({
    data: { code, name: "测试县", level: "COUNTY", area: "CENTRAL_URBAN", path: `${place.city.path}${code}/`, parentId: place.city.id },
  });
};
/** A calendar day nobody else uses: far in the future, one further per attempt. */
let calendarDays = 0;
const calendarBase = Date.UTC(2100, 0, 1) + Math.floor(Math.random() * 20_000) * 86_400_000;
const freshDate = () => new Date(calendarBase + calendarDays++ * 86_400_000).toISOString().slice(0, 10);
const calendarRow = (date: string) => db.calendarDay.findUnique({ where: { date: new Date(`${date}T00:00:00Z`) } });

/**
 * Per domain function: make a fresh row of applicant A in the state the action acts on, and act on it.
 * `written` (for rows that are not a case) reads what the call would write: a refusal leaves it as it was.
 */
type Probe = () => Promise<{ id: string; act: (actor: Actor) => Promise<unknown>; written?: () => Promise<unknown> }>;
const PROBES: Record<string, Probe> = {
  startApplication: async () => ({
    id: "",
    act: (actor) =>
      startApplication({
        db,
        actor,
        kind: "SETTLEMENT",
        jurisdiction: "chenzhou",
        unitCode: place.district.code,
        stationCode: place.station.code,
        createKey: randomUUID(),
        now: new Date(),
        limits: MANY_DRAFTS,
      }),
  }),
  saveSection: async () => {
    const d = await draft();
    return {
      id: d.id,
      act: (actor) =>
        saveSection({ db, actor, applicationId: d.id, section: "about", expectedVersion: d.version, values: ANSWERS.about, today }),
    };
  },
  addDocument: async () => {
    const d = await draft();
    return {
      id: d.id,
      act: (actor) => addDocument({ db, actor, applicationId: d.id, item: "id_card", fileName: "id.pdf", bytes: PDF, store }),
    };
  },
  removeDocument: async () => {
    const d = await draft();
    const doc = await addDocument({ db, actor: A(), applicationId: d.id, item: "id_card", fileName: "id.pdf", bytes: PDF, store });
    return { id: d.id, act: (actor) => removeDocument({ db, actor, documentId: doc.id }) };
  },
  submitApplication: async () => {
    const d = await draft({ answered: true, documents: true });
    return {
      id: d.id,
      act: (actor) => submitApplication({ db, actor, applicationId: d.id, expectedVersion: d.version, declared: true, now: new Date() }),
    };
  },
  withdrawApplication: async () => {
    const app = await submitted();
    return {
      id: app.id,
      act: (actor) => withdrawApplication({ db, actor, applicationId: app.id, expectedVersion: app.version, reason: "不办了" }),
    };
  },
  rateApplication: async () => {
    const app = await inReview();
    await refuseApplication({
      db,
      actor: clerk(),
      applicationId: app.id,
      expectedVersion: app.version,
      reason: "社保不足",
      clause: "三(一)",
    });
    return { id: app.id, act: (actor) => rateApplication({ db, actor, applicationId: app.id, score: 4, comment: "快" }) };
  },
  answerMaterials: async () => {
    const app = await inReview();
    await requestMaterials({
      db,
      actor: clerk(),
      applicationId: app.id,
      expectedVersion: app.version,
      items: [{ item: null, note: "请说明居住情况" }],
    });
    const version = (await db.application.findUniqueOrThrow({ where: { id: app.id } })).version;
    return { id: app.id, act: (actor) => answerMaterials({ db, actor, applicationId: app.id, expectedVersion: version, note: "已说明" }) };
  },
  takeCase: async () => {
    const app = await submitted();
    return { id: app.id, act: (actor) => takeCase({ db, actor, applicationId: app.id, expectedVersion: app.version }) };
  },
  handBack: async () => {
    const app = await inReview();
    // The case is clerkSame's own; handing back someone else's is refused by another rule.
    return { id: app.id, act: (actor) => handBack({ db, actor, applicationId: app.id, expectedVersion: app.version }) };
  },
  reassignCase: async () => {
    const app = await inReview();
    return {
      id: app.id,
      act: (actor) => reassignCase({ db, actor, applicationId: app.id, expectedVersion: app.version, assigneeId: colleague.id }),
    };
  },
  verifyIdentity: async () => {
    const app = await submitted();
    return { id: app.id, act: (actor) => verifyIdentity({ db, actor, applicationId: app.id }) };
  },
  reviewDocument: async () => {
    const app = await inReview();
    const doc = await db.document.create({
      data: {
        applicationId: app.id,
        kind: "id_card",
        fileName: "id.pdf",
        sha256: "0".repeat(64),
        sizeBytes: 10,
        mediaType: "application/pdf",
        uploadedById: A().id,
      },
    });
    return { id: app.id, act: (actor) => reviewDocument({ db, actor, documentId: doc.id, review: "ACCEPTED", expectedReview: "PENDING" }) };
  },
  revealCitizenId: async () => {
    const app = await submitted();
    return { id: app.id, act: (actor) => revealCitizenId({ db, actor, applicationId: app.id }) };
  },
  requestMaterials: async () => {
    const app = await inReview();
    return {
      id: app.id,
      act: (actor) =>
        requestMaterials({ db, actor, applicationId: app.id, expectedVersion: app.version, items: [{ item: "id_card", note: "看不清" }] }),
    };
  },
  approveApplication: async () => {
    const app = await inReview();
    return {
      id: app.id,
      act: (actor) =>
        approveApplication({ db, actor, applicationId: app.id, expectedVersion: app.version, pathwayId: PATHWAY, approvedMemberIds: [] }),
    };
  },
  // The admin's actions act on any account or unit ("any" scope): the admin passes, everyone else is refused.
  // An empty form is a typed refusal of the domain (ok: false), which still means the permission let it in.
  createStaffUser: async () => ({
    id: "",
    act: (actor) =>
      createStaffUser({
        db,
        actor,
        input: {
          username: `am-new-${randomUUID().slice(0, 6)}`,
          displayName: "新民警",
          role: "CLERK",
          stationCode: place.station.code,
        } as never,
      }),
  }),
  editStaffUser: async () => {
    const target = await makeClerk(db, place.station.id);
    return { id: "", act: (actor) => editStaffUser({ db, actor, userId: target.id, input: { displayName: "改名" } }) };
  },
  deactivateUser: async () => {
    const target = await makeClerk(db, place.station.id);
    return { id: "", act: (actor) => deactivateUser({ db, actor, userId: target.id }) };
  },
  reactivateUser: async () => {
    const target = await makeClerk(db, place.station.id);
    await db.user.update({ where: { id: target.id }, data: { active: false } });
    return { id: "", act: (actor) => reactivateUser({ db, actor, userId: target.id }) };
  },
  unlockUser: async () => {
    const target = await makeClerk(db, place.station.id);
    return { id: "", act: (actor) => unlockUser({ db, actor, userId: target.id }) };
  },
  forcePasswordReset: async () => {
    const target = await makeClerk(db, place.station.id);
    return { id: "", act: (actor) => forcePasswordReset({ db, actor, userId: target.id, issuePassword: true }) };
  },
  // The counter reset: a fresh resident per attempt, the name as on the card, the box ticked.
  resetApplicantPassword: async () => {
    const resident = await registeredApplicant(db);
    const { username } = await db.user.findUniqueOrThrow({ where: { id: resident.id } });
    return {
      id: "",
      act: (actor) =>
        resetApplicantPassword({ db, actor, input: { account: username, name: resident.displayName, identityChecked: "on" } }),
    };
  },
  updateUnit: async () => ({
    id: "",
    act: (actor) =>
      updateUnit({
        db,
        actor,
        unitId: place.station.id,
        input: {
          name: place.station.name,
          nameEn: "",
          area: "CENTRAL_URBAN",
          expectedName: place.station.name,
          expectedNameEn: "",
          expectedArea: "CENTRAL_URBAN",
        },
      }),
  }),
  // Reference data is the admin's alone (manage:reference:any); a valid form, so "ok" means it was saved.
  savePopulationStat: async () => {
    const unit = await freshCounty();
    return {
      id: "",
      act: (actor) =>
        savePopulationStat({
          db,
          actor,
          input: { unitId: unit.id, year: 2024, residentTotal: 1000, residentUrban: 600, source: "测试统计公报" },
        }),
      written: () => db.populationStat.findMany({ where: { unitId: unit.id } }),
    };
  },
  saveTarget: async () => {
    const unit = await freshCounty();
    const input = {
      unitId: unit.id,
      metric: "SETTLEMENTS",
      fromYear: 2021,
      toYear: 2025,
      value: 100,
      baseYear: null,
      sourceDocument: "测试文件",
      sourceClause: "三(一)",
      note: null,
    };
    return {
      id: "",
      act: (actor) => saveTarget({ db, actor, input }),
      written: () => db.reformTarget.findMany({ where: { unitId: unit.id } }),
    };
  },
  saveAssessmentInput: async () => {
    const unit = await freshCounty();
    const input = {
      unitId: unit.id,
      year: 2018,
      requiredIncrease: 1.5,
      hukouTotalPrev: null,
      hukouUrbanPrev: null,
      hukouTotal: null,
      hukouUrban: null,
      agriTransferSettlements: null,
      otherSettlements: null,
      urbanIncreaseTotal: null,
      relocatedSettled: null,
      relocatedMovedIn: null,
      source: "测试附件1",
    };
    return {
      id: "",
      act: (actor) => saveAssessmentInput({ db, actor, input }),
      written: () => db.assessmentInput.findMany({ where: { unitId: unit.id } }),
    };
  },
  saveCalendarDay: async () => {
    const date = freshDate();
    return {
      id: "",
      act: (actor) => saveCalendarDay({ db, actor, input: { date, kind: "HOLIDAY", name: "测试假日", source: "测试通知" } }),
      written: () => calendarRow(date),
    };
  },
  deleteCalendarDay: async () => {
    const date = freshDate();
    await db.calendarDay.create({ data: { date: new Date(`${date}T00:00:00Z`), kind: "HOLIDAY", name: "测试假日", source: "测试通知" } });
    return { id: "", act: (actor) => deleteCalendarDay({ db, actor, date }), written: () => calendarRow(date) };
  },
  // 督办 of an open case at A's station: supervisors of the subtree only.
  flagCase: async () => {
    const app = await inReview();
    return { id: app.id, act: (actor) => flagCase({ db, actor, applicationId: app.id, expectedVersion: app.version, note: "请加快办理" }) };
  },
  // 差评整改回访: a poor rating of a case decided at A's station opens it; supervisors of the subtree close it.
  closeFollowUp: async () => {
    const app = await inReview();
    await refuseApplication({
      db,
      actor: clerk(),
      applicationId: app.id,
      expectedVersion: app.version,
      reason: "社保不足",
      clause: "三(一)",
    });
    await rateApplication({ db, actor: A(), applicationId: app.id, score: 1, comment: "态度差" });
    const followUp = await db.ratingFollowUp.findFirstOrThrow({ where: { rating: { applicationId: app.id } } });
    return {
      id: app.id,
      act: (actor) => closeFollowUp({ db, actor, followUpId: followUp.id, note: "已回访，说明了不予许可的理由" }),
      written: async () => (await db.ratingFollowUp.findUniqueOrThrow({ where: { id: followUp.id } })).status,
    };
  },
  refuseApplication: async () => {
    const app = await inReview();
    return {
      id: app.id,
      act: (actor) =>
        refuseApplication({ db, actor, applicationId: app.id, expectedVersion: app.version, reason: "不符合", clause: "三(一)" }),
    };
  },
};

function outcomeOf(error: unknown): Outcome | string {
  if (error instanceof UnauthenticatedError) return "signin";
  if (error instanceof ForbiddenError) return "forbidden";
  if (error instanceof DomainError)
    return error.code === "FORBIDDEN"
      ? "forbidden"
      : error.code === "NOT_FOUND"
        ? "notFound"
        : `other:${error.code}:${error.details.join(",")}`;
  throw error;
}

// Public and any-account actions (sign-in, registration, sign-out, one's own password) decide by who is
// asking, not by a permission: their refusals are proved by their own tests.
const guarded = Object.entries(ACTIONS).filter(([, e]) => Array.isArray(e.needs));

describe.each(guarded)("%s", (key, entry) => {
  it("has a probe for its domain call", () => expect(PROBES[entry.domain!], `${key} → ${entry.domain}`).toBeTypeOf("function"));

  it.each(MATRIX_ACTORS.map((a) => [a, entry.domainOverrides?.[a] ?? expectedOutcome(entry, a)] as const))(
    "%s → %s",
    async (who, expected) => {
      const probe = await PROBES[entry.domain!]();
      const actor = actors[who];
      const versionBefore = probe.id ? (await db.application.findUniqueOrThrow({ where: { id: probe.id } })).version : null;
      const auditsBefore = actor ? await db.auditEvent.count({ where: { actorId: actor.id } }) : 0;
      const writtenBefore = await probe.written?.();
      const got = await probe.act(actor as Actor).then(() => "ok" as const, outcomeOf);
      expect(got).toBe(expected);
      if (got !== "ok" && actor) {
        expect(await db.auditEvent.count({ where: { actorId: actor.id } }), "a refused call writes no audit row").toBe(auditsBefore);
      }
      if (got !== "ok" && probe.id) {
        expect(
          (await db.application.findUniqueOrThrow({ where: { id: probe.id } })).version,
          "a refused call leaves the case as it was",
        ).toBe(versionBefore);
      }
      if (probe.written) {
        const writtenAfter = await probe.written();
        if (got === "ok") expect(writtenAfter, "an allowed call did write").not.toEqual(writtenBefore);
        else expect(writtenAfter, "a refused call writes no reference row").toEqual(writtenBefore);
      }
    },
  );
});

// ── Issue 16, round two (decision records 0261, 0262), kept apart from the eight actors above. ──────────

describe("round two: a decision by a clerk of the station who does not hold the case", () => {
  it.each(Object.entries(HOLDER_BOUND_ACTIONS))("%s → NOT_HOLDER, audited, the case unchanged", async (_key, { domain }) => {
    const probe = await PROBES[domain]();
    // Every probe's case is clerkSame's; the colleague works at the same station and holds nothing.
    const versionBefore = (await db.application.findUniqueOrThrow({ where: { id: probe.id } })).version;
    const got = await probe.act(colleague).then(
      () => "ok",
      (e: unknown) => (e instanceof DomainError ? e.code : String(e)),
    );
    expect(got).toBe("NOT_HOLDER");
    expect((await db.application.findUniqueOrThrow({ where: { id: probe.id } })).version).toBe(versionBefore);
    const audits = await db.auditEvent.findMany({ where: { actorId: colleague.id, entityId: probe.id } });
    expect(audits.map((a) => a.action)).toEqual(["application.decision-refused"]);
  });
});

describe("round two: an unsubmitted draft is the applicant's alone", () => {
  const reads: Record<string, (actor: Actor, d: { id: string; documentId: string }) => Promise<unknown>> = {
    loadCaseView: (actor, d) => loadCaseView({ db, actor, applicationId: d.id }),
    readDocument: (actor, d) => readDocument({ db, actor, documentId: d.documentId, store }),
    revealCitizenId: (actor, d) => revealCitizenId({ db, actor, applicationId: d.id }),
    verifyIdentity: (actor, d) => verifyIdentity({ db, actor, applicationId: d.id }),
    takeCase: (actor, d) => takeCase({ db, actor, applicationId: d.id, expectedVersion: 1 }),
  };
  it.each(Object.keys(reads).flatMap((name) => (["clerkSame", "supervisorIn"] as const).map((who) => [name, who] as const)))(
    "%s by %s → NOT_FOUND",
    async (name, who) => {
      const d = await draft();
      const doc = await addDocument({ db, actor: A(), applicationId: d.id, item: "id_card", fileName: "id.pdf", bytes: PDF, store });
      const actor = actors[who]!;
      const auditsBefore = await db.auditEvent.count({ where: { actorId: actor.id } });
      const got = await reads[name](actor, { id: d.id, documentId: doc.id }).then(
        () => "ok",
        (e: unknown) => outcomeOf(e),
      );
      // verifyIdentity and takeCase are clerks' (a supervisor lacks the permission: forbidden before scope).
      expect(got).toBe(
        who === "supervisorIn" && (name === "verifyIdentity" || name === "takeCase" || name === "revealCitizenId")
          ? "forbidden"
          : "notFound",
      );
      expect(await db.auditEvent.count({ where: { actorId: actor.id } })).toBe(auditsBefore);
    },
  );

  it("the applicant still reads their own draft's file", async () => {
    const d = await draft();
    const doc = await addDocument({ db, actor: A(), applicationId: d.id, item: "id_card", fileName: "id.pdf", bytes: PDF, store });
    await expect(readDocument({ db, actor: A(), documentId: doc.id, store })).resolves.toMatchObject({ id: doc.id });
  });
});

describe("round two: supervisors open no uploaded file", () => {
  it("a submitted case's file: the station's clerk reads it, the supervisor above gets NOT_FOUND", async () => {
    const app = await submitted();
    const sha256 = await store.put(PDF);
    const doc = await db.document.create({
      data: {
        applicationId: app.id,
        kind: "id_card",
        fileName: "id.pdf",
        sha256,
        sizeBytes: PDF.byteLength,
        mediaType: "application/pdf",
        uploadedById: A().id,
      },
    });
    await expect(readDocument({ db, actor: clerk(), documentId: doc.id, store })).resolves.toMatchObject({ id: doc.id });
    expect(await readDocument({ db, actor: actors.supervisorIn!, documentId: doc.id, store }).then(() => "ok", outcomeOf)).toBe("notFound");
  });
});
