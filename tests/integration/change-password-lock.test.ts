// L4 of issue 16: /account/password asked for the current password without limit or trail, so a
// borrowed session could guess it freely. A wrong current password now counts towards the account's
// sign-in lock (lib/auth/lock.ts) and is audited; a locked account cannot change its password either.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import { authenticate, LOCK_WINDOW_MS, MAX_FAILURES } from "@/lib/auth/authenticate";
import { changePassword } from "@/lib/auth/change-password";
import { isLocked } from "@/lib/auth/lock";
import { hashPassword, verifyPassword } from "@/lib/auth/password";

const db = useTestDb();
let jurisdictionId: string;

beforeAll(async () => {
  const code = `pwlock-${randomUUID().slice(0, 8)}`;
  jurisdictionId = (await db.jurisdiction.create({ data: { code, name: "测试", level: "CITY", area: "TOWN", path: `/${code}/` } })).id;
});

async function someone() {
  const username = `pwlock-${randomUUID().slice(0, 8)}`;
  return db.user.create({
    data: { username, passwordHash: await hashPassword("right-password"), displayName: "测试", role: "SUPERVISOR", jurisdictionId },
  });
}

const client = { address: "203.0.113.44", userAgent: "vitest" };
const wrong = { current: "a-guess", password: "a-brand-new-secret", confirm: "a-brand-new-secret" };
const right = { current: "right-password", password: "a-brand-new-secret", confirm: "a-brand-new-secret" };

describe("changing the password: wrong current passwords", () => {
  const now = new Date("2026-12-07T10:00:00Z");

  it(`audits each wrong current password with the client's address, and the ${MAX_FAILURES}th locks the account for sign-in too`, async () => {
    const user = await someone();
    for (let i = 1; i < MAX_FAILURES; i++) {
      expect(await changePassword({ db, userId: user.id, input: wrong, now, client })).toEqual({
        ok: false,
        errors: [{ field: "current", message: "admin.passwordForm.currentWrong" }],
      });
    }
    expect(await changePassword({ db, userId: user.id, input: wrong, now, client })).toEqual({
      ok: false,
      errors: [{ field: "current", message: "admin.passwordForm.lockedNow" }],
    });
    const rows = await db.auditEvent.findMany({ where: { entityId: user.id, action: "auth.password-change-failed" } });
    expect(rows).toHaveLength(MAX_FAILURES);
    expect(rows[0]).toMatchObject({
      actorId: user.id,
      entityType: "User",
      data: { username: user.username, address: "203.0.113.44", userAgent: "vitest" },
    });
    expect(await isLocked({ db, username: user.username, now })).toBe(true);
    // Sign-in is locked for this account, even with the right password…
    expect(await authenticate({ db, input: { username: user.username, password: "right-password" }, now })).toEqual({
      ok: false,
      reason: "LOCKED",
    });
    // …and so is the change itself, audited, with the password untouched.
    expect(await changePassword({ db, userId: user.id, input: right, now, client })).toEqual({
      ok: false,
      errors: [{ field: "current", message: "admin.passwordForm.locked" }],
    });
    expect(await db.auditEvent.count({ where: { entityId: user.id, action: "auth.password-change-locked" } })).toBe(1);
    expect(await verifyPassword("right-password", (await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash)).toBe(true);
    // After the window the right current password works again.
    const later = new Date(now.getTime() + LOCK_WINDOW_MS + 1000);
    expect(await changePassword({ db, userId: user.id, input: right, now: later, client })).toMatchObject({ ok: true });
  });

  it("counts failed sign-ins and wrong current passwords together", async () => {
    const user = await someone();
    for (let i = 1; i < MAX_FAILURES; i++) await authenticate({ db, input: { username: user.username, password: "nope" }, now });
    expect(await changePassword({ db, userId: user.id, input: wrong, now, client })).toEqual({
      ok: false,
      errors: [{ field: "current", message: "admin.passwordForm.lockedNow" }],
    });
    expect(await isLocked({ db, username: user.username, now })).toBe(true);
  });

  it("takes parallel guesses one at a time: no more than the allowance get checked", async () => {
    const user = await someone();
    const results = await Promise.all(
      Array.from({ length: MAX_FAILURES + 3 }, () => changePassword({ db, userId: user.id, input: wrong, now, client })),
    );
    expect(await db.auditEvent.count({ where: { entityId: user.id, action: "auth.password-change-failed" } })).toBe(MAX_FAILURES);
    expect(results.filter((r) => !r.ok && r.errors[0].message === "admin.passwordForm.locked")).toHaveLength(3);
  });

  it("does not count an empty current password (nothing was guessed) but still lists it", async () => {
    const user = await someone();
    const result = await changePassword({ db, userId: user.id, input: { ...wrong, current: "" }, now, client });
    expect(result).toEqual({ ok: false, errors: [{ field: "current", message: "admin.passwordForm.currentWrong" }] });
    expect(await db.auditEvent.count({ where: { entityId: user.id, action: "auth.password-change-failed" } })).toBe(0);
  });
});
