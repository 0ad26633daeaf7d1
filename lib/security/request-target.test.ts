import { describe, expect, it } from "vitest";
import { allowedActionOrigins, originIsPortal, refuseTarget } from "./request-target";

describe("refuseTarget", () => {
  it.each([
    "/verify/%FF",
    "/policies/%FF",
    "/api/auth/callback/%FF",
    "/verify/%E4%B8",
    "/verify?code=%ED%A0%BD",
    "/verify?code=%F0%9F",
    "/workbench?taken=%00",
    "/admin/users?q=a%00b",
    "/x%00",
    "/a?%FF=1",
  ])("refuses %s", (url) => expect(refuseTarget(url)).toMatch(/^Bad request: .+\.$/));
  it.each([
    "/",
    "/verify/ABCD-1234",
    "/policies/chenzhou",
    "/verify?code=%E4%B8%AD",
    "/admin/users?q=%E5%BC%A0+%E4%B8%89",
    "/check?a=100%25",
    "/locale?to=en&back=//x",
    "/x?y",
  ])("serves %s", (url) => expect(refuseTarget(url)).toBeNull());
});

describe("originIsPortal", () => {
  const host = "127.0.0.1:3100";
  it("accepts the host the client connected to and the public address", () => {
    expect(originIsPortal({ origin: "http://127.0.0.1:3100", host, publicUrl: undefined })).toBe(true);
    expect(
      originIsPortal({ origin: "https://hukou.example.gov.cn", host: "10.0.0.5:3000", publicUrl: "https://hukou.example.gov.cn" }),
    ).toBe(true);
  });
  it.each([
    null,
    "",
    "null",
    "http://evil.example",
    "http://127.0.0.1:3100.evil.example",
    "http://127.0.0.1:3101",
    "file:///x",
    "http://127.0.0.1:3100/path",
  ])("refuses %s", (origin) => expect(originIsPortal({ origin, host, publicUrl: "http://localhost:3000" })).toBe(false));
});

describe("allowedActionOrigins", () => {
  it("is the public host, with its port", () => {
    expect(allowedActionOrigins("https://hukou.example.gov.cn")).toEqual(["hukou.example.gov.cn"]);
    expect(allowedActionOrigins("http://localhost:3000/")).toEqual(["localhost:3000"]);
    expect(allowedActionOrigins(undefined)).toEqual([]);
  });
});
