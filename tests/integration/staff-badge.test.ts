// Staff carry a 警号 (User.badgeNumber): six digits, unique when present, set by an administrator, and
// shown with the name wherever an officer is chosen or named — so two officers of the same name can be
// told apart in the reassign drop-down and in the case history.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import { createStaffUser } from "@/lib/admin/create-user";
import { editStaffUser } from "@/lib/admin/change-user";
import { reassignCase, stationClerks } from "@/lib/applications/reassign";
import { staffName } from "@/lib/format";
import { translator } from "@/lib/i18n";
import { buildDemoPlan } from "@/prisma/seed/plan";
import { makeAdminTree, makeUser } from "./admin-fixtures";
import { makeApplicant } from "@/tests/factories/applicants";
import { makeCase } from "@/tests/factories/cases";
import { makeClerk } from "@/tests/factories/staff";
import { makeTree } from "@/tests/factories/units";

const db = useTestDb();
let tree: Awaited<ReturnType<typeof makeAdminTree>>;
const badge = () => String(900000 + Math.floor(Math.random() * 99999));

beforeAll(async () => {
  tree = await makeAdminTree(db);
});

describe("the 警号", () => {
  it("is set when an administrator opens an account, and a second account cannot have the same one", async () => {
    const admin = await makeUser(db, { role: "ADMIN" });
    const number = badge();
    const first = await createStaffUser({
      db,
      actor: admin,
      input: {
        username: `badge-a-${number}`,
        displayName: "张伟",
        badgeNumber: `${number.slice(0, 3)} ${number.slice(3)}`,
        role: "CLERK",
        stationId: tree.station.id,
      },
    });
    expect(first.ok).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { username: `badge-a-${number}` } })).badgeNumber).toBe(number);
    const second = await createStaffUser({
      db,
      actor: admin,
      input: { username: `badge-b-${number}`, displayName: "张伟", badgeNumber: number, role: "CLERK", stationId: tree.station.id },
    });
    expect(second).toEqual({ ok: false, errors: [{ field: "badgeNumber", message: "admin.error.badgeTaken" }] });
    // The database says the same, whatever the form does.
    await expect(
      db.user.create({
        data: { username: `badge-c-${number}`, passwordHash: "x", displayName: "张伟", role: "CLERK", badgeNumber: number },
      }),
    ).rejects.toThrow();
  });

  it("must be six digits; every problem of the form is listed at once; empty means none", async () => {
    const admin = await makeUser(db, { role: "ADMIN" });
    const bad = await createStaffUser({
      db,
      actor: admin,
      input: { username: "x", displayName: "", badgeNumber: "12a45", role: "CLERK", stationId: tree.station.id },
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors.map((e) => e.field).sort()).toEqual(["badgeNumber", "displayName", "username"]);
    expect(bad.errors.find((e) => e.field === "badgeNumber")?.message).toBe("admin.error.badgeFormat");
    const none = await createStaffUser({
      db,
      actor: admin,
      input: {
        username: `badge-none-${badge()}`,
        displayName: "李强",
        badgeNumber: "",
        role: "SUPERVISOR",
        jurisdictionId: tree.county.id,
      },
    });
    expect(none.ok).toBe(true);
  });

  it("is changed on the edit form, audited before and after; another account's number is refused; keeping one's own is fine", async () => {
    const admin = await makeUser(db, { role: "ADMIN" });
    const clerk = await makeUser(db, { role: "CLERK", stationId: tree.station.id });
    const other = await makeUser(db, { role: "CLERK", stationId: tree.station.id });
    const mine = badge();
    const theirs = badge();
    await db.user.update({ where: { id: other.id }, data: { badgeNumber: theirs } });
    const edit = (badgeNumber: string) =>
      editStaffUser({
        db,
        actor: admin,
        userId: clerk.id,
        input: { displayName: "王芳", badgeNumber, role: "CLERK", stationId: tree.station.id },
      });
    expect(await edit(mine)).toEqual({ ok: true });
    expect(await edit(mine)).toEqual({ ok: true });
    expect(await edit(theirs)).toEqual({ ok: false, errors: [{ field: "badgeNumber", message: "admin.error.badgeTaken" }] });
    const rows = await db.auditEvent.findMany({ where: { entityId: clerk.id, action: "admin.user-update" }, orderBy: { id: "asc" } });
    expect(rows[0].data).toMatchObject({ before: { badgeNumber: null }, after: { badgeNumber: mine } });
  });

  it("tells namesakes apart where a clerk is chosen and in the case history", async () => {
    const cw = await makeTree(db);
    const lead = await makeClerk(db, cw.station.id, { lead: true });
    const a = await makeClerk(db, cw.station.id);
    const b = await makeClerk(db, cw.station.id);
    const [ba, bb] = [badge(), badge()];
    await db.user.update({ where: { id: a.id }, data: { displayName: "刘洋", badgeNumber: ba } });
    await db.user.update({ where: { id: b.id }, data: { displayName: "刘洋", badgeNumber: bb } });
    const zh = translator("zh-CN");
    const en = translator("en");
    const shown = (await stationClerks({ db, stationId: cw.station.id }))
      .filter((c) => c.displayName === "刘洋")
      .map((c) => staffName({ user: c, t: zh }));
    expect(shown.sort()).toEqual([`刘洋（警号 ${ba}）`, `刘洋（警号 ${bb}）`].sort());
    expect(staffName({ user: { displayName: "Liu Yang", badgeNumber: ba }, t: en })).toBe(`Liu Yang (badge ${ba})`);
    expect(staffName({ user: { displayName: "刘洋", badgeNumber: null }, t: zh })).toBe("刘洋");
    const applicant = await makeApplicant(db);
    const app = await makeCase(db, { at: cw, applicant, status: "IN_REVIEW", assigneeId: a.id });
    await reassignCase({ db, actor: lead, applicationId: app.id, expectedVersion: 1, assigneeId: b.id });
    const event = await db.caseEvent.findFirstOrThrow({ where: { applicationId: app.id }, orderBy: { createdAt: "desc" } });
    expect(event.reason).toBe(`改派给刘洋（警号 ${bb}）`);
  });

  it("the demo staff have plausible, distinct 警号; applicants have none", () => {
    const users = buildDemoPlan({ warn: () => {} }).users;
    const staff = users.filter((u) => u.role === "CLERK" || u.role === "SUPERVISOR");
    expect(staff.every((u) => /^\d{6}$/.test(u.badgeNumber ?? ""))).toBe(true);
    expect(new Set(staff.map((u) => u.badgeNumber)).size).toBe(staff.length);
    expect(users.filter((u) => u.role === "APPLICANT").every((u) => u.badgeNumber === null)).toBe(true);
  });
});
