// No-hukou registration, collective households and newborn numbering, on PostgreSQL.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import type { Actor } from "@/lib/auth/permissions";
import { parseCitizenId } from "@/lib/registry/citizen-id";
import { makePerson } from "@/tests/factories/people";
import { makeApplicant } from "@/tests/factories/applicants";
import { makeCase, makeDesk, makeHousehold } from "@/tests/factories/cases";
import { makeTree } from "@/tests/factories/units";
import { approveCase, makePersonCase } from "@/tests/factories/decisions";

const db = useTestDb();
let tree: Awaited<ReturnType<typeof makeTree>>;
let clerk: Actor;

beforeAll(async () => {
  ({ tree, clerk } = await makeDesk(db));
});

describe("no-hukou registration and collective households", () => {
  it("registers the person it is about (a number they already hold) into a new household they head; the applicant stays where they are", async () => {
    const applicant = await makeApplicant(db, { birthDate: "1979-08-16" });
    const { app, member } = await makePersonCase(db, {
      kind: "NO_HUKOU_REGISTRATION",
      at: tree,
      applicant,
      clerk,
      child: { name: "无户口子女", birthDate: "2012-03-04", citizenId: "431002201203040024" },
    });
    const result = await approveCase(db, clerk, app, { pathwayId: null, approvedMemberIds: [member.id] });
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
        at: tree,
        applicant,
        status: "IN_REVIEW",
        assigneeId: clerk.id,
        placement: { type: "collective", householdType: "COLLECTIVE_TALENT_MARKET" },
      });
      await approveCase(db, clerk, app);
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
    const { app, member } = await makePersonCase(db, {
      kind: "NEWBORN_REGISTRATION",
      at: tree,
      applicant,
      clerk,
      child: { name: "周小宝", birthDate: "2026-10-11", sex: "FEMALE" },
    });
    const result = await approveCase(db, clerk, app, { pathwayId: null, approvedMemberIds: [member.id] });
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
