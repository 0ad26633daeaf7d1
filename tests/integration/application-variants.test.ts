// The cases people bring, from the task list to the register (issue 15): a family with a child who has no
// ID number, each placement the resident can ask for, a residence permit applied for straight from /apply,
// a no-hukou registration — each submitted through the real submission and decided through the real approval.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import type { Actor } from "@/lib/auth/permissions";
import type { ApplicationKind } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/errors";
import { todayInChina } from "@/lib/policy/dates";
import { parseCitizenId } from "@/lib/registry/citizen-id";
import { startApplication } from "@/lib/applications/start-application";
import { saveSection } from "@/lib/applications/save-section";
import { submitApplication } from "@/lib/applications/submit-application";
import { addDocument } from "@/lib/applications/documents";
import { takeCase } from "@/lib/applications/take-case";
import { approveApplication } from "@/lib/applications/approve-application";
import { loadCaseView } from "@/lib/applications/case-view";
import { ensurePlace, memoryStore, PDF, verifiedApplicant } from "./apply-fixtures";
import { makeClerk } from "./casework-fixtures";

const db = useTestDb();
let clerk: Actor;
let stationId: string;
const store = memoryStore();
const today = todayInChina({ now: new Date() });

beforeAll(async () => {
  const place = await ensurePlace(db);
  stationId = place.station.id;
  clerk = await makeClerk(db, stationId);
});

const SETTLEMENT = {
  about: { "applicant.hukou.jurisdiction": "elsewhere", "applicant.hukou.area": "rural" },
  home: { address: "北湖区人民西路 12 号", "applicant.residence.type": "rented", "applicant.residence.months": "14", placement: "new" },
  work: { "applicant.employment.type": "employee", "applicant.employment.months": "12", "applicant.socialInsurance.urbanMonths": "12" },
  grounds: { "applicant.education.level": "bachelor" },
  family: {
    members: "2",
    "m0.name": "李梅",
    "m0.sex": "FEMALE",
    "m0.relation": "spouse",
    "m0.birthDate": "1991-02-03",
    "m0.coResident": "on",
    // The child has no ID card: the form says the number may be left empty.
    "m1.name": "李小禾",
    "m1.sex": "MALE",
    "m1.relation": "child",
    "m1.birthDate": "2020-06-15",
    "m1.coResident": "on",
  },
};

/** Answers every section, uploads every document the submission asks for, submits, and the clerk takes the case. */
async function submitted(
  actor: Actor,
  kind: ApplicationKind,
  answers: Record<string, Record<string, string>>,
  options: { explanation?: string } = {},
) {
  const { id } = await startApplication({
    db,
    actor,
    kind,
    jurisdiction: "chenzhou",
    unitCode: "it-chenzhou-beihu",
    stationCode: "it-chenzhou-beihu-ps",
    createKey: randomUUID(),
    now: new Date(),
  });
  let version = 1;
  for (const [section, values] of Object.entries(answers)) {
    const saved = await saveSection({ db, actor, applicationId: id, section, expectedVersion: version, values, today });
    expect(saved.errors, section).toEqual([]);
    version = saved.version;
  }
  const missing = await submitApplication({
    db,
    actor,
    applicationId: id,
    expectedVersion: version,
    declared: true,
    explanation: options.explanation,
    now: new Date(),
  }).catch((e: unknown) => e);
  if (missing instanceof DomainError && missing.code === "MISSING_DOCUMENTS") {
    for (const item of missing.details)
      await addDocument({ db, actor, applicationId: id, item, fileName: `${item}.pdf`, bytes: PDF, store });
    await submitApplication({
      db,
      actor,
      applicationId: id,
      expectedVersion: version,
      declared: true,
      explanation: options.explanation,
      now: new Date(),
    });
  } else if (missing instanceof Error) throw missing;
  const app = await db.application.findUniqueOrThrow({ where: { id }, include: { members: { orderBy: { position: "asc" } } } });
  const taken = await takeCase({ db, actor: clerk, applicationId: id, expectedVersion: app.version });
  return { app, version: taken.version };
}

async function headHousehold(personId: string) {
  const h = await db.household.create({
    data: {
      householdNumber: `43100201${String(Math.floor(Math.random() * 1e4)).padStart(4, "0")}`,
      type: "FAMILY",
      address: "北湖区燕泉路 3 号",
      area: "CENTRAL_URBAN",
      stationId,
    },
  });
  await db.membership.create({
    data: { personId, householdId: h.id, relation: "HEAD", validFrom: new Date("2010-01-01T00:00:00Z"), activePersonId: personId },
  });
  return h;
}

