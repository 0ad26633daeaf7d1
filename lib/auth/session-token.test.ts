import { afterEach, describe, expect, it } from "vitest";
import {
  isSessionCookie,
  readClaims,
  sessionCookieName,
  sessionIsCurrent,
  SESSION_MAX_AGE_SECONDS,
  usesSecureCookies,
} from "./session-token";

const now = new Date("2026-11-22T08:00:00Z");
const authAt = now.getTime() / 1000 - 60;
const saved = process.env.NEXTAUTH_URL;
afterEach(() => {
  if (saved === undefined) delete process.env.NEXTAUTH_URL;
  else process.env.NEXTAUTH_URL = saved;
});

describe("session tokens", () => {
  it("reads only complete claims", () => {
    expect(readClaims({ uid: "u", sv: 0, authAt })).toEqual({ uid: "u", sv: 0, authAt });
    expect(readClaims({ uid: "u" })).toBeNull();
    expect(readClaims({ uid: "u", sv: "0", authAt })).toBeNull();
    expect(readClaims(null)).toBeNull();
  });

  it("ends with sign-out (version raised), deactivation and the absolute lifetime", () => {
    const claims = { uid: "u", sv: 3, authAt };
    expect(sessionIsCurrent({ claims, user: { active: true, sessionVersion: 3 }, now })).toBe(true);
    expect(sessionIsCurrent({ claims, user: { active: true, sessionVersion: 4 }, now })).toBe(false);
    expect(sessionIsCurrent({ claims, user: { active: false, sessionVersion: 3 }, now })).toBe(false);
    const old = { ...claims, authAt: now.getTime() / 1000 - SESSION_MAX_AGE_SECONDS };
    expect(sessionIsCurrent({ claims: old, user: { active: true, sessionVersion: 3 }, now })).toBe(false);
    const almost = { ...claims, authAt: now.getTime() / 1000 - SESSION_MAX_AGE_SECONDS + 1 };
    expect(sessionIsCurrent({ claims: almost, user: { active: true, sessionVersion: 3 }, now })).toBe(true);
  });

  it("names the cookie by the scheme of NEXTAUTH_URL", () => {
    process.env.NEXTAUTH_URL = "https://hukou.example";
    expect(usesSecureCookies()).toBe(true);
    expect(sessionCookieName()).toBe("__Secure-next-auth.session-token");
    process.env.NEXTAUTH_URL = "http://localhost:3000";
    expect(sessionCookieName()).toBe("next-auth.session-token");
    expect(isSessionCookie("__Secure-next-auth.session-token.1")).toBe(true);
    expect(isSessionCookie("next-auth.csrf-token")).toBe(false);
  });
});
