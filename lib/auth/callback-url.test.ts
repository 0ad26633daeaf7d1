import { describe, expect, it } from "vitest";
import { landingFor, safeCallbackUrl } from "./callback-url";

describe("safeCallbackUrl", () => {
  it.each(["/me", "/check?jurisdiction=chenzhou&area=town", "/", "/policies/chenzhou#chenzhou.central-urban"])(
    "keeps the same-site path %s",
    (path) => {
      expect(safeCallbackUrl(path)).toBe(path);
    },
  );
  it.each([
    "https://evil.example/",
    "//evil.example/x",
    "/\\evil.example",
    "javascript:alert(1)",
    "me",
    "",
    undefined,
    null,
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r//evil.example",
    "/\u0000/x",
    "/./\t/evil.example",
  ])("refuses %j (no open redirect)", (value) => {
    expect(safeCallbackUrl(value)).toBeNull();
  });

  it("normalises what a browser would normalise, and stays on this site", () => {
    expect(safeCallbackUrl("/a/../me")).toBe("/me");
    expect(safeCallbackUrl("/%2F/evil.example")).toBe("/%2F/evil.example");
    expect(safeCallbackUrl("/申请?x=户")).toBe("/%E7%94%B3%E8%AF%B7?x=%E6%88%B7");
  });
});

describe("landingFor", () => {
  it("keeps a callback the role may open", () => {
    expect(landingFor({ role: "CLERK", callbackUrl: "/workbench/cases/1" })).toBe("/workbench/cases/1");
    expect(landingFor({ role: "APPLICANT", callbackUrl: "/apply/new?kind=settlement" })).toBe("/apply/new?kind=settlement");
    expect(landingFor({ role: "APPLICANT", callbackUrl: "/check" })).toBe("/check");
  });
  it("sends a role to its own home instead of a page it may not open", () => {
    expect(landingFor({ role: "APPLICANT", callbackUrl: "/admin" })).toBe("/me");
    expect(landingFor({ role: "CLERK", callbackUrl: "/me" })).toBe("/workbench");
    expect(landingFor({ role: "SUPERVISOR", callbackUrl: "/workbench?x=1" })).toBe("/supervision");
    expect(landingFor({ role: "ADMIN", callbackUrl: "//evil.example" })).toBe("/admin");
    expect(landingFor({ role: "ADMIN", callbackUrl: null })).toBe("/admin");
  });
});
