import { describe, expect, it } from "vitest";
import { maskName } from "./mask-name";

describe("maskName", () => {
  it("keeps the first character and stars the rest, one star per character", () => {
    expect(maskName("张三")).toBe("张*");
    expect(maskName("王小明")).toBe("王**");
    expect(maskName("欧阳明月")).toBe("欧***");
    expect(maskName("  李四  ")).toBe("李*");
  });

  it("hides a one-character name entirely and handles empty input", () => {
    expect(maskName("张")).toBe("*");
    expect(maskName("")).toBe("");
  });

  it("counts characters, not UTF-16 units (rare characters outside the BMP)", () => {
    expect(maskName("𠮷野家")).toBe("𠮷**");
  });
});