describe("a family settlement with a child who has no ID number", () => {
  it("is approved: the child is given a number (GB 11643) at the station and registered with the family", async () => {
    const actor = await verifiedApplicant(db);
    const { app, version } = await submitted(actor, "SETTLEMENT", SETTLEMENT);
    expect(app.members.map((m) => m.citizenId)).toEqual([null, null]);
    const pathwayId = (app.decisionSnapshot as { pathways: { id: string; eligible: boolean }[] }).pathways.find((p) => p.eligible)!.id;
    const result = await approveApplication({
      db,
      actor: clerk,
      applicationId: app.id,
      expectedVersion: version,
      pathwayId,
      approvedMemberIds: app.members.map((m) => m.id),
    });
    const child = await db.applicationMember.findUniqueOrThrow({
      where: { id: app.members[1].id },
      include: { person: { include: { memberships: { where: { validTo: null } } } } },
    });
    expect(child.idIssued).toBe(true);
    const parsed = parseCitizenId({ input: child.citizenId! });
    expect(parsed).toMatchObject({ ok: true, birthDate: "2020-06-15", sex: "MALE" });
    // The station's address code (郴州's, 4310…), as a newborn registered there would get.
    expect(child.citizenId!.slice(0, 4)).toBe("4310");
    const head = await db.membership.findFirstOrThrow({ where: { personId: actor.personId!, validTo: null } });
    expect(child.person!.memberships).toMatchObject([{ householdId: head.householdId, relation: "CHILD" }]);
    const cert = await db.certificate.findUniqueOrThrow({ where: { id: result.certificates[0].id } });
    expect((cert.data as { members: string }).members).toContain("李小禾");
    expect((cert.data as { notApproved: string }).notApproved).toBe("");
  });

  it("names every person not approved with the reason: the clerk must give one for a member the engine allowed", async () => {
    const actor = await verifiedApplicant(db);
    const { app, version } = await submitted(actor, "SETTLEMENT", SETTLEMENT);
    const pathwayId = (app.decisionSnapshot as { pathways: { id: string; eligible: boolean }[] }).pathways.find((p) => p.eligible)!.id;
    const spouseOnly = [app.members[0].id];
    const refused = await approveApplication({
      db,
      actor: clerk,
      applicationId: app.id,
      expectedVersion: version,
      pathwayId,
      approvedMemberIds: spouseOnly,
    }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).details).toEqual([`memberNote:${app.members[1].id}`]);
    expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("IN_REVIEW");
    const result = await approveApplication({
      db,
      actor: clerk,
      applicationId: app.id,
      expectedVersion: version,
      pathwayId,
      approvedMemberIds: spouseOnly,
      memberNotes: { [app.members[1].id]: "出生证明与申报不符" },
    });
    expect(await db.applicationMember.findUniqueOrThrow({ where: { id: app.members[1].id } })).toMatchObject({
      approved: false,
      decisionNote: "出生证明与申报不符",
      personId: null,
    });
    const cert = await db.certificate.findUniqueOrThrow({ where: { id: result.certificates[0].id } });
    expect(cert.data).toMatchObject({ notApproved: "李小禾（出生证明与申报不符）" });
  });
});

