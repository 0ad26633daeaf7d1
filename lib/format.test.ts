import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "./format";

describe("dates shown to people (China time)", () => {
  // 2026-03-01 17:30 UTC is 2026-03-02 01:30 in China: the shown day is the Chinese one.
  const lateUtc = new Date("2026-03-01T17:30:00Z");
  it("formats dates in China time in both locales, again and again (formatters are reused)", () => {
    for (let i = 0; i < 3; i++) {
      expect(formatDate(lateUtc, "zh-CN")).toBe("2026/03/02");
      expect(formatDate(lateUtc, "en")).toBe("03/02/2026");
      expect(formatDateTime(lateUtc, "zh-CN")).toBe("2026/03/02 01:30");
    }
  });
  it("keeps the two shapes apart and shows a dash for no date", () => {
    expect(formatDateTime(lateUtc, "en")).toContain("01:30");
    expect(formatDate(lateUtc, "en")).not.toContain("01:30");
    expect(formatDate(null, "zh-CN")).toBe("—");
    expect(formatDateTime(undefined, "en")).toBe("—");
  });
});
