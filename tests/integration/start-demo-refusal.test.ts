// Issue #9 item 7: a real database in production must hold no account with the public demo password.
// `npm start` against such a database refuses before building or serving anything, in one sentence.
// Issue 16 M6: the seed marks its accounts as demo accounts (User.demo); outside demo mode
// (HUKOU_DEMO=1, set by `npm start` on demo data) they cannot sign in.
import { randomUUID } from "node:crypto";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { databaseUrl } from "@/lib/db/connection";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_PASSWORD } from "@/prisma/seed";
import { activeDemoAccounts, seedDatabase } from "../../scripts/lib/seed";

const ROOT = path.resolve(__dirname, "../..");
const url = databaseUrl();

const db = createPrismaClient(url);

beforeAll(async () => {
  await seedDatabase(url);
}, 120_000);
afterAll(() => db.$disconnect());

describe("demo accounts (issue 16 M6)", () => {
  it("the seed marks every account it made as a demo account, and no other", async () => {
    const clerk = await db.user.findUniqueOrThrow({ where: { username: "clerk" } });
    expect(clerk.demo).toBe(true);
    const demo = await db.user.count({ where: { demo: true, active: true } });
    expect(demo).toBe(await activeDemoAccounts(url));
    const own = await db.user.create({
      data: { username: `own-${randomUUID().slice(0, 8)}`, passwordHash: "x", displayName: "本地", role: "ADMIN" },
    });
    expect(own.demo).toBe(false);
    // An account the seed made earlier, before the flag existed, is marked by the next seed.
    await db.user.update({ where: { username: "clerk2" }, data: { demo: false } });
    await seedDatabase(url);
    expect((await db.user.findUniqueOrThrow({ where: { username: "clerk2" } })).demo).toBe(true);
  }, 120_000);

  it("a demo account signs in only in demo mode; the refusal is audited", async () => {
    const now = new Date();
    expect(await authenticate({ db, input: { username: "supervisor", password: DEMO_PASSWORD }, now, allowDemo: true })).toMatchObject({
      ok: true,
    });
    expect(await authenticate({ db, input: { username: "supervisor", password: DEMO_PASSWORD }, now })).toMatchObject({
      ok: false,
      reason: "INVALID",
    });
    const user = await db.user.findUniqueOrThrow({ where: { username: "supervisor" } });
    const refused = await db.auditEvent.findFirst({ where: { actorId: user.id, action: "auth.sign-in-failed" }, orderBy: { at: "desc" } });
    expect(refused?.data).toMatchObject({ reason: "demo-account" });
  });

  it("a flagged account counts as a demo account whatever its username", async () => {
    const before = await activeDemoAccounts(url);
    await db.user.create({
      data: {
        username: `old-demo-${randomUUID().slice(0, 8)}`,
        passwordHash: await hashPassword(DEMO_PASSWORD),
        displayName: "旧演示",
        role: "ADMIN",
        demo: true,
      },
    });
    expect(await activeDemoAccounts(url)).toBe(before + 1);
  });
});

describe("npm start with NODE_ENV=production and an own database", () => {
  it("refuses while demo accounts are active, saying what to do", async () => {
    expect(await activeDemoAccounts(url)).toBeGreaterThan(0);
    const started = spawnSync(
      process.execPath,
      [path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), path.join(ROOT, "scripts", "start.ts")],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: url, NODE_ENV: "production", SEED_DEMO: "", PORT: "1" },
        encoding: "utf8",
        timeout: 90_000,
      },
    );
    expect(started.status).not.toBe(0);
    const output = `${started.stdout}\n${started.stderr}`;
    expect(output).toMatch(/active demo accounts whose password is public: deactivate or delete them/);
    expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
    expect(output).not.toContain("Portal on");
  }, 120_000);
});
