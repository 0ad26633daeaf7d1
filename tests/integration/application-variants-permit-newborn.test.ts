// The cases people bring, from the task list to the register (issue 15): a residence permit applied for
// straight from /apply, a no-hukou registration, a newborn in a parent's household — submitted through the
// real submission and decided through the real approval (the shared desk: application-variants-desk.ts).
import { describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import { approveCase, makePersonCase } from "@/tests/factories/decisions";
import { parseCitizenId } from "@/lib/registry/citizen-id";
import { loadCaseView } from "@/lib/applications/case-view";
import { verifiedApplicant } from "./apply-fixtures";
import { saveDraftSection, startDraft } from "./apply-draft";
import { makeClerk } from "@/tests/factories/staff";
import { makeTree } from "@/tests/factories/units";
import { makeApplicant } from "@/tests/factories/applicants";
import { makeHousehold } from "@/tests/factories/cases";
import { makePerson } from "@/tests/factories/people";
import { noHukouChild } from "@/tests/factories/no-hukou-child";
import { clerk, headHousehold, stationId, submitted, useVariantsDesk } from "./application-variants-desk";

const db = useTestDb();
useVariantsDesk(db);

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
    await approveCase(db, clerk, app, { expectedVersion: version, pathwayId: view.met[0].id });
    expect(await db.application.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({ status: "APPROVED", againstEngine: false });
  });

  it("a residence permit's home section is incomplete without the months in the city", async () => {
    const actor = await verifiedApplicant(db);
    const { id } = await startDraft(db, actor, "RESIDENCE_PERMIT");
    const saved = await saveDraftSection(db, actor, { id, version: 1 }, "home", {
      address: "北湖区人民西路 12 号",
      "applicant.residence.type": "rented",
    });
    expect(saved.errors.map((e) => e.field)).toEqual(["applicant.residence.cityMonths"]);
  });
});

describe("no-hukou registration (无户口人员登记)", () => {
  const person = (placement: Record<string, string>) => ({ person: noHukouChild(placement) });

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
    const result = await approveCase(db, clerk, app, { expectedVersion: version, pathwayId: null, approvedMemberIds: [app.members[0].id] });
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
    await approveCase(db, clerk, app, { expectedVersion: version, pathwayId: null, approvedMemberIds: [app.members[0].id] });
    const member = await db.applicationMember.findUniqueOrThrow({ where: { id: app.members[0].id } });
    const m = await db.membership.findFirstOrThrow({ where: { personId: member.personId!, validTo: null }, include: { household: true } });
    expect(m).toMatchObject({ relation: "HEAD", household: { type: "FAMILY", stationId } });
    expect(await db.membership.count({ where: { personId: actor.personId!, validTo: null } })).toBe(0);
  });
});

describe("a newborn is registered only in a parent's household of the deciding station", () => {
  it("refuses a household number posted from elsewhere (another station's, or one the parent is not in), and writes nothing", async () => {
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
    const { app, member } = await makePersonCase(db, {
      kind: "NEWBORN_REGISTRATION",
      at: tree,
      applicant,
      clerk: clerkHere,
      child: { name: "新宝", birthDate: "2026-10-11", sex: "MALE" },
    });
    const refused = await approveCase(db, clerkHere, app, {
      pathwayId: null,
      approvedMemberIds: [member.id],
      placement: { type: "existing", householdNumber: elsewhere.householdNumber, relationToHead: "CHILD" },
    }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "VALIDATION" });
    expect(await db.membership.count({ where: { householdId: elsewhere.id } })).toBe(1);
    expect(await db.application.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({ status: "IN_REVIEW" });
  });
});
