import { describe, expect, it } from "vitest";
import { areaOfUnit } from "./unit-area";

describe("areaOfUnit: the area follows from the unit a resident chose (0122)", () => {
  it.each([
    ["CENTRAL_URBAN", "central_urban"],
    ["TOWN", "town"],
    ["RURAL", "rural"],
  ] as const)("%s → %s", (kind, area) => {
    expect(areaOfUnit({ area: kind })).toBe(area);
  });
});