describe("where the hukou goes, as the resident asked", () => {
  it("a collective household: stored, shown to the clerk pre-selected, and the applicant registered in one", async () => {
    const actor = await verifiedApplicant(db);
    const { app, version } = await submitted(actor, "SETTLEMENT", {
      ...SETTLEMENT,
      home: { ...SETTLEMENT.home, placement: "collective" },
      family: { members: "0" },
    });
    expect(app.placement).toEqual({ type: "collective", householdType: "COLLECTIVE_COMMUNITY" });
    const view = await loadCaseView({ db, actor: clerk, applicationId: app.id });
    expect(view.placement).toEqual({ type: "collective", householdType: "COLLECTIVE_COMMUNITY" });
    const pathwayId = view.met[0].id;
    await approveApplication({ db, actor: clerk, applicationId: app.id, expectedVersion: version, pathwayId, approvedMemberIds: [] });
    const m = await db.membership.findFirstOrThrow({ where: { personId: actor.personId!, validTo: null }, include: { household: true } });
    expect(m).toMatchObject({ relation: "OTHER", household: { type: "COLLECTIVE_COMMUNITY", stationId } });
  });

  it("joining a relative's household: the number and relation reach the clerk, the head's consent is asked for, approval joins it", async () => {
    const host = await verifiedApplicant(db);
    const household = await headHousehold(host.personId!);
    const actor = await verifiedApplicant(db);
    const home = { ...SETTLEMENT.home, placement: "join", placementHousehold: household.householdNumber, placementRelation: "PARENT" };
    const { app, version } = await submitted(actor, "SETTLEMENT", { ...SETTLEMENT, home, family: { members: "0" } });
    expect(app.placement).toEqual({ type: "existing", householdNumber: household.householdNumber, relationToHead: "PARENT" });
    const view = await loadCaseView({ db, actor: clerk, applicationId: app.id });
    expect(view.requestedHousehold).toMatchObject({ found: true, applicantIsHead: false });
    expect(view.consentOnFile).toBe(true);
    expect(view.checklist.map((i) => i.id)).toContain("head_consent");
    await approveApplication({
      db,
      actor: clerk,
      applicationId: app.id,
      expectedVersion: version,
      pathwayId: view.met[0].id,
      approvedMemberIds: [],
    });
    const m = await db.membership.findFirstOrThrow({ where: { personId: actor.personId!, validTo: null } });
    expect(m).toMatchObject({ householdId: household.id, relation: "PARENT" });
  });

  it("a household number the station does not hold is named to the clerk, and approval says so", async () => {
    const actor = await verifiedApplicant(db);
    const home = { ...SETTLEMENT.home, placement: "join", placementHousehold: "431002999999", placementRelation: "CHILD" };
    const { app, version } = await submitted(actor, "SETTLEMENT", { ...SETTLEMENT, home, family: { members: "0" } });
    const view = await loadCaseView({ db, actor: clerk, applicationId: app.id });
    expect(view.requestedHousehold).toMatchObject({ found: false });
    const refused = await approveApplication({
      db,
      actor: clerk,
      applicationId: app.id,
      expectedVersion: version,
      pathwayId: view.met[0].id,
      approvedMemberIds: [],
    }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "VALIDATION", details: ["placement.householdNumber"] });
  });
});

