import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import { authenticate, MAX_FAILURES } from "@/lib/auth/authenticate";
import { sessionIsCurrent } from "@/lib/auth/session-token";
import { verifyPassword } from "@/lib/auth/password";
import { changePassword } from "@/lib/auth/change-password";
import { createStaffUser } from "@/lib/admin/create-user";
import { deactivateUser, editStaffUser, forcePasswordReset, reactivateUser, unlockUser } from "@/lib/admin/change-user";
import { makeAdminTree, makeUser, onlyTheseAdminsActive, PASSWORD } from "./admin-fixtures";

const db = useTestDb();
let tree: Awaited<ReturnType<typeof makeAdminTree>>;

beforeAll(async () => {
  tree = await makeAdminTree(db);
});

const audits = (entityId: string, action: string) => db.auditEvent.count({ where: { entityId, action } });

describe("creating a staff account", () => {
  it("creates a station lead with a generated one-time password that works once and must be changed; audited without the password", async () => {
    const admin = await makeUser(db, { role: "ADMIN" });
    const username = `new-clerk-${Date.now()}`;
    const result = await createStaffUser({
      db,
      actor: admin,
      input: { username, displayName: "新民警", role: "CLERK", stationId: tree.station.id, stationLead: true },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.oneTimePassword).toMatch(/^[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}$/);
    const user = await db.user.findUniqueOrThrow({ where: { username } });
    expect(user).toMatchObject({
      role: "CLERK",
      stationId: tree.station.id,
      jurisdictionId: null,
      stationLead: true,
      mustChangePassword: true,
      active: true,
    });
    expect(await verifyPassword(result.oneTimePassword!, user.passwordHash)).toBe(true);
    const row = await db.auditEvent.findFirstOrThrow({ where: { entityId: user.id, action: "admin.user-create" } });
    expect(row.actorId).toBe(admin.id);
    expect(JSON.stringify(row.data)).not.toContain(result.oneTimePassword!);
    // First sign-in says the password must be changed; changing it clears the flag and ends sessions.
    const signedIn = await authenticate({ db, input: { username, password: result.oneTimePassword }, now: new Date() });
    expect(signedIn).toMatchObject({ ok: true, user: { mustChangePassword: true } });
    const changed = await changePassword({
      db,
      userId: user.id,
      input: { current: result.oneTimePassword!, password: "my-own-long-secret", confirm: "my-own-long-secret" },
    });
    expect(changed.ok).toBe(true);
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.mustChangePassword).toBe(false);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await audits(user.id, "auth.password-change")).toBe(1);
  });

  it("lists every problem at once: username format, missing name, common password, station missing for a clerk", async () => {
    const admin = await makeUser(db, { role: "ADMIN" });
    const result = await createStaffUser({
      db,
      actor: admin,
      input: { username: "X", displayName: " ", role: "CLERK", passwordMode: "set", password: "password123" },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => `${e.field}:${e.message}`).sort()).toEqual([
      "displayName:admin.error.displayNameRequired",
      "password:apply.registerError.passwordCommon",
      "stationId:admin.error.stationRequired",
      "username:admin.error.usernameFormat",
    ]);
  });

  it("refuses a supervisor scoped to a station, and a taken username", async () => {
    const admin = await makeUser(db, { role: "ADMIN" });
    const bad = await createStaffUser({
      db,
      actor: admin,
      input: { username: `sup-${Date.now()}`, displayName: "督办", role: "SUPERVISOR", jurisdictionId: tree.station.id },
    });
    expect(bad).toEqual({ ok: false, errors: [{ field: "jurisdictionId", message: "admin.error.jurisdictionRequired" }] });
    const taken = await createStaffUser({ db, actor: admin, input: { username: admin.username, displayName: "重复", role: "ADMIN" } });
    expect(taken).toEqual({ ok: false, errors: [{ field: "username", message: "admin.error.usernameTaken" }] });
    const set = await createStaffUser({
      db,
      actor: admin,
      input: {
        username: `sup2-${Date.now()}`,
        displayName: "督办",
        role: "SUPERVISOR",
        jurisdictionId: tree.county.id,
        passwordMode: "set",
        password: "a-long-chosen-secret",
      },
    });
    expect(set).toMatchObject({ ok: true, oneTimePassword: null });
  });
});

