// The clerk's case screen as a supervisor opens it: people masked (name with maskName, ID number with
// maskCitizenId, phone masked) — the applicant, the members applied for, the household, the applicant's
// own case events; the station's officer keeps the full record.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import { loadCaseView } from "@/lib/applications/case-view";
import { makePerson } from "@/tests/factories/people";
import { makeHousehold } from "@/tests/factories/cases";
import { makeExactCase, makeSupervisionTree, type SupervisionTree } from "./supervision-fixtures";

const db = useTestDb();
let tree: SupervisionTree;
let appId: string;
let full: { applicant: string; applicantId: string; spouse: string; member: string };

beforeAll(async () => {
  tree = await makeSupervisionTree(db);
  // Names that occur nowhere else on the screen, so "not in the view" is a real test.
  const applicant = await db.person.update({ where: { id: tree.applicant.person.id }, data: { name: "欧阳明月", phone: "13812345678" } });
  await db.user.update({ where: { id: tree.applicant.user.id }, data: { displayName: "欧阳明月" } });
  const spouse = await makePerson(db, { birthDate: "1991-05-06", sex: "FEMALE", name: "司马青霞" });
  await makeHousehold(db, {
    stationId: tree.station.id,
    members: [
      { personId: applicant.id, relation: "HEAD" },
      { personId: spouse.id, relation: "SPOUSE" },
    ],
  });
  const app = await makeExactCase(db, tree, {
    stationId: tree.station.id,
    status: "IN_REVIEW",
    submitted: "2026-11-02T09:00:00",
    dueAt: "2026-12-30T23:59:59",
    assigneeId: tree.clerk.id,
  });
  appId = app.id;
  await db.applicationMember.create({
    data: {
      applicationId: app.id,
      position: 0,
      relation: "CHILD",
      name: "诸葛小龙",
      sex: "MALE",
      birthDate: new Date("2015-03-03T00:00:00Z"),
      facts: {},
    },
  });
  await db.caseEvent.create({
    data: { applicationId: app.id, actorId: tree.applicant.user.id, fromStatus: "DRAFT", toStatus: "SUBMITTED" },
  });
  full = { applicant: "欧阳明月", applicantId: applicant.citizenId, spouse: "司马青霞", member: "诸葛小龙" };
});

describe("the case screen's people", () => {
  it("are shown in full to the station's officer", async () => {
    const view = await loadCaseView({ db, actor: tree.clerk, applicationId: appId });
    expect(view.app.applicantPerson.name).toBe(full.applicant);
    expect(view.app.applicantPerson.citizenId).toBe(full.applicantId);
    expect(view.app.members[0]?.name).toBe(full.member);
    expect(view.registry.household.map((m) => m.person.name).sort()).toEqual([full.spouse, full.applicant].sort());
    expect(view.registry.householdVisible).toBe(true);
  });

  it("are masked for a supervisor of the subtree, everywhere in the view", async () => {
    const view = await loadCaseView({ db, actor: tree.supervisor, applicationId: appId });
    expect(view.app.applicantPerson.name).toBe("欧***");
    expect(view.app.applicantPerson.citizenId).toBe(`${full.applicantId.slice(0, 4)}**********${full.applicantId.slice(-4)}`);
    expect(view.app.applicantPerson.phone).toBe("138****5678");
    expect(view.app.applicantUser.displayName).toBe("欧***");
    expect(view.app.members[0]?.name).toBe("诸***");
    expect(view.registry.household.map((m) => m.person.name).sort()).toEqual(["司***", "欧***"].sort());
    expect(view.app.caseEvents.find((e) => e.actor.role === "APPLICANT")?.actor.displayName).toBe("欧***");
    // The household page is for the station's officers only: no link to a page that would refuse.
    expect(view.registry.householdVisible).toBe(false);
    const text = JSON.stringify(view, (_k, v) => (v instanceof Set ? [...v] : v));
    for (const secret of [full.applicant, full.spouse, full.member, full.applicantId, "13812345678"]) expect(text).not.toContain(secret);
  });
});
