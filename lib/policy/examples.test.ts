// Table-driven tests, one or more per clause: every example the policy library shows is run here.
import { describe, expect, it } from "vitest";
import { eligibilityExamples, examplesByJurisdiction } from "./examples";
import { checkExample } from "./examples/check-example";
import { nationalPermitExamples, policyPeriodExamples, residencePermitExamples } from "./examples/generated";

describe.each(Object.entries(examplesByJurisdiction))("%s settlement clauses", (_, examples) => {
  it.each(examples.map((e) => [e.id, e.titleZh, e] as const))("%s — %s", (_id, _title, example) => {
    expect(checkExample(example)).toEqual([]);
  });
});

describe("residence permits (《居住证暂行条例》 as restated by each pack)", () => {
  it.each(residencePermitExamples.map((e) => [e.id, e.titleEn, e] as const))("%s — %s", (_id, _t, example) => {
    expect(checkExample(example)).toEqual([]);
  });
});

describe("residence permits under 《居住证暂行条例》 itself, where no local clause is in force (0112)", () => {
  it("covers every jurisdiction that has such a date since 2016", () => {
    expect([...new Set(nationalPermitExamples.map((e) => e.request.jurisdiction))]).toEqual(["shaoguan", "wushen", "chenzhou", "qiannan"]);
  });

  it.each(nationalPermitExamples.map((e) => [e.id, e.titleEn, e] as const))("%s — %s", (_id, _t, example) => {
    expect(checkExample(example)).toEqual([]);
  });
});

describe("policy periods: first day, day before, last day, day after (settlement and residence permits)", () => {
  it.each(policyPeriodExamples.map((e) => [e.id, e.titleEn, e] as const))("%s — %s", (_id, _t, example) => {
    expect(checkExample(example)).toEqual([]);
  });
});

describe("the example set itself", () => {
  it("has unique ids", () => {
    const ids = eligibilityExamples.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