describe("changing an account", () => {
  it("edits role and scope (clerk → supervisor of the county), audited with before and after", async () => {
    const admin = await makeUser(db, { role: "ADMIN" });
    const clerk = await makeUser(db, { role: "CLERK", stationId: tree.station.id });
    const result = await editStaffUser({
      db,
      actor: admin,
      userId: clerk.id,
      input: { displayName: "改任督办", role: "SUPERVISOR", jurisdictionId: tree.county.id, stationId: tree.station.id },
    });
    expect(result).toEqual({ ok: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: clerk.id } })).toMatchObject({
      role: "SUPERVISOR",
      stationId: null,
      jurisdictionId: tree.county.id,
      displayName: "改任督办",
    });
    const row = await db.auditEvent.findFirstOrThrow({ where: { entityId: clerk.id, action: "admin.user-update" } });
    expect(row.data).toMatchObject({
      before: { role: "CLERK", stationId: tree.station.id },
      after: { role: "SUPERVISOR", jurisdictionId: tree.county.id },
    });
  });

  it("deactivation ends the user's sessions (a token from before is refused) and signs them out for good; reactivation lets them in again", async () => {
    const admin = await makeUser(db, { role: "ADMIN" });
    const clerk = await makeUser(db, { role: "CLERK", stationId: tree.station.id });
    const signedIn = await authenticate({ db, input: { username: clerk.username, password: PASSWORD }, now: new Date() });
    expect(signedIn.ok).toBe(true);
    const claims = { uid: clerk.id, sv: signedIn.ok ? signedIn.user.sessionVersion : -1, authAt: Math.floor(Date.now() / 1000) };
    expect(await deactivateUser({ db, actor: admin, userId: clerk.id })).toEqual({ ok: true });
    const after = await db.user.findUniqueOrThrow({ where: { id: clerk.id } });
    expect(sessionIsCurrent({ claims, user: after, now: new Date() })).toBe(false);
    expect(after.sessionVersion).toBe(claims.sv + 1);
    expect(await authenticate({ db, input: { username: clerk.username, password: PASSWORD }, now: new Date() })).toMatchObject({
      ok: false,
      reason: "INVALID",
    });
    expect(await audits(clerk.id, "admin.user-deactivate")).toBe(1);
    expect(await deactivateUser({ db, actor: admin, userId: clerk.id })).toEqual({
      ok: false,
      errors: [{ field: null, message: "admin.error.alreadyInactive" }],
    });
    expect(await reactivateUser({ db, actor: admin, userId: clerk.id })).toEqual({ ok: true });
    expect(await authenticate({ db, input: { username: clerk.username, password: PASSWORD }, now: new Date() })).toMatchObject({
      ok: true,
    });
    expect(await audits(clerk.id, "admin.user-reactivate")).toBe(1);
  });

  it("unlock: a user locked by five wrong passwords signs in again after an administrator unlocks, and the unlock is audited", async () => {
    const admin = await makeUser(db, { role: "ADMIN" });
    const clerk = await makeUser(db, { role: "CLERK", stationId: tree.station.id });
    expect(await unlockUser({ db, actor: admin, userId: clerk.id })).toEqual({
      ok: false,
      errors: [{ field: null, message: "admin.error.notLocked" }],
    });
    for (let i = 0; i < MAX_FAILURES; i++)
      await authenticate({ db, input: { username: clerk.username, password: `wrong-${i}` }, now: new Date() });
    expect(await authenticate({ db, input: { username: clerk.username, password: PASSWORD }, now: new Date() })).toEqual({
      ok: false,
      reason: "LOCKED",
    });
    expect(await unlockUser({ db, actor: admin, userId: clerk.id })).toEqual({ ok: true });
    expect(await authenticate({ db, input: { username: clerk.username, password: PASSWORD }, now: new Date() })).toMatchObject({
      ok: true,
    });
    expect(await audits(clerk.id, "auth.unlock")).toBe(1);
    // The lock still works after an unlock: five new failures lock again.
    for (let i = 0; i < MAX_FAILURES; i++)
      await authenticate({ db, input: { username: clerk.username, password: `again-${i}` }, now: new Date() });
    expect(await authenticate({ db, input: { username: clerk.username, password: PASSWORD }, now: new Date() })).toEqual({
      ok: false,
      reason: "LOCKED",
    });
  });

  it("forced reset ends sessions and makes the next sign-in change the password; with a new one-time password the old one stops working", async () => {
    const admin = await makeUser(db, { role: "ADMIN" });
    const sup = await makeUser(db, { role: "SUPERVISOR", jurisdictionId: tree.city.id });
    const before = await db.user.findUniqueOrThrow({ where: { id: sup.id } });
    expect(await forcePasswordReset({ db, actor: admin, userId: sup.id, issuePassword: false })).toEqual({
      ok: true,
      oneTimePassword: null,
    });
    const after = await db.user.findUniqueOrThrow({ where: { id: sup.id } });
    expect(after).toMatchObject({ mustChangePassword: true, sessionVersion: before.sessionVersion + 1, passwordHash: before.passwordHash });
    expect(await authenticate({ db, input: { username: sup.username, password: PASSWORD }, now: new Date() })).toMatchObject({
      ok: true,
      user: { mustChangePassword: true },
    });
    const issued = await forcePasswordReset({ db, actor: admin, userId: sup.id, issuePassword: true });
    expect(issued.ok && issued.oneTimePassword).toBeTruthy();
    expect(await authenticate({ db, input: { username: sup.username, password: PASSWORD }, now: new Date() })).toMatchObject({
      ok: false,
      reason: "INVALID",
    });
    expect(
      await authenticate({ db, input: { username: sup.username, password: issued.ok ? issued.oneTimePassword : "" }, now: new Date() }),
    ).toMatchObject({ ok: true });
    expect(await audits(sup.id, "admin.user-password-reset")).toBe(1);
    expect(await audits(sup.id, "admin.user-password-issued")).toBe(1);
  });

  it("applicant accounts can be deactivated but not edited, and reset only after an in-person ID check (tests/integration/password-reset.test.ts)", async () => {
    const admin = await makeUser(db, { role: "ADMIN" });
    const applicant = await makeUser(db, { role: "APPLICANT" });
    expect(
      await editStaffUser({
        db,
        actor: admin,
        userId: applicant.id,
        input: { displayName: "x", role: "CLERK", stationId: tree.station.id },
      }),
    ).toEqual({ ok: false, errors: [{ field: null, message: "admin.error.applicantReadOnly" }] });
    expect(await forcePasswordReset({ db, actor: admin, userId: applicant.id, issuePassword: true })).toEqual({
      ok: false,
      errors: [{ field: "identityChecked", message: "counterReset.error.identityNotChecked" }],
    });
    expect(await deactivateUser({ db, actor: admin, userId: applicant.id })).toEqual({ ok: true });
  });
});

