import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import { authenticate, LOCK_WINDOW_MS, MAX_FAILURES } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";

const db = useTestDb();
let jurisdictionId: string;

beforeAll(async () => {
  const code = `auth-${randomUUID().slice(0, 8)}`;
  jurisdictionId = (await db.jurisdiction.create({ data: { code, name: "测试", level: "CITY", area: "TOWN", path: `/${code}/` } })).id;
});

async function supervisor() {
  const username = `auth-${randomUUID().slice(0, 8)}`;
  await db.user.create({
    data: { username, passwordHash: await hashPassword("right-password"), displayName: "测试", role: "SUPERVISOR", jurisdictionId },
  });
  return username;
}

describe("authenticate", () => {
  const now = new Date("2026-11-21T10:00:00Z");

  it("accepts the right password, refuses a wrong one and an unknown user, and audits each", async () => {
    const username = await supervisor();
    expect(await authenticate({ db, input: { username, password: "right-password" }, now })).toMatchObject({ ok: true });
    expect(await authenticate({ db, input: { username, password: "wrong" }, now })).toEqual({
      ok: false,
      reason: "INVALID",
      attemptsLeft: MAX_FAILURES - 1,
    });
    expect(await authenticate({ db, input: { username: `${username}-nobody`, password: "x" }, now })).toEqual({
      ok: false,
      reason: "INVALID",
      attemptsLeft: MAX_FAILURES - 1,
    });
    expect(await authenticate({ db, input: { username: "", password: "" }, now })).toEqual({
      ok: false,
      reason: "INVALID",
      attemptsLeft: MAX_FAILURES,
    });
    const user = await db.user.findUniqueOrThrow({ where: { username } });
    expect(await db.auditEvent.count({ where: { actorId: user.id, action: "auth.sign-in" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { actorId: user.id, action: "auth.sign-in-failed" } })).toBe(1);
  });

  it(`locks a username after ${MAX_FAILURES} failures in the window, even for the right password, then lets it in again`, async () => {
    const username = await supervisor();
    const other = await supervisor();
    for (let i = 0; i < MAX_FAILURES; i++) {
      expect(await authenticate({ db, input: { username, password: `guess-${i}` }, now })).toEqual({
        ok: false,
        reason: "INVALID",
        attemptsLeft: MAX_FAILURES - 1 - i,
      });
    }
    expect(await authenticate({ db, input: { username, password: "right-password" }, now })).toEqual({ ok: false, reason: "LOCKED" });
    // Another account is not affected.
    expect(await authenticate({ db, input: { username: other, password: "right-password" }, now })).toMatchObject({ ok: true });
    // After the window the failures no longer count.
    const later = new Date(now.getTime() + LOCK_WINDOW_MS + 1);
    expect(await authenticate({ db, input: { username, password: "right-password" }, now: later })).toMatchObject({ ok: true });
  });

  it(`does not lock after ${MAX_FAILURES - 1} failures`, async () => {
    const username = await supervisor();
    for (let i = 0; i < MAX_FAILURES - 1; i++) await authenticate({ db, input: { username, password: "nope" }, now });
    expect(await authenticate({ db, input: { username, password: "right-password" }, now })).toMatchObject({ ok: true });
  });

  it("takes parallel guesses one at a time: of 40 wrong passwords at once only 5 are checked, 35 are refused as locked", async () => {
    const username = await supervisor();
    const results = await Promise.all(
      Array.from({ length: 40 }, () =>
        authenticate({ db, input: { username, password: "wrong" }, now: new Date(), client: { address: "127.0.0.9", userAgent: "race" } }),
      ),
    );
    expect(results.filter((r) => !r.ok && r.reason === "INVALID")).toHaveLength(MAX_FAILURES);
    expect(results.filter((r) => !r.ok && r.reason === "LOCKED")).toHaveLength(40 - MAX_FAILURES);
    expect(await db.auditEvent.count({ where: { action: "auth.sign-in-failed", data: { path: ["username"], equals: username } } })).toBe(
      MAX_FAILURES,
    );
  }, 60_000);

  it("records the client's address and user agent, and refuses a username with a NUL byte cleanly, audited", async () => {
    const username = await supervisor();
    await authenticate({
      db,
      input: { username, password: "right-password" },
      now,
      client: { address: "127.0.0.7", userAgent: "Mozilla/5.0 test" },
    });
    const row = await db.auditEvent.findFirstOrThrow({ where: { action: "auth.sign-in", data: { path: ["username"], equals: username } } });
    expect(row.data).toMatchObject({ address: "127.0.0.7", userAgent: "Mozilla/5.0 test" });
    const nul = `${username}\u0000x`;
    expect(await authenticate({ db, input: { username: nul, password: "right-password" }, now })).toMatchObject({
      ok: false,
      reason: "INVALID",
    });
    expect(
      await db.auditEvent.count({ where: { action: "auth.sign-in-failed", data: { path: ["username"], equals: `${username}\uFFFDx` } } }),
    ).toBe(1);
  });
});
