import { describe, expect, it } from "vitest";
import { firstValue, firstValues } from "./search-params";

describe("search params", () => {
  it("takes the first of a repeated key", () => {
    expect(firstValue(["a", "b"])).toBe("a");
    expect(firstValue("a")).toBe("a");
    expect(firstValue(undefined)).toBeUndefined();
  });

  it("reads an empty value as absent, for each key asked", () => {
    expect(firstValues({ kind: "", status: ["OPEN", "X"], other: "y" }, ["kind", "status", "q"])).toEqual({
      kind: undefined,
      status: "OPEN",
      q: undefined,
    });
  });
});
