// The sign-in throttles are one allowance for the whole portal, however many server processes serve it
// (scripts/serve.ts runs several): two throttles on two connection pools stand for two processes.
// Counted in each process's memory, as before docs/decisions/0235, these tests fail. The progressive
// wait, /64 keys and give-backs are M4 of issue 16 (docs/decisions/0272, 0273).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseUrl } from "@/lib/db/connection";
import { ensureAppRole } from "@/lib/db/app-role";
import { createSignInThrottle, type ThrottleSettings } from "@/lib/auth/throttle";

const pools: pg.Pool[] = [];
let appUrl: string;

beforeAll(async () => {
  // As the portal runs: the least-privileged role, which may not create the table itself.
  appUrl = await ensureAppRole({ ownerUrl: databaseUrl(), password: randomBytes(20).toString("hex") });
});

afterAll(async () => {
  await Promise.all(pools.map((p) => p.end()));
});

/** Two "processes" of the portal: each its own pool and its own throttle object. */
function twoProcesses(settings: ThrottleSettings) {
  return [0, 1].map(() => {
    const pool = new pg.Pool({ connectionString: appUrl, max: 2 });
    pools.push(pool);
    return createSignInThrottle(settings, { kind: "postgres", pool });
  });
}

describe("sign-in throttles shared through PostgreSQL", () => {
  it("counts one address's attempts across processes, then makes each further one wait longer", async () => {
    const [a, b] = twoProcesses({
      addressPoints: 3,
      addressWindowS: 600,
      globalPerSecond: 100,
      globalQueue: 10,
      delayBaseS: 1,
      delayCapS: 60,
    });
    const address = `10.9.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;
    expect((await a({ address })).ok).toBe(true);
    expect((await b({ address })).ok).toBe(true);
    expect((await a({ address })).ok).toBe(true);
    // The fourth attempt, in either process, is past the allowance of three: wait a second (no hard cut-off).
    const refused = await b({ address });
    expect(refused).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect((await a({ address })).ok).toBe(false);
    // Another address is not affected.
    expect((await a({ address: `${address}.other` })).ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await a({ address })).ok).toBe(true);
    // The next one waits twice as long, in the other process too.
    expect(await b({ address })).toEqual({ ok: false, retryAfterSeconds: 2 });
  });

  it("keys IPv6 by /64 and an IPv4-mapped address as IPv4, across processes", async () => {
    const [a, b] = twoProcesses({ addressPoints: 2, addressWindowS: 600, globalPerSecond: 100, globalQueue: 10 });
    const prefix = `2001:db8:${randomBytes(2).toString("hex")}:1`;
    expect((await a({ address: `${prefix}::1` })).ok).toBe(true);
    expect((await b({ address: `${prefix}:abcd::2` })).ok).toBe(true);
    expect((await a({ address: `${prefix}:ffff:1:2:3` })).ok).toBe(false);
    const v4 = `10.7.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;
    expect((await a({ address: `::ffff:${v4}` })).ok).toBe(true);
    expect((await b({ address: v4 })).ok).toBe(true);
    expect((await a({ address: v4 })).ok).toBe(false);
  });

  it("lets one attempt of a parallel burst past the allowance through, whichever process takes it", async () => {
    const [a, b] = twoProcesses({ addressPoints: 2, addressWindowS: 600, globalPerSecond: 100, globalQueue: 10 });
    const address = `10.6.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b)({ address })));
    expect(results.filter((r) => r.ok)).toHaveLength(2);
  });

  it("gives a successful sign-in its attempt back once per username, across processes", async () => {
    const [a, b] = twoProcesses({ addressPoints: 2, addressWindowS: 600, globalPerSecond: 100, globalQueue: 10 });
    const address = `10.5.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;
    for (let i = 0; i < 6; i++) {
      expect((await (i % 2 ? a : b)({ address })).ok).toBe(true);
      await (i % 2 ? b : a).succeeded({ address, username: `clerk${i}` });
    }
    expect((await a({ address })).ok).toBe(true);
    await b.succeeded({ address, username: "clerk0" });
    expect((await b({ address })).ok).toBe(true);
    expect((await a({ address })).ok).toBe(false);
  });

  it("gives the whole portal one global rate, queueing the rest", async () => {
    const perSecond = 4;
    const [a, b] = twoProcesses({ addressPoints: 1000, addressWindowS: 600, globalPerSecond: perSecond, globalQueue: 20 });
    const started = Date.now();
    const doneAt: number[] = [];
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b)({ address: `10.8.0.${i}` }).then((r) => (doneAt.push(Date.now() - started), r))),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    // Within the first window at most `perSecond` checks went ahead in both processes together (each
    // process counting alone would let 2 × 4 through at once); the rest waited for later windows.
    expect(doneAt.filter((ms) => ms < 500).length).toBeLessThanOrEqual(perSecond);
    expect(Math.max(...doneAt)).toBeGreaterThanOrEqual(900);
  });
});
