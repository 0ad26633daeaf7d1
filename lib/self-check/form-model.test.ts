import { describe, expect, it } from "vitest";
import { eligibilityExamples } from "@/lib/policy";
import { parseEligibilityRequest } from "@/lib/policy";
import { renterRequest } from "@/tests/factories/chenzhou-renter";
import { fieldForIssue, fieldId, formFromRequest, requestFromForm } from "./form-model";

describe("self-check form model", () => {
  it("turns a filled form into an ELIGIBILITY-V1 request", () => {
    const body = requestFromForm({
      jurisdiction: "chenzhou",
      area: "central_urban",
      kind: "settlement",
      asOf: "2026-11-21",
      "applicant.birthDate": "1990-04-01",
      "applicant.hukou.jurisdiction": "elsewhere",
      "applicant.hukou.area": "rural",
      "applicant.residence.type": "rented",
      "applicant.residence.months": "14",
      "applicant.socialInsurance.urbanMonths": "0",
      "applicant.stableIncome": "on",
      "m0.relation": "spouse",
      "m0.birthDate": "1991-02-03",
      "m0.coResident": "on",
    });
    expect(body).toEqual(
      renterRequest({
        asOf: "2026-11-21",
        applicant: { socialInsurance: { urbanMonths: 0 }, stableIncome: true },
        spouse: { married: false, hasIncome: false },
      }),
    );
  });

  it("maps 'no hukou' to null and lets bad numbers through for the schema to name", () => {
    const body = requestFromForm({
      jurisdiction: "wushen",
      area: "town",
      kind: "settlement",
      "applicant.hukou.jurisdiction": "none",
      "applicant.residence.months": "-3",
    });
    expect((body.applicant as Record<string, unknown>).hukou).toBeNull();
    const parsed = parseEligibilityRequest({ body, today: "2026-11-21" });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.issues.map((i) => i.path)).toContain("applicant.residence.months");
  });

  it("round-trips every library example: form values give back an equivalent request", () => {
    expect(eligibilityExamples.length).toBeGreaterThan(50);
    for (const example of eligibilityExamples) {
      const original = parseEligibilityRequest({ body: example.request, today: "2026-11-21" });
      const roundTrip = parseEligibilityRequest({ body: requestFromForm(formFromRequest(example.request)), today: "2026-11-21" });
      expect(roundTrip.ok, example.id).toBe(original.ok);
      if (original.ok && roundTrip.ok) expect(roundTrip.request, example.id).toEqual(original.request);
    }
  });

  it.each([
    ["members[1].birthDate", "m1.birthDate"],
    ["applicant.hukou", "applicant.hukou.jurisdiction"],
    ["applicant.residence.cityMonths", "applicant.residence.cityMonths"],
    ["asOf", "asOf"],
    ["", null],
    ["members[0].nonsense", null],
  ])("puts the issue at %s beside the field %s", (path, name) => {
    expect(fieldForIssue(path)).toBe(name);
  });

  it("gives each field an id a summary can link to", () => {
    expect(fieldId("m0.birthDate")).toBe("f-m0-birthDate");
  });

  it("drops a before-study area given without the place", () => {
    const body = requestFromForm({
      jurisdiction: "wushen",
      area: "rural",
      kind: "settlement",
      "applicant.education.hukouBeforeStudy.area": "rural",
    });
    expect((body.applicant as { education?: Record<string, unknown> }).education).toEqual({});
  });
});
