import { describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { checkVerificationCode, makeVerificationCode } from "./code";

describe("verification codes", () => {
  it("round-trip, tolerating case, spaces and look-alike letters", () => {
    for (let i = 0; i < 200; i++) {
      const code = makeVerificationCode(randomBytes(10));
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}-[0-9A-Z]$/);
      expect(checkVerificationCode(code)).toEqual({ ok: true, code });
      expect(checkVerificationCode(code.toLowerCase().replace(/-/g, " "))).toEqual({ ok: true, code });
    }
  });

  it("catches every single-character change and every swap of neighbours", () => {
    const code = makeVerificationCode(Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    const raw = code.replace(/-/g, "");
    const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    for (let i = 0; i < 16; i++) {
      for (const ch of alphabet) {
        if (ch === raw[i]) continue;
        const altered = raw.slice(0, i) + ch + raw.slice(i + 1);
        expect(checkVerificationCode(altered).ok, altered).toBe(false);
      }
      if (i < 15 && raw[i] !== raw[i + 1]) {
        const swapped = raw.slice(0, i) + raw[i + 1] + raw[i] + raw.slice(i + 2);
        expect(checkVerificationCode(swapped).ok, swapped).toBe(false);
      }
    }
  });

  it("says malformed for the wrong length or characters", () => {
    expect(checkVerificationCode("")).toEqual({ ok: false, reason: "MALFORMED" });
    expect(checkVerificationCode("ABCD-EFGH")).toEqual({ ok: false, reason: "MALFORMED" });
    expect(checkVerificationCode("<script>")).toEqual({ ok: false, reason: "MALFORMED" });
  });
});
