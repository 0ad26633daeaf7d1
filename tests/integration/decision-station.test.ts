// Issue 16 H2, in the database itself: a membership a decision opens (applicationId set) must be in a
// household of the deciding application's station, whatever the application code does. The code refuses
// first (application-variants-permit-newborn.test.ts: "refuses a household number posted from elsewhere"); this proves
// the last line holds when the code is wrong.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import { approveCase, makePersonCase } from "@/tests/factories/decisions";
import { makePerson } from "@/tests/factories/people";
import { makeApplicant } from "@/tests/factories/applicants";
import { makeCase, makeHousehold } from "@/tests/factories/cases";
import { makeClerk } from "@/tests/factories/staff";
import { makeTree } from "@/tests/factories/units";
import { dbDate as day } from "@/lib/clock/day";

const db = useTestDb();
let tree: Awaited<ReturnType<typeof makeTree>>;

beforeAll(async () => {
  tree = await makeTree(db);
});

describe("a decision's registry moves stay within the deciding station", () => {
  it("the database refuses a membership a decision opens in another station's household", async () => {
    const applicant = await makeApplicant(db);
    const app = await makeCase(db, { at: tree, applicant, status: "IN_REVIEW" });
    const stranger = await makePerson(db, { birthDate: "1970-01-01", name: "外所户主" });
    const elsewhere = await makeHousehold(db, { stationId: tree.station2.id, members: [{ personId: stranger.id, relation: "HEAD" }] });
    const child = await makePerson(db, { birthDate: "2026-10-11", name: "新宝" });
    const refused = await db.membership
      .create({
        data: {
          personId: child.id,
          householdId: elsewhere.id,
          relation: "CHILD",
          validFrom: day("2026-12-07"),
          activePersonId: child.id,
          applicationId: app.id,
        },
      })
      .then(
        () => null,
        (e: unknown) => String(e),
      );
    expect(refused).toContain("Membership_application_station");
    expect(await db.membership.count({ where: { personId: child.id } })).toBe(0);
    // Moving such a membership to another station's household afterwards is refused too.
    const here = await makeHousehold(db, { stationId: tree.station.id, members: [] });
    const row = await db.membership.create({
      data: {
        personId: child.id,
        householdId: here.id,
        relation: "CHILD",
        validFrom: day("2026-12-07"),
        activePersonId: child.id,
        applicationId: app.id,
      },
    });
    const moved = await db.membership.update({ where: { id: row.id }, data: { householdId: elsewhere.id } }).then(
      () => null,
      (e: unknown) => String(e),
    );
    expect(moved).toContain("Membership_application_station");
  });

  it("memberships without a decision (the register's history, a transfer) are not constrained", async () => {
    const person = await makePerson(db, { birthDate: "1980-02-02", name: "旧户口" });
    const elsewhere = await makeHousehold(db, { stationId: tree.station2.id, members: [] });
    await db.membership.create({
      data: { personId: person.id, householdId: elsewhere.id, relation: "HEAD", validFrom: day("2001-01-01"), activePersonId: person.id },
    });
    expect(await db.membership.count({ where: { personId: person.id } })).toBe(1);
  });

  it("an approval names itself on every membership it opens", async () => {
    const clerk = await makeClerk(db, tree.station.id);
    const applicant = await makeApplicant(db, { sex: "FEMALE", birthDate: "1994-12-21" });
    const home = await makeHousehold(db, { stationId: tree.station.id, members: [{ personId: applicant.person.id, relation: "HEAD" }] });
    const { app, member } = await makePersonCase(db, {
      kind: "NEWBORN_REGISTRATION",
      at: tree,
      applicant,
      clerk,
      child: { name: "新宝", birthDate: "2026-10-11", sex: "MALE" },
    });
    // A household number as the register writes them (twelve digits), which the approval form checks.
    const household = await db.household.update({
      where: { id: home.id },
      data: { householdNumber: `8${String(Math.floor(Math.random() * 1e11)).padStart(11, "0")}` },
    });
    await approveCase(db, clerk, app, {
      pathwayId: null,
      approvedMemberIds: [member.id],
      placement: { type: "existing", householdNumber: household.householdNumber, relationToHead: "CHILD" },
    });
    const opened = await db.membership.findMany({ where: { applicationId: app.id }, select: { householdId: true } });
    expect(opened).toEqual([{ householdId: home.id }]);
  });
});
