// ELIGIBILITY-V1 "Invalid requests" (added 2026-12-07): facts that cannot all be true are a 400 whose
// issue names every path involved — through the one schema, so the API, the CLI and the forms agree.
import { describe, expect, it } from "vitest";
import { answerEligibility } from "./answer";
import { CONTRADICTION_MESSAGES, findContradictions, monthsAlive } from "./contradictions";

const base = { jurisdiction: "chenzhou", area: "central_urban", kind: "settlement", asOf: "2026-12-07" };

function issuesOf(body: Record<string, unknown>) {
  const answer = answerEligibility({ body, today: "2026-12-07" });
  if (answer.status !== 400) throw new Error(`expected a 400, got ${JSON.stringify(answer.json).slice(0, 200)}`);
  expect(answer.json.error.code).toBe("VALIDATION");
  return answer.json.error.issues;
}

describe("facts that cannot all be true are a 400 naming the paths involved", () => {
  it("months in the city below months at the dwelling (the city includes the dwelling)", () => {
    const issues = issuesOf({
      ...base,
      kind: "residence_permit",
      applicant: { birthDate: "1990-01-01", residence: { type: "rented", months: 10, cityMonths: 2 } },
    });
    expect(issues).toEqual([
      {
        path: "applicant.residence.cityMonths",
        message: CONTRADICTION_MESSAGES.cityBelowDwelling,
        paths: ["applicant.residence.cityMonths", "applicant.residence.months"],
      },
    ]);
  });

  it.each([
    ["applicant.residence.months", { residence: { type: "rented", months: 60 } }],
    ["applicant.residence.cityMonths", { residence: { type: "rented", months: 3, cityMonths: 60 } }],
    ["applicant.employment.months", { employment: { type: "employee", months: 13 } }],
    ["applicant.socialInsurance.urbanMonths", { socialInsurance: { urbanMonths: 14 } }],
  ])("%s longer than a one-year-old has lived", (path, facts) => {
    const issues = issuesOf({ ...base, applicant: { birthDate: "2025-12-07", ...facts } });
    expect(issues).toEqual([{ path, message: CONTRADICTION_MESSAGES.monthsOverAge, paths: [path, "applicant.birthDate"] }]);
  });

  it("a member's insurance months longer than the member has lived", () => {
    const issues = issuesOf({
      ...base,
      applicant: { birthDate: "1990-01-01" },
      members: [{ relation: "child", birthDate: "2024-12-07", urbanInsuranceMonths: 30 }],
    });
    expect(issues).toEqual([
      {
        path: "members[0].urbanInsuranceMonths",
        message: CONTRADICTION_MESSAGES.monthsOverAge,
        paths: ["members[0].urbanInsuranceMonths", "members[0].birthDate"],
      },
    ]);
  });

  it("more than one spouse among the members", () => {
    const issues = issuesOf({
      ...base,
      members: [{ relation: "spouse" }, { relation: "child" }, { relation: "spouse" }, { relation: "spouse" }],
      applicant: {},
    });
    expect(issues).toEqual([
      {
        path: "members[2].relation",
        message: CONTRADICTION_MESSAGES.oneSpouse,
        paths: ["members[2].relation", "members[0].relation", "members[3].relation"],
      },
    ]);
  });

  it.each([
    ["employment type none", { type: "none", newPublicSectorHire: true }],
    ["no employment type (omitted means none)", { newPublicSectorHire: true }],
  ])("a new public-sector hire with %s", (_label, employment) => {
    const issues = issuesOf({ ...base, jurisdiction: "qiannan", area: "rural", applicant: { employment } });
    expect(issues).toEqual([
      {
        path: "applicant.employment.newPublicSectorHire",
        message: CONTRADICTION_MESSAGES.publicSectorHireWithoutJob,
        paths: ["applicant.employment.newPublicSectorHire", "applicant.employment.type"],
      },
    ]);
  });

  it("lists every contradiction at once, and with the schema's own issues", () => {
    const issues = issuesOf({
      ...base,
      area: "downtown",
      applicant: { birthDate: "2025-12-07", residence: { months: 20, cityMonths: 2 }, employment: { newPublicSectorHire: true } },
      members: [{ relation: "spouse" }, { relation: "spouse" }],
    });
    expect(issues.map((i) => i.path)).toEqual([
      "area",
      "applicant.residence.cityMonths",
      "applicant.residence.months",
      "members[1].relation",
      "applicant.employment.newPublicSectorHire",
    ]);
  });

  it("answers what can all be true, counted to the month", () => {
    const ok = (body: Record<string, unknown>) => expect(answerEligibility({ body, today: "2026-12-07" }).status).toBe(200);
    ok({ ...base, applicant: { birthDate: "2025-12-07", residence: { type: "rented", months: 12, cityMonths: 12 } } });
    ok({ ...base, applicant: { birthDate: "1990-01-01", residence: { type: "rented", months: 10 } } }); // no cityMonths = months
    ok({ ...base, applicant: { employment: { type: "public_sector", newPublicSectorHire: true } } });
    ok({ ...base, applicant: { residence: { months: 600 } } }); // no birth date: nothing to compare
    ok({ ...base, applicant: {}, members: [{ relation: "spouse" }, { relation: "parent" }, { relation: "parent" }] });
  });
});

describe("monthsAlive counts a begun month whole", () => {
  it.each([
    ["2025-12-07", "2026-12-07", 12],
    ["2025-12-07", "2026-12-08", 13],
    ["2025-12-07", "2026-12-06", 12],
    ["2026-01-31", "2026-02-28", 1],
    ["2026-12-07", "2026-12-07", 0],
    ["2027-01-01", "2026-12-07", null],
  ])("%s to %s: %s", (birthDate, on, months) => {
    expect(monthsAlive({ birthDate, on })).toBe(months);
  });

  it("finds nothing where facts are unanswered", () => {
    expect(
      findContradictions({ asOf: "2026-12-07", applicant: { residence: { cityMonths: 1 }, employment: { newPublicSectorHire: true } } }),
    ).toEqual([]);
  });
});
