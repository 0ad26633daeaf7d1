// Issue 15, items 5 and 10: a resident who forgot the password gets back in at the counter (a clerk,
// or an administrator, after checking the ID card in person, issues a one-time password the account
// must change at first sign-in — audited, every old session ended; a clerk never resets staff), and an
// ID number typed with a small x signs in (and counts towards that number's lock), with a warning
// before the try that would lock it.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import { authenticate, MAX_FAILURES } from "@/lib/auth/authenticate";
import { resetApplicantPassword } from "@/lib/auth/counter-reset";
import { changePassword } from "@/lib/auth/change-password";
import { hashPassword } from "@/lib/auth/password";
import { isLocked } from "@/lib/auth/lock";
import { forcePasswordReset } from "@/lib/admin/change-user";
import { listUsers, userFilterSchema } from "@/lib/admin/list-users";
import { checkCharacter } from "@/lib/registry/citizen-id";
import type { Actor } from "@/lib/auth/permissions";
import { makeAdminTree, makeUser, PASSWORD } from "./admin-fixtures";

const db = useTestDb();
let tree: Awaited<ReturnType<typeof makeAdminTree>>;
let clerk: Actor;

beforeAll(async () => {
  tree = await makeAdminTree(db);
  clerk = await makeUser(db, { role: "CLERK", stationId: tree.station.id });
});

/** A registered resident whose ID number ends in X (username = the number, as self-registration makes it). */
async function residentWithX(name = "李晓雪") {
  for (;;) {
    const first17 = `431002${1970 + Math.floor(Math.random() * 30)}0${1 + Math.floor(Math.random() * 9)}1${Math.floor(Math.random() * 9)}${String(Math.floor(Math.random() * 1000)).padStart(3, "0")}`;
    if (checkCharacter(first17) !== "X") continue;
    const citizenId = `${first17}X`;
    if (await db.person.findUnique({ where: { citizenId } })) continue;
    const birthDate = new Date(`${first17.slice(6, 10)}-${first17.slice(10, 12)}-${first17.slice(12, 14)}T00:00:00Z`);
    const person = await db.person.create({
      data: { citizenId, name, sex: Number(first17[16]) % 2 ? "MALE" : "FEMALE", birthDate, phone: "13912345678" },
    });
    const user = await db.user.create({
      data: { username: citizenId, passwordHash: await hashPassword(PASSWORD), displayName: name, role: "APPLICANT", personId: person.id },
    });
    return { id: user.id, username: citizenId, name, personId: person.id };
  }
}

const audits = (entityId: string, action: string) => db.auditEvent.findMany({ where: { entityId, action } });
const failuresOf = (username: string) =>
  db.auditEvent.count({ where: { action: "auth.sign-in-failed", data: { path: ["username"], equals: username } } });

describe("an ID number typed with a small x (item 10)", () => {
  it("signs in, and a wrong password counts towards the number's own lock", async () => {
    const r = await residentWithX();
    const typed = `  ${r.username.slice(0, 17)}x `;
    expect(await authenticate({ db, input: { username: typed, password: PASSWORD }, now: new Date() })).toMatchObject({
      ok: true,
      user: { id: r.id },
    });
    expect(await failuresOf(r.username)).toBe(0);
    expect(await failuresOf(typed.trim())).toBe(0);
    // Full-width digits from a Chinese input method are the same number too.
    const fullWidth = r.username.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    expect(await authenticate({ db, input: { username: fullWidth, password: PASSWORD }, now: new Date() })).toMatchObject({ ok: true });
    await authenticate({ db, input: { username: typed, password: "wrong-password" }, now: new Date() });
    expect(await failuresOf(r.username)).toBe(1);
  });
});

describe("an administrator's search for an ID number typed any way (item 10)", () => {
  it("finds the applicant by the whole number with a small x, full-width, or spaced — also when the username is another", async () => {
    const admin = await makeUser(db, { role: "ADMIN" });
    const r = await residentWithX();
    const found = async (q: string) =>
      (await listUsers({ db, actor: admin, filter: userFilterSchema.parse({ q }) })).rows.map((row) => row.id);
    expect(await found(r.username.toLowerCase())).toEqual([r.id]);
    expect(await found(r.username.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)))).toEqual([r.id]);
    expect(await found(`${r.username.slice(0, 6)} ${r.username.slice(6, 14)} ${r.username.slice(14).toLowerCase()}`)).toEqual([r.id]);
    await db.user.update({ where: { id: r.id }, data: { username: `demo-${randomUUID().slice(0, 8)}` } });
    expect(await found(r.username.toLowerCase())).toEqual([r.id]);
    expect(await found(r.username.slice(0, 12))).toEqual([]);
  });
});

