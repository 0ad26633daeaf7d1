// I2 of issue 16: /verify/<code> answered every request. The portal's limit — 60 checks a minute per
// client address, kept in PostgreSQL so every server process shares it — as the page calls it.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { throttleVerify, VERIFY_PER_MINUTE } from "@/lib/auth/throttle";

describe("certificate checks per address", () => {
  it(`allows ${VERIFY_PER_MINUTE} a minute per address, then says how many seconds to wait; other addresses unaffected`, async () => {
    const address = `198.18.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;
    for (let i = 0; i < VERIFY_PER_MINUTE; i++) expect((await throttleVerify({ address })).ok).toBe(true);
    const refused = await throttleVerify({ address });
    expect(refused).toEqual({ ok: false, retryAfterSeconds: expect.any(Number) });
    if (!refused.ok) expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    // The same client by its IPv4-mapped form is the same address.
    expect((await throttleVerify({ address: `::ffff:${address}` })).ok).toBe(false);
    expect((await throttleVerify({ address: `198.19.${randomBytes(1)[0]}.${randomBytes(1)[0]}` })).ok).toBe(true);
  });
});
