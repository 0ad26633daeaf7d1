import { describe, expect, it } from "vitest";
import { maskText, summariseData } from "./audit-trail";
import { oneTimePassword } from "./user-rules";

describe("summariseData", () => {
  it("masks citizen ID numbers and phones anywhere in text, and people's names by key", () => {
    expect(summariseData({ username: "43052119920615318X", address: "127.0.0.1" })).toBe(
      "username: 4305**********318X; address: 127.0.0.1",
    );
    expect(maskText("电话 13912345678，证件 430521199206153185")).toBe("电话 139****5678，证件 4305**********3185");
    expect(summariseData({ name: "欧阳明月", displayName: "王警官" })).toBe("name: 欧***; displayName: 王警官");
  });

  it("shortens ids, nests one level, and says how much it left out", () => {
    const id = "0b5c7a8e-1f2d-4c3b-9a8e-7d6c5b4a3f2e";
    expect(summariseData({ personId: id, before: { role: "CLERK", deep: { x: 1 } }, list: [1, 2, 3, 4] })).toBe(
      "personId: 0b5c7a8e; before: {role: CLERK; deep: {…}}; list: [1, 2, 3, …]",
    );
    expect(summariseData({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 })).toBe("a: 1; b: 2; c: 3; d: 4; e: 5; f: 6; …");
    expect(summariseData(null)).toBe("");
  });
});

describe("oneTimePassword", () => {
  it("is three groups of four unambiguous characters, different each time", () => {
    const seen = new Set(Array.from({ length: 50 }, () => oneTimePassword()));
    expect(seen.size).toBe(50);
    for (const p of seen) expect(p).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{4}-[a-km-zA-HJ-NP-Z2-9]{4}-[a-km-zA-HJ-NP-Z2-9]{4}$/);
  });
});
