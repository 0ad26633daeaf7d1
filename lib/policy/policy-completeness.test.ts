// Issue #10 "Policy completeness" and the policy fixes of #6: what the example cases cannot say by
// themselves (a note that must be absent, a message's wording, the same request with and without a fact).
import { describe, expect, it } from "vitest";
import { answerEligibility } from "./answer";
import type { EligibilityResponse } from "./types";

const ask = (body: Record<string, unknown>): EligibilityResponse => {
  const answer = answerEligibility({ body, today: "2019-06-01" });
  if (answer.status !== 200) throw new Error(JSON.stringify(answer.json));
  return answer.json;
};
const notes = (r: EligibilityResponse) => r.notes.map((n) => n.code);

describe("乌审旗 pastoral areas (0115, 0124)", () => {
  const graduate = {
    jurisdiction: "wushen",
    area: "rural",
    kind: "settlement",
    asOf: "2019-06-01",
    applicant: {
      hukou: { jurisdiction: "elsewhere", area: "central_urban" },
      education: { level: "college", hukouBeforeStudy: { jurisdiction: "wushen", area: "rural" } },
    },
  };

  it("does not tell a pastoral graduate going home that everything goes to towns", () => {
    const r = ask(graduate);
    expect(r.eligible).toBe(true);
    expect(notes(r)).not.toContain("PASTORAL_AREA_TOWN_ONLY");
  });

  it("still tells everyone else", () => {
    const r = ask({ ...graduate, applicant: { hukou: { jurisdiction: "elsewhere", area: "town" } } });
    expect(r.eligible).toBe(false);
    expect(notes(r)).toContain("PASTORAL_AREA_TOWN_ONLY");
  });
});

describe("乌审旗 二(一)2(3) family reunion (0119)", () => {
  const joining = (applicant: Record<string, unknown>) =>
    ask({
      jurisdiction: "wushen",
      area: "town",
      kind: "settlement",
      asOf: "2019-06-01",
      applicant: { hukou: { jurisdiction: "elsewhere", area: "rural" }, residence: { type: "relative" }, ...applicant },
    });

  it("never tells a ten-year-old joining a parent to find a job", () => {
    const r = joining({ birthDate: "2009-02-01", joining: { relation: "parent" } });
    expect(r.pathways[0]).toMatchObject({ id: "wushen.town.family-reunion", eligible: true, unmet: [] });
  });

  it("asks a 69-year-old joining a child for neither a job nor a home of his own once retired", () => {
    const r = joining({ birthDate: "1950-03-01", retired: true, joining: { relation: "child" } });
    expect(r.pathways[0]).toMatchObject({ id: "wushen.town.family-reunion", eligible: true });
  });
});

describe("乌审旗 二(一)1 family (0118)", () => {
  it("says why a relative from elsewhere is refused, instead of only 'apply separately'", () => {
    const r = ask({
      jurisdiction: "wushen",
      area: "town",
      kind: "settlement",
      asOf: "2019-06-01",
      applicant: { hukou: { jurisdiction: "wushen", area: "rural" }, residence: { type: "owned" } },
      members: [{ relation: "spouse", coResident: true, hukouJurisdiction: "elsewhere" }],
    });
    expect(r.members[0].eligible).toBe(false);
    expect(r.members[0].unmet).toEqual([
      expect.objectContaining({ fact: "members[0].hukouJurisdiction", need: "= wushen", got: "elsewhere" }),
    ]);
  });
});

describe("a person with no hukou asking to settle (0125)", () => {
  const noHukou = (jurisdiction: string, asOf: string, kind = "settlement") =>
    ask({ jurisdiction, area: "town", kind, asOf, applicant: { hukou: null } });

  it.each([
    ["jiyuan", "2019-06-01"],
    ["shaoguan", "2019-06-01"],
    ["shaoguan", "2021-03-01"],
    ["chenzhou", "2019-06-01"],
  ])("is pointed to no-hukou registration in %s on %s", (jurisdiction, asOf) => {
    const r = noHukou(jurisdiction, asOf);
    const note = r.notes.find((n) => n.code === "NO_HUKOU_REGISTRATION");
    expect(note?.citation?.document).toBe("国办发〔2015〕96号");
  });

  it("is not when asking for a residence permit, nor when the person has a hukou", () => {
    expect(notes(noHukou("jiyuan", "2019-06-01", "residence_permit"))).not.toContain("NO_HUKOU_REGISTRATION");
    const withHukou = ask({
      jurisdiction: "jiyuan",
      area: "town",
      kind: "settlement",
      asOf: "2019-06-01",
      applicant: { hukou: { jurisdiction: "elsewhere", area: "rural" } },
    });
    expect(notes(withHukou)).not.toContain("NO_HUKOU_REGISTRATION");
  });
});

describe("residence permits count months in the city (0121)", () => {
  const permit = (residence: Record<string, unknown>) =>
    ask({
      jurisdiction: "chenzhou",
      area: "central_urban",
      kind: "residence_permit",
      asOf: "2019-06-01",
      applicant: { hukou: { jurisdiction: "elsewhere", area: "rural" }, employment: { type: "employee" }, residence },
    });

  it.each([
    [{ type: "rented", months: 2, cityMonths: 8 }, true],
    [{ type: "rented", months: 1, cityMonths: 2 }, false],
    [{ type: "rented", months: 8 }, true],
    [{ type: "rented", months: 2 }, false],
  ])("%j → eligible %s", (residence, eligible) => {
    expect(permit(residence).eligible).toBe(eligible);
  });

  it("refuses fewer months in the city than at the dwelling as facts that cannot both be true (contradictions.test.ts)", () => {
    const answer = answerEligibility({
      body: {
        jurisdiction: "chenzhou",
        area: "central_urban",
        kind: "residence_permit",
        asOf: "2019-06-01",
        applicant: { residence: { type: "rented", months: 8, cityMonths: 2 } },
      },
      today: "2019-06-01",
    });
    expect(answer.status).toBe(400);
  });
});
