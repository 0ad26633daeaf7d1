import { describe, expect, it } from "vitest";
import { createSignInThrottle } from "./throttle";

describe("sign-in throttles", () => {
  it("refuses an address past its allowance and says when to retry, other addresses unaffected", async () => {
    const throttle = createSignInThrottle({ addressPoints: 3, addressWindowS: 600, globalPerSecond: 100, globalQueue: 10 });
    for (let i = 0; i < 3; i++) expect((await throttle({ address: "10.0.0.1" })).ok).toBe(true);
    const refused = await throttle({ address: "10.0.0.1" });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.retryAfterSeconds).toBeGreaterThan(500);
    expect((await throttle({ address: "10.0.0.2" })).ok).toBe(true);
  });

  it("spreads a burst over time globally and refuses past the queue", async () => {
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
