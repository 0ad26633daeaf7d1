// The cases people bring, from the task list to the register (issue 15): a family with a child who has no
// ID number and each placement the resident can ask for — submitted through the real submission and decided
// through the real approval (the shared desk: application-variants-desk.ts).
import { describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import { approveCase } from "@/tests/factories/decisions";
import { DomainError } from "@/lib/errors";
import { parseCitizenId } from "@/lib/registry/citizen-id";
import { loadCaseView } from "@/lib/applications/case-view";
import { verifiedApplicant } from "./apply-fixtures";
import { clerk, headHousehold, SETTLEMENT, stationId, submitted, useVariantsDesk } from "./application-variants-desk";

const db = useTestDb();
useVariantsDesk(db);

describe("a family settlement with a child who has no ID number", () => {
  it("is approved: the child is given a number (GB 11643) at the station and registered with the family", async () => {
    const actor = await verifiedApplicant(db);
    const { app, version } = await submitted(actor, "SETTLEMENT", SETTLEMENT);
    expect(app.members.map((m) => m.citizenId)).toEqual([null, null]);
    const pathwayId = (app.decisionSnapshot as { pathways: { id: string; eligible: boolean }[] }).pathways.find((p) => p.eligible)!.id;
    const result = await approveCase(db, clerk, app, {
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
    const refused = await approveCase(db, clerk, app, { expectedVersion: version, pathwayId, approvedMemberIds: spouseOnly }).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).details).toEqual([`memberNote:${app.members[1].id}`]);
    expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("IN_REVIEW");
    const result = await approveCase(db, clerk, app, {
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
    await approveCase(db, clerk, app, { expectedVersion: version, pathwayId });
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
    await approveCase(db, clerk, app, { expectedVersion: version, pathwayId: view.met[0].id });
    const m = await db.membership.findFirstOrThrow({ where: { personId: actor.personId!, validTo: null } });
    expect(m).toMatchObject({ householdId: household.id, relation: "PARENT" });
  });

  it("a household number the station does not hold is named to the clerk, and approval says so", async () => {
    const actor = await verifiedApplicant(db);
    const home = { ...SETTLEMENT.home, placement: "join", placementHousehold: "431002999999", placementRelation: "CHILD" };
    const { app, version } = await submitted(actor, "SETTLEMENT", { ...SETTLEMENT, home, family: { members: "0" } });
    const view = await loadCaseView({ db, actor: clerk, applicationId: app.id });
    expect(view.requestedHousehold).toMatchObject({ found: false });
    const refused = await approveCase(db, clerk, app, { expectedVersion: version, pathwayId: view.met[0].id }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "VALIDATION", details: ["placement.householdNumber"] });
  });
});
