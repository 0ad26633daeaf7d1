import { describe, expect, it } from "vitest";
import { answerEligibility, parseEligibilityRequest } from "@/lib/policy";
import { answerForForm, formFromRequest, requestFromForm } from "./application-form";
import { editFamilyRows, validateSection } from "./application-sections";

const base = { jurisdiction: "chenzhou", area: "CENTRAL_URBAN" as const, birthDate: "1990-04-01", asOf: "2026-11-21" };

const settlementForm = {
  about: { "applicant.hukou.jurisdiction": "elsewhere", "applicant.hukou.area": "rural" },
  home: { address: "北湖区人民西路 12 号", "applicant.residence.type": "rented", "applicant.residence.months": "14", placement: "new" },
  work: { "applicant.employment.type": "employee", "applicant.employment.months": "12", "applicant.socialInsurance.urbanMonths": "12" },
  grounds: { "applicant.education.level": "bachelor" },
  family: { members: "1", "m0.name": "李梅", "m0.sex": "FEMALE", "m0.relation": "spouse", "m0.birthDate": "1991-02-03", "m0.coResident": "on" },
};

describe("requestFromForm", () => {
  it("builds the ELIGIBILITY-V1 request of a settlement draft from every section, with the registry's birth date", () => {
    const body = requestFromForm({ ...base, kind: "SETTLEMENT", formData: settlementForm });
    const parsed = parseEligibilityRequest({ body, today: base.asOf });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.request).toMatchObject({
      jurisdiction: "chenzhou",
      area: "central_urban",
      kind: "settlement",
      asOf: "2026-11-21",
      applicant: {
        birthDate: "1990-04-01",
        hukou: { jurisdiction: "elsewhere", area: "rural" },
        residence: { type: "rented", months: 14 },
        employment: { type: "employee", months: 12 },
        socialInsurance: { urbanMonths: 12 },
        education: { level: "bachelor" },
      },
      members: [{ relation: "spouse", birthDate: "1991-02-03", coResident: true }],
    });
    // Fields the engine does not know (address, placement, the member's name) stay out of the request.
    expect(JSON.stringify(body)).not.toContain("人民西路");
    expect(JSON.stringify(body)).not.toContain("李梅");
  });

  it("gives the engine's answer for the draft: the README's Chenzhou example is eligible, the spouse may come", () => {
    const asked = answerForForm({ ...base, kind: "SETTLEMENT", formData: settlementForm });
    expect(asked?.answer.status).toBe(200);
    if (asked?.answer.status !== 200) return;
    expect(asked.answer.json.eligible).toBe(true);
    expect(asked.answer.json.members[0].eligible).toBe(true);
    expect(asked.answer).toEqual(answerEligibility({ body: asked.body, today: base.asOf }));
  });

  it("leaves family out of a residence permit (a permit is personal) and asks the permit question", () => {
    const body = requestFromForm({ ...base, kind: "RESIDENCE_PERMIT", formData: settlementForm }) as { kind: string; members: unknown[] };
    expect(body.kind).toBe("residence_permit");
    expect(body.members).toEqual([]);
  });

  it("asks nothing for the kinds the law sets no conditions for", () => {
    for (const kind of ["NEWBORN_REGISTRATION", "NO_HUKOU_REGISTRATION", "PERMIT_ENDORSEMENT"] as const) {
      expect(requestFromForm({ ...base, kind, formData: {} })).toBeNull();
    }
  });

  it("passes a mistyped number through so the engine names it, rather than guessing", () => {
    const form = { ...settlementForm, work: { ...settlementForm.work, "applicant.employment.months": "twelve" } };
    const answer = answerEligibility({ body: requestFromForm({ ...base, kind: "SETTLEMENT", formData: form }), today: base.asOf });
    expect(answer.status).toBe(400);
    if (answer.status === 400) expect(answer.json.error.issues.map((i) => i.path)).toContain("applicant.employment.months");
  });

  it("reads a self-check request back into the sections (the facts link prefill)", () => {
    const body = requestFromForm({ ...base, kind: "SETTLEMENT", formData: settlementForm })!;
    const parsed = parseEligibilityRequest({ body, today: base.asOf });
    if (!parsed.ok) throw new Error("invalid");
    const form = formFromRequest(parsed.request as unknown as Record<string, unknown>);
    expect(form.home?.["applicant.residence.type"]).toBe("rented");
    expect(form.work?.["applicant.socialInsurance.urbanMonths"]).toBe("12");
    expect(form.about?.["applicant.hukou.jurisdiction"]).toBe("elsewhere");
    expect(form.family?.["m0.relation"]).toBe("spouse");
    // Round trip: the same facts again.
    const again = requestFromForm({ ...base, kind: "SETTLEMENT", formData: { ...form, home: { ...form.home } } });
    expect(parseEligibilityRequest({ body: again, today: base.asOf })).toEqual(parsed);
  });
});

describe("section checks", () => {
  it("lists every problem of a section at once", () => {
    const errors = validateSection({ kind: "SETTLEMENT", section: "home", values: { "applicant.residence.months": "-3", placement: "join" }, today: "2026-11-21" });
    expect(errors.map((e) => e.field).sort()).toEqual(["address", "applicant.residence.months", "applicant.residence.type", "placementHousehold", "placementRelation"]);
  });

  it("checks a family member's citizen ID with a message per problem", () => {
    const errors = validateSection({ kind: "SETTLEMENT", section: "family", values: { "m0.name": "李梅", "m0.sex": "FEMALE", "m0.relation": "spouse", "m0.birthDate": "2030-01-01", "m0.citizenId": "43100219910203002" }, today: "2026-11-21" });
    expect(errors).toEqual([
      { field: "m0.citizenId", message: "apply.v.idLength", member: 1 },
      { field: "m0.birthDate", message: "apply.v.future", member: 1 },
    ]);
  });

  it("removes a family row and renumbers the rest", () => {
    const values = { members: "3", "m0.name": "甲", "m1.name": "乙", "m2.name": "丙", "m2.relation": "child" };
    expect(editFamilyRows(values, "remove:1")).toEqual({ members: "2", "m0.name": "甲", "m1.name": "丙", "m1.relation": "child" });
    expect(editFamilyRows(values, "add").members).toBe("4");
  });
});
