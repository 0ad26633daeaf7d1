import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

describe("safeCallbackUrl", () => {
  it.each(["/me", "/check?jurisdiction=chenzhou&area=town", "/"])("keeps the same-site path %s", (path) => {
    expect(safeCallbackUrl(path)).toBe(path);
  });
  it.each(["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "me", "", undefined, null])(
    "refuses %s (no open redirect)",
    (value) => {
      expect(safeCallbackUrl(value)).toBeNull();
    },
  );
});
