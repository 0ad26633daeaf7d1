import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createAddressLimit, createSignInThrottle, progressiveDelaySeconds } from "./throttle";

const SETTINGS = { addressPoints: 3, addressWindowS: 600, globalPerSecond: 1000, globalQueue: 10, delayBaseS: 2, delayCapS: 60 };

describe("the delay curve (docs/decisions/0273)", () => {
  it("doubles from the base for each attempt past the allowance, up to the cap", () => {
    const curve = Array.from({ length: 9 }, (_, i) => progressiveDelaySeconds({ excess: i + 1, baseS: 2, capS: 60 }));
    expect(curve).toEqual([2, 4, 8, 16, 32, 60, 60, 60, 60]);
    expect(progressiveDelaySeconds({ excess: 0, baseS: 2, capS: 60 })).toBe(0);
    expect(progressiveDelaySeconds({ excess: 500, baseS: 2, capS: 60 })).toBe(60);
  });
});

describe("sign-in throttles", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-12-07T08:00:00Z"));
  });
  afterEach(() => vi.useRealTimers());
  const later = (seconds: number) => vi.setSystemTime(Date.now() + seconds * 1000);

  it("past the allowance, makes each further attempt wait longer, up to the cap, and says how long", async () => {
    const throttle = createSignInThrottle(SETTINGS);
    const address = "203.0.113.1";
    for (let i = 0; i < 3; i++) expect((await throttle({ address })).ok).toBe(true);
    for (const wait of [2, 4, 8, 16, 32, 60, 60]) {
      expect(await throttle({ address })).toEqual({ ok: false, retryAfterSeconds: wait });
      // Asking again while waiting does not lengthen the wait, and is not counted.
      later(wait / 2);
      expect(await throttle({ address })).toEqual({ ok: false, retryAfterSeconds: wait / 2 });
      later(wait / 2);
      expect((await throttle({ address })).ok).toBe(true);
    }
    // No hard cut-off: the window of 10 minutes has passed meanwhile and the allowance is back.
    later(600);
    for (let i = 0; i < 3; i++) expect((await throttle({ address })).ok).toBe(true);
  });

  it("counts per address: IPv4 by address, IPv6 by /64, mapped IPv4 as IPv4", async () => {
    const throttle = createSignInThrottle(SETTINGS);
    for (let i = 1; i <= 3; i++) expect((await throttle({ address: `2001:db8:7:7::${i}` })).ok).toBe(true);
    // A fourth address of the same /64 is the same client.
    expect((await throttle({ address: "2001:db8:7:7:ffff::1" })).ok).toBe(false);
    expect((await throttle({ address: "2001:db8:7:8::1" })).ok).toBe(true);
    for (let i = 0; i < 3; i++) expect((await throttle({ address: "::ffff:198.51.100.5" })).ok).toBe(true);
    expect((await throttle({ address: "198.51.100.5" })).ok).toBe(false);
    expect((await throttle({ address: "198.51.100.6" })).ok).toBe(true);
  });

  it("lets one attempt of a burst past the allowance through, not the whole burst", async () => {
    const throttle = createSignInThrottle(SETTINGS);
    const results = await Promise.all(Array.from({ length: 10 }, () => throttle({ address: "203.0.113.2" })));
    // The allowance of three; the fourth and later wait their turn.
    expect(results.filter((r) => r.ok)).toHaveLength(3);
  });

  it("gives a successful sign-in its attempt back, once per username and window (a shared NAT of many clerks)", async () => {
    const throttle = createSignInThrottle(SETTINGS);
    const address = "203.0.113.3";
    for (let i = 0; i < 10; i++) {
      expect((await throttle({ address })).ok).toBe(true);
      await throttle.succeeded({ address, username: `clerk${i}` });
    }
    // The same account signing in again and again does not buy anyone more guesses.
    for (let i = 0; i < 3; i++) {
      expect((await throttle({ address })).ok).toBe(true);
      await throttle.succeeded({ address, username: "clerk0" });
    }
    expect((await throttle({ address })).ok).toBe(false);
  });

  it("spreads a burst over time globally and refuses past the queue", async () => {
    vi.useRealTimers();
    const throttle = createSignInThrottle({ addressPoints: 1000, addressWindowS: 600, globalPerSecond: 5, globalQueue: 5 });
    const started = Date.now();
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => throttle({ address: `10.0.1.${i}` })));
    const ok = results.filter((r) => r.ok).length;
    // 5 at once, 5 queued (served in the next second), 2 refused.
    expect(ok).toBe(10);
    expect(results.filter((r) => !r.ok)).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });
});

describe("a plain per-address limit (the /verify page, I2)", () => {
  it("allows so many a minute per address, then refuses with the seconds left", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(new Date("2026-12-07T08:00:00Z"));
      const limit = createAddressLimit({ keyPrefix: "test-verify", points: 60, durationS: 60 });
      for (let i = 0; i < 60; i++) expect((await limit({ address: "203.0.113.9" })).ok).toBe(true);
      vi.setSystemTime(Date.now() + 15_000);
      expect(await limit({ address: "203.0.113.9" })).toEqual({ ok: false, retryAfterSeconds: 45 });
      expect((await limit({ address: "203.0.113.10" })).ok).toBe(true);
      vi.setSystemTime(Date.now() + 45_000);
      expect((await limit({ address: "203.0.113.9" })).ok).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