describe("the last active administrator", () => {
  it("cannot be deactivated or demoted; an administrator cannot deactivate or demote themselves", async () => {
    const a = await makeUser(db, { role: "ADMIN" });
    const b = await makeUser(db, { role: "ADMIN" });
    await onlyTheseAdminsActive(db, [a.id, b.id]);
    expect(await deactivateUser({ db, actor: a, userId: a.id })).toEqual({
      ok: false,
      errors: [{ field: null, message: "admin.error.selfDeactivate" }],
    });
    expect(
      await editStaffUser({ db, actor: a, userId: a.id, input: { displayName: "a", role: "CLERK", stationId: tree.station.id } }),
    ).toEqual({ ok: false, errors: [{ field: "role", message: "admin.error.selfDemote" }] });
    expect(await deactivateUser({ db, actor: a, userId: b.id })).toEqual({ ok: true });
    // b is gone; reactivate b, then demoting a (now one of two) works, and demoting b (the last) does not.
    expect(await reactivateUser({ db, actor: a, userId: b.id })).toEqual({ ok: true });
    expect(
      await editStaffUser({ db, actor: b, userId: a.id, input: { displayName: "a", role: "SUPERVISOR", jurisdictionId: tree.city.id } }),
    ).toEqual({ ok: true });
    const c = await makeUser(db, { role: "ADMIN" });
    await db.user.update({ where: { id: c.id }, data: { active: false } });
    // c is an inactive admin and cannot act; b is the last active one.
    expect(await deactivateUser({ db, actor: c, userId: b.id })).toEqual({
      ok: false,
      errors: [{ field: null, message: "admin.error.actorInactive" }],
    });
    expect(await db.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
  });

  it("two administrators deactivating each other at the same moment: exactly one succeeds", async () => {
    for (let round = 0; round < 3; round++) {
      const a = await makeUser(db, { role: "ADMIN" });
      const b = await makeUser(db, { role: "ADMIN" });
      await onlyTheseAdminsActive(db, [a.id, b.id]);
      const results = await Promise.all([deactivateUser({ db, actor: a, userId: b.id }), deactivateUser({ db, actor: b, userId: a.id })]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      const refused = results.find((r) => !r.ok);
      expect(refused && !refused.ok && refused.errors[0].message).toMatch(/admin\.error\.(lastAdmin|actorInactive)/);
      expect(await db.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
    }
  });
});

describe("a non-administrator", () => {
  it("is refused by every action, and nothing changes", async () => {
    const clerk = await makeUser(db, { role: "CLERK", stationId: tree.station.id });
    const sup = await makeUser(db, { role: "SUPERVISOR", jurisdictionId: tree.city.id });
    const target = await makeUser(db, { role: "CLERK", stationId: tree.station.id });
    for (const actor of [clerk, sup]) {
      await expect(createStaffUser({ db, actor, input: { username: `x-${Date.now()}`, displayName: "x", role: "ADMIN" } })).rejects.toThrow(
        "FORBIDDEN",
      );
      await expect(editStaffUser({ db, actor, userId: target.id, input: { displayName: "x", role: "ADMIN" } })).rejects.toThrow(
        "FORBIDDEN",
      );
      await expect(deactivateUser({ db, actor, userId: target.id })).rejects.toThrow("FORBIDDEN");
      await expect(reactivateUser({ db, actor, userId: target.id })).rejects.toThrow("FORBIDDEN");
      await expect(forcePasswordReset({ db, actor, userId: target.id, issuePassword: true })).rejects.toThrow("FORBIDDEN");
      await expect(unlockUser({ db, actor, userId: target.id })).rejects.toThrow("FORBIDDEN");
    }
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
      role: "CLERK",
      active: true,
      mustChangePassword: false,
      sessionVersion: 0,
    });
    expect(await db.auditEvent.count({ where: { entityId: target.id } })).toBe(0);
  });
});