describe("the last try before the lock (item 10)", () => {
  it(`says so when ${MAX_FAILURES - 1} failures lie in the window, then says locked at the ${MAX_FAILURES}th`, async () => {
    const r = await residentWithX();
    const now = new Date();
    const left: number[] = [];
    for (let i = 0; i < MAX_FAILURES; i++) {
      const result = await authenticate({ db, input: { username: r.username.toLowerCase(), password: `wrong-${i}` }, now });
      expect(result.ok).toBe(false);
      if (!result.ok && result.reason === "INVALID") left.push(result.attemptsLeft);
    }
    expect(left).toEqual([4, 3, 2, 1, 0]);
    expect(await authenticate({ db, input: { username: r.username, password: PASSWORD }, now })).toEqual({ ok: false, reason: "LOCKED" });
  });

  it("answers the same for a username nobody has: the warning tells nothing the lock does not", async () => {
    const nobody = `nobody-${randomUUID().slice(0, 8)}`;
    const left: number[] = [];
    for (let i = 0; i < MAX_FAILURES - 1; i++) {
      const result = await authenticate({ db, input: { username: nobody, password: "x" }, now: new Date() });
      if (!result.ok && result.reason === "INVALID") left.push(result.attemptsLeft);
    }
    expect(left).toEqual([4, 3, 2, 1]);
  });
});

