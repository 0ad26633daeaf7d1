import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DECISIONS_DIR, decisionIndex, readDecisionRecords } from "@/scripts/lib/decision-index";

describe("decision records", () => {
  const records = readDecisionRecords();

  it("each has a number, a title, a Status: line and a Date: line", () => {
    const incomplete = records.filter((r) => !r.status || !r.date || r.title === r.file).map((r) => r.file);
    expect(incomplete).toEqual([]);
  });

  it("numbers are not reused", () => {
    const numbers = records.map((r) => r.number);
    expect(numbers.filter((n, i) => numbers.indexOf(n) !== i)).toEqual([]);
  });

  it("the index lists every record as it stands (npm run decisions:index rewrites it)", () => {
    expect(readFileSync(path.join(DECISIONS_DIR, "README.md"), "utf8")).toBe(decisionIndex(records));
  });
});
