import { describe, expect, it } from "vitest";
import { addOneMonth, inEndorsementWindow } from "./endorsement-reminders";

describe("the endorsement window", () => {
  it("adds a month, clamped to the month's end", () => {
    expect(addOneMonth("2026-03-10")).toBe("2026-04-10");
    expect(addOneMonth("2026-01-31")).toBe("2026-02-28");
    expect(addOneMonth("2028-01-31")).toBe("2028-02-29");
    expect(addOneMonth("2026-12-15")).toBe("2027-01-15");
  });

  it("is the month before validUntil, up to and including that day", () => {
    expect(inEndorsementWindow({ today: "2026-03-09", validUntil: "2026-04-10" })).toBe(false);
    expect(inEndorsementWindow({ today: "2026-03-10", validUntil: "2026-04-10" })).toBe(true);
    expect(inEndorsementWindow({ today: "2026-04-10", validUntil: "2026-04-10" })).toBe(true);
    expect(inEndorsementWindow({ today: "2026-04-11", validUntil: "2026-04-10" })).toBe(false);
  });
});