describe("the counter reset by a clerk (item 5)", () => {
  it("issues a one-time password the account must change; old sessions end; audited; the lock is lifted", async () => {
    const r = await residentWithX();
    for (let i = 0; i < MAX_FAILURES; i++)
      await authenticate({ db, input: { username: r.username, password: `forgot-${i}` }, now: new Date() });
    expect(await isLocked({ db, username: r.username, now: new Date() })).toBe(true);
    const before = await db.user.findUniqueOrThrow({ where: { id: r.id } });
    const result = await resetApplicantPassword({
      db,
      actor: clerk,
      input: { account: r.username.toLowerCase(), name: r.name, identityChecked: "on" },
      now: new Date(),
    });
    expect(result).toMatchObject({ ok: true, userId: r.id });
    const oneTime = result.ok ? result.oneTimePassword : "";
    expect(oneTime).toMatch(/^\w{4}-\w{4}-\w{4}$/);
    const after = await db.user.findUniqueOrThrow({ where: { id: r.id } });
    expect(after.mustChangePassword).toBe(true);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    const [event] = await audits(r.id, "auth.counter-password-reset");
    expect(event).toMatchObject({
      actorId: clerk.id,
      data: { role: "CLERK", stationId: tree.station.id, identityChecked: true, unlocked: true },
    });
    // The one-time password is never written down anywhere but in the answer.
    expect(JSON.stringify(event.data)).not.toContain(oneTime);
    expect(await isLocked({ db, username: r.username, now: new Date() })).toBe(false);
    // The old password no longer works; the one-time one does, and must be changed first.
    expect(await authenticate({ db, input: { username: r.username, password: PASSWORD }, now: new Date() })).toMatchObject({
      ok: false,
      reason: "INVALID",
    });
    expect(await authenticate({ db, input: { username: r.username, password: oneTime }, now: new Date() })).toMatchObject({
      ok: true,
      user: { mustChangePassword: true },
    });
    expect(
      await changePassword({
        db,
        userId: r.id,
        input: { current: oneTime, password: "my-own-new-password-7", confirm: "my-own-new-password-7" },
      }),
    ).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: r.id } })).mustChangePassword).toBe(false);
  });

  it("finds an applicant by the citizen ID when the username is something else (the demo's accounts)", async () => {
    const r = await residentWithX("赵一");
    await db.user.update({ where: { id: r.id }, data: { username: `demo-${randomUUID().slice(0, 8)}` } });
    expect(
      await resetApplicantPassword({ db, actor: clerk, input: { account: r.username, name: "赵一", identityChecked: "on" } }),
    ).toMatchObject({ ok: true, userId: r.id });
  });

  it("refuses with a specific reason: no ID check, a name that does not match, no such applicant, staff, a deactivated account", async () => {
    const r = await residentWithX("钱二");
    const refusal = async (input: { account: string; name: string; identityChecked?: string }) => {
      const result = await resetApplicantPassword({ db, actor: clerk, input });
      return result.ok ? [] : result.errors;
    };
    expect(await refusal({ account: "", name: "", identityChecked: undefined })).toEqual([
      { field: "account", message: "counterReset.error.accountRequired" },
      { field: "name", message: "counterReset.error.nameRequired" },
      { field: "identityChecked", message: "counterReset.error.identityNotChecked" },
    ]);
    expect(await refusal({ account: r.username, name: "钱二", identityChecked: undefined })).toEqual([
      { field: "identityChecked", message: "counterReset.error.identityNotChecked" },
    ]);
    expect(await refusal({ account: r.username, name: "孙三", identityChecked: "on" })).toEqual([
      { field: "name", message: "counterReset.error.nameMismatch" },
    ]);
    expect(await refusal({ account: "431002199001011234", name: "钱二", identityChecked: "on" })).toEqual([
      { field: "account", message: "counterReset.error.notFound" },
    ]);
    const staff = await makeUser(db, { role: "SUPERVISOR", jurisdictionId: tree.city.id });
    expect(await refusal({ account: staff.username, name: staff.displayName, identityChecked: "on" })).toEqual([
      { field: "account", message: "counterReset.error.staff" },
    ]);
    const colleague = await makeUser(db, { role: "CLERK", stationId: tree.station.id });
    expect(await refusal({ account: colleague.username, name: colleague.displayName, identityChecked: "on" })).toEqual([
      { field: "account", message: "counterReset.error.staff" },
    ]);
    await db.user.update({ where: { id: r.id }, data: { active: false } });
    expect(await refusal({ account: r.username, name: "钱二", identityChecked: "on" })).toEqual([
      { field: "account", message: "counterReset.error.inactive" },
    ]);
    // Nothing was changed or audited by any refusal; staff passwords untouched.
    expect(
      await db.auditEvent.count({ where: { action: "auth.counter-password-reset", entityId: { in: [r.id, staff.id, colleague.id] } } }),
    ).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: staff.id } })).mustChangePassword).toBe(false);
  });

  it("is refused to anyone without the permission (applicants, supervisors; administrators reset on the account page)", async () => {
    const r = await residentWithX();
    for (const role of ["APPLICANT", "SUPERVISOR", "ADMIN"] as const) {
      const actor = await makeUser(db, { role, jurisdictionId: role === "SUPERVISOR" ? tree.city.id : undefined });
      await expect(
        resetApplicantPassword({ db, actor, input: { account: r.username, name: r.name, identityChecked: "on" } }),
      ).rejects.toThrow("FORBIDDEN");
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: r.id } })).mustChangePassword).toBe(false);
  });
});

describe("the counter reset by an administrator (item 5)", () => {
  it("resets an applicant's password only with the in-person ID check, always with a new one-time password, audited", async () => {
    const admin = await makeUser(db, { role: "ADMIN" });
    const r = await residentWithX();
    const before = await db.user.findUniqueOrThrow({ where: { id: r.id } });
    expect(await forcePasswordReset({ db, actor: admin, userId: r.id, issuePassword: true })).toEqual({
      ok: false,
      errors: [{ field: "identityChecked", message: "counterReset.error.identityNotChecked" }],
    });
    const result = await forcePasswordReset({ db, actor: admin, userId: r.id, issuePassword: false, identityChecked: true });
    expect(result.ok && result.oneTimePassword).toMatch(/^\w{4}-\w{4}-\w{4}$/);
    const after = await db.user.findUniqueOrThrow({ where: { id: r.id } });
    expect(after).toMatchObject({ mustChangePassword: true, sessionVersion: before.sessionVersion + 1 });
    expect(after.passwordHash).not.toBe(before.passwordHash);
    expect(await audits(r.id, "auth.counter-password-reset")).toMatchObject([
      { actorId: admin.id, data: { role: "ADMIN", identityChecked: true } },
    ]);
    expect(
      await authenticate({ db, input: { username: r.username, password: result.ok ? result.oneTimePassword! : "" }, now: new Date() }),
    ).toMatchObject({ ok: true, user: { mustChangePassword: true } });
  });
});
