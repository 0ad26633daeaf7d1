import { describe, expect, it } from "vitest";
import { localized } from "./localized";

describe("localized", () => {
  it("picks the English in English and the Chinese in Chinese", () => {
    expect(localized("en", "户主", "Head")).toBe("Head");
    expect(localized("zh-CN", "户主", "Head")).toBe("户主");
  });

  it("falls back to the Chinese where there is no English", () => {
    expect(localized("en", "济源市", null)).toBe("济源市");
    expect(localized("en", "济源市", undefined)).toBe("济源市");
    expect(localized("en", "济源市", "")).toBe("济源市");
  });
});
