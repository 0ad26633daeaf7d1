import { describe, expect, it } from "vitest";
import { createUploadThrottle } from "./upload-throttle";

describe("upload throttle (M5)", () => {
  it("refuses an account past its allowance and says when to retry; other accounts unaffected", async () => {
    const throttle = createUploadThrottle({ points: 3, windowS: 600 });
    for (let i = 0; i < 3; i++) expect((await throttle({ userId: "a" })).ok).toBe(true);
    const refused = await throttle({ userId: "a" });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.retryAfterSeconds).toBeGreaterThan(500);
    expect((await throttle({ userId: "b" })).ok).toBe(true);
  });
});
