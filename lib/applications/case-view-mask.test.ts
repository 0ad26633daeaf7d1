// L2 (issue 16): what a supervisor reads of a newborn's or a no-hukou person's facts.
import { describe, expect, it } from "vitest";
import { factsInWords } from "./facts-in-words";
import { maskFacts } from "./case-view-mask";

describe("maskFacts", () => {
  it("shows a birth date as its year and withholds where the child was born, the hospital and the story", () => {
    const child = factsInWords({
      kind: "NEWBORN_REGISTRATION",
      policyCode: "chenzhou",
      formData: {
        child: {
          name: "周小宝",
          sex: "FEMALE",
          birthDate: "2026-10-11",
          birthPlace: "郴州市第一人民医院产科",
          hospital: "郴州市第一人民医院",
          householdId: "x",
        },
      },
      facts: {},
    });
    const shown = Object.fromEntries(
      maskFacts(child.groups)
        .flatMap((g) => g.rows)
        .map((r) => [r.name, r.answer]),
    );
    expect(shown.birthDate).toEqual({ type: "year", year: "2026" });
    expect(shown.birthPlace).toEqual({ type: "withheld" });
    expect(shown.hospital).toEqual({ type: "withheld" });
    expect(shown.sex).toMatchObject({ type: "option", option: "FEMALE" });
    expect(JSON.stringify(maskFacts(child.groups))).not.toMatch(/2026-10-11|人民医院/);
  });

  it("withholds a no-hukou person's story and keeps the situation's category", () => {
    const person = factsInWords({
      kind: "NO_HUKOU_REGISTRATION",
      policyCode: "chenzhou",
      formData: {
        person: {
          name: "李某",
          sex: "MALE",
          birthDate: "2001-03-04",
          relation: "CHILD",
          situation: "non_marital_birth",
          story: "母亲王某某未婚生育，一直未登记",
          address: "北湖区",
        },
      },
      facts: {},
    });
    const masked = maskFacts(person.groups);
    const shown = Object.fromEntries(masked.flatMap((g) => g.rows).map((r) => [r.name, r.answer]));
    expect(shown.story).toEqual({ type: "withheld" });
    expect(shown.situation).toMatchObject({ type: "option", option: "non_marital_birth" });
    expect(JSON.stringify(masked)).not.toMatch(/王某某|2001-03-04/);
  });
});
