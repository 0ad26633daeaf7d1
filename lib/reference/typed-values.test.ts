import { describe, expect, it } from "vitest";
import { decodeTyped, encodeTyped } from "./typed-values";

describe("typed values through a redirect", () => {
  it("round-trips what was typed, Chinese included", () => {
    const typed = { unitId: "0b6c-uuid", year: "2019", residentUrban: "60000", source: "2019年统计年报（测试）" };
    const param = encodeTyped(typed)!;
    expect(param).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeTyped(param)).toEqual(typed);
  });

  it("drops keys that are not plain field names and caps long values", () => {
    const param = encodeTyped({ $ACTION_ID_1: "x", "a b": "y", note: "长".repeat(600) })!;
    const back = decodeTyped(param)!;
    expect(Object.keys(back)).toEqual(["note"]);
    expect(back.note!.length).toBe(500);
  });

  it("gives null for nothing, for garbage and for a non-object", () => {
    expect(encodeTyped({})).toBeNull();
    expect(decodeTyped(undefined)).toBeNull();
    expect(decodeTyped("%%%")).toBeNull();
    expect(decodeTyped(Buffer.from("[1,2]").toString("base64url"))).toBeNull();
    expect(decodeTyped(Buffer.from("{not json").toString("base64url"))).toBeNull();
    expect(decodeTyped(Buffer.from(JSON.stringify({ year: 2019, ok: "1" })).toString("base64url"))).toEqual({ ok: "1" });
  });
});