describe("a residence permit applied for straight from /apply", () => {
  it("asks the months in the city, and nine of them are eligible with no explanation and no approval against the engine", async () => {
    const actor = await verifiedApplicant(db);
    const answers = {
      about: { "applicant.hukou.jurisdiction": "elsewhere", "applicant.hukou.area": "rural" },
      home: { address: "北湖区人民西路 12 号", "applicant.residence.type": "rented", "applicant.residence.cityMonths": "9" },
      work: { "applicant.employment.type": "employee", "applicant.employment.months": "9" },
      grounds: { "applicant.education.level": "secondary" },
    };
    const { app, version } = await submitted(actor, "RESIDENCE_PERMIT", answers);
    expect(app).toMatchObject({ eligibleAtSubmission: true, explanation: null });
    expect(app.facts).toMatchObject({ applicant: { residence: { cityMonths: 9 } } });
    const view = await loadCaseView({ db, actor: clerk, applicationId: app.id });
    await approveApplication({
      db,
      actor: clerk,
      applicationId: app.id,
      expectedVersion: version,
      pathwayId: view.met[0].id,
      approvedMemberIds: [],
    });
    expect(await db.application.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({ status: "APPROVED", againstEngine: false });
  });

  it("a residence permit's home section is incomplete without the months in the city", async () => {
    const actor = await verifiedApplicant(db);
    const { id } = await startApplication({
      db,
      actor,
      kind: "RESIDENCE_PERMIT",
      jurisdiction: "chenzhou",
      unitCode: "it-chenzhou-beihu",
      stationCode: "it-chenzhou-beihu-ps",
      createKey: randomUUID(),
      now: new Date(),
    });
    const saved = await saveSection({
      db,
      actor,
      applicationId: id,
      section: "home",
      expectedVersion: 1,
      values: { address: "北湖区人民西路 12 号", "applicant.residence.type": "rented" },
      today,
    });
    expect(saved.errors.map((e) => e.field)).toEqual(["applicant.residence.cityMonths"]);
  });
});

describe("no-hukou registration (无户口人员登记)", () => {
  const person = (placement: Record<string, string>) => ({
    person: {
      name: "王小川",
      sex: "FEMALE",
      birthDate: "2015-03-08",
      relation: "CHILD",
      situation: "non_marital_birth",
      story: "非婚生育，一直未办理出生登记。",
      address: "北湖区燕泉路 3 号",
      ...placement,
    },
  });

  it("registers the person in the applicant's own household: a number issued, no consent asked of the head who applies, the applicant stays", async () => {
    const actor = await verifiedApplicant(db);
    const household = await headHousehold(actor.personId!);
    const { app, version } = await submitted(
      actor,
      "NO_HUKOU_REGISTRATION",
      person({ placement: "join", placementHousehold: household.householdNumber, placementRelation: "CHILD" }),
    );
    expect(app.placement).toEqual({ type: "existing", householdNumber: household.householdNumber, relationToHead: "CHILD" });
    const view = await loadCaseView({ db, actor: clerk, applicationId: app.id });
    expect(view.checklist.map((i) => i.id)).not.toContain("head_consent");
    const result = await approveApplication({
      db,
      actor: clerk,
      applicationId: app.id,
      expectedVersion: version,
      pathwayId: null,
      approvedMemberIds: [app.members[0].id],
    });
    const member = await db.applicationMember.findUniqueOrThrow({ where: { id: app.members[0].id } });
    expect(member).toMatchObject({ idIssued: true, approved: true });
    expect(parseCitizenId({ input: member.citizenId! })).toMatchObject({ ok: true, birthDate: "2015-03-08", sex: "FEMALE" });
    expect(await db.membership.findFirstOrThrow({ where: { personId: member.personId!, validTo: null } })).toMatchObject({
      householdId: household.id,
      relation: "CHILD",
    });
    // The applicant is still the head of the same household.
    expect(await db.membership.findFirstOrThrow({ where: { personId: actor.personId!, validTo: null } })).toMatchObject({
      householdId: household.id,
      relation: "HEAD",
    });
    expect(result.certificates).toHaveLength(1);
    expect((await db.certificate.findUniqueOrThrow({ where: { id: result.certificates[0].id } })).holderId).toBe(member.personId);
  });

  it("a new household at the person's address: the person heads it", async () => {
    const actor = await verifiedApplicant(db);
    const { app, version } = await submitted(actor, "NO_HUKOU_REGISTRATION", person({ placement: "new" }));
    await approveApplication({
      db,
      actor: clerk,
      applicationId: app.id,
      expectedVersion: version,
      pathwayId: null,
      approvedMemberIds: [app.members[0].id],
    });
    const member = await db.applicationMember.findUniqueOrThrow({ where: { id: app.members[0].id } });
    const m = await db.membership.findFirstOrThrow({ where: { personId: member.personId!, validTo: null }, include: { household: true } });
    expect(m).toMatchObject({ relation: "HEAD", household: { type: "FAMILY", stationId } });
    expect(await db.membership.count({ where: { personId: actor.personId!, validTo: null } })).toBe(0);
  });
});

describe("a newborn is registered only in a parent's household of the deciding station", () => {
  it("refuses a household number posted from elsewhere (another station's, or one the parent is not in), and writes nothing", async () => {
    const { makeApplicant, makeHousehold, makeTree, makeCase } = await import("./casework-fixtures");
    const { makePerson } = await import("@/tests/factories/people");
    const tree = await makeTree(db);
    const clerkHere = await makeClerk(db, tree.station.id);
    const applicant = await makeApplicant(db, { sex: "FEMALE", birthDate: "1994-12-21" });
    await makeHousehold(db, { stationId: tree.station.id, members: [{ personId: applicant.person.id, relation: "HEAD" }] });
    const stranger = await makePerson(db, { birthDate: "1970-01-01", name: "外所户主" });
    const made = await makeHousehold(db, { stationId: tree.station2.id, members: [{ personId: stranger.id, relation: "HEAD" }] });
    const elsewhere = await db.household.update({
      where: { id: made.id },
      data: { householdNumber: `9${String(Math.floor(Math.random() * 1e11)).padStart(11, "0")}` },
    });
    const app = await makeCase(db, {
      kind: "NEWBORN_REGISTRATION",
      stationId: tree.station.id,
      policyUnitId: tree.city.id,
      applicant,
      status: "IN_REVIEW",
      assigneeId: clerkHere.id,
      members: [{ relation: "CHILD", name: "新宝", birthDate: "2026-10-11", sex: "MALE" }],
    });
    const member = await db.applicationMember.findFirstOrThrow({ where: { applicationId: app.id } });
    const refused = await approveApplication({
      db,
      actor: clerkHere,
      applicationId: app.id,
      expectedVersion: 1,
      pathwayId: null,
      approvedMemberIds: [member.id],
      placement: { type: "existing", householdNumber: elsewhere.householdNumber, relationToHead: "CHILD" },
    }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "VALIDATION" });
    expect(await db.membership.count({ where: { householdId: elsewhere.id } })).toBe(1);
    expect(await db.application.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({ status: "IN_REVIEW" });
  });
});
