import { describe, expect, it } from "vitest";
import { asBrowserSessionCookie } from "./session-cookie";

describe("asBrowserSessionCookie", () => {
  it("drops Expires and Max-Age from the session cookie", () => {
    const line = "next-auth.session-token=abc.def; Path=/; Expires=Mon, 07 Dec 2099 15:00:00 GMT; Max-Age=28800; HttpOnly; SameSite=Lax";
    expect(asBrowserSessionCookie(line)).toBe("next-auth.session-token=abc.def; Path=/; HttpOnly; SameSite=Lax");
    expect(asBrowserSessionCookie("__Secure-next-auth.session-token.0=x; Expires=Mon, 07 Dec 2099 15:00:00 GMT; Secure")).toBe(
      "__Secure-next-auth.session-token.0=x; Secure",
    );
  });
  it("keeps deletions and other cookies as they are", () => {
    for (const line of [
      "next-auth.session-token=; Path=/; Max-Age=0",
      "next-auth.session-token=abc; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT",
      "next-auth.csrf-token=abc; Path=/; Expires=Mon, 07 Dec 2099 15:00:00 GMT",
      "hukou-locale=en; Max-Age=31536000",
    ])
      expect(asBrowserSessionCookie(line)).toBe(line);
  });
});
