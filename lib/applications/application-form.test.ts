import { describe, expect, it } from "vitest";
import { answerEligibility, parseEligibilityRequest } from "@/lib/policy";
import { RENTER_ANSWERS, renterRequest } from "@/tests/factories/chenzhou-renter";
import { answerForForm, formFromRequest, requestFromForm } from "./application-form";
import { editFamilyRows, validateSection } from "./application-sections";

const base = { jurisdiction: "chenzhou", area: "CENTRAL_URBAN" as const, birthDate: "1990-04-01", asOf: "2026-11-21" };

const settlementForm = RENTER_ANSWERS;

describe("requestFromForm", () => {
  it("builds the ELIGIBILITY-V1 request of a settlement draft from every section, with the registry's birth date", () => {
    const body = requestFromForm({ ...base, kind: "SETTLEMENT", formData: settlementForm });
    const parsed = parseEligibilityRequest({ body, today: base.asOf });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.request).toMatchObject(
      renterRequest({
        asOf: "2026-11-21",
        applicant: { employment: { type: "employee", months: 12 }, socialInsurance: { urbanMonths: 12 }, education: { level: "bachelor" } },
      }),
    );
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
    const errors = validateSection({
      kind: "SETTLEMENT",
      section: "home",
      values: { "applicant.residence.months": "-3", placement: "join" },
      today: "2026-11-21",
    });
    expect(errors.map((e) => e.field).sort()).toEqual([
      "address",
      "applicant.residence.months",
      "applicant.residence.type",
      "placementHousehold",
      "placementRelation",
    ]);
  });

  it("checks a family member's citizen ID with a message per problem", () => {
    const errors = validateSection({
      kind: "SETTLEMENT",
      section: "family",
      values: {
        "m0.name": "李梅",
        "m0.sex": "FEMALE",
        "m0.relation": "spouse",
        "m0.birthDate": "2030-01-01",
        "m0.citizenId": "43100219910203002",
      },
      today: "2026-11-21",
    });
    expect(errors).toEqual([
      { field: "m0.citizenId", message: "apply.validation.idLength", member: 1 },
      { field: "m0.birthDate", message: "apply.validation.future", member: 1 },
    ]);
  });

  it("removes a family row and renumbers the rest", () => {
    const values = { members: "3", "m0.name": "甲", "m1.name": "乙", "m2.name": "丙", "m2.relation": "child" };
    expect(editFamilyRows(values, "remove:1")).toEqual({ members: "2", "m0.name": "甲", "m1.name": "丙", "m1.relation": "child" });
    expect(editFamilyRows(values, "add").members).toBe("4");
  });
});

describe("facts that cannot all be true: the API's rule, as field errors in words (lib/policy/contradictions.ts)", () => {
  const v = (section: "home" | "work" | "family", values: Record<string, string>, birthDate: string | null = "1990-04-01") =>
    validateSection({ kind: "SETTLEMENT", section, values, today: "2026-12-07", birthDate });
  const home = { address: "北湖区人民西路 12 号", "applicant.residence.type": "rented", placement: "new" };
  const work = { "applicant.employment.type": "employee" };
  const row = (i: number, relation: string, birthDate = "1991-02-03") => ({
    [`m${i}.name`]: `成员${i}`,
    [`m${i}.sex`]: "FEMALE",
    [`m${i}.relation`]: relation,
    [`m${i}.birthDate`]: birthDate,
  });

  it("months in the city below months at this dwelling: on both fields", () => {
    expect(v("home", { ...home, "applicant.residence.cityMonths": "2", "applicant.residence.months": "10" })).toEqual([
      { field: "applicant.residence.cityMonths", message: "apply.validation.cityMonthsBelowDwelling" },
      { field: "applicant.residence.months", message: "apply.validation.cityMonthsBelowDwelling" },
    ]);
  });

  it("months longer than the applicant (born per the registry) has lived", () => {
    expect(v("home", { ...home, "applicant.residence.months": "60" }, "2025-12-07")).toEqual([
      { field: "applicant.residence.months", message: "apply.validation.monthsOverAge" },
    ]);
    expect(
      v("work", { ...work, "applicant.employment.months": "13", "applicant.socialInsurance.urbanMonths": "12" }, "2025-12-07"),
    ).toEqual([{ field: "applicant.employment.months", message: "apply.validation.monthsOverAge" }]);
    expect(v("home", { ...home, "applicant.residence.months": "60" }, null)).toEqual([]);
  });

  it("a member's insurance months longer than the member has lived", () => {
    expect(v("family", { members: "1", ...row(0, "child", "2024-12-07"), "m0.urbanInsuranceMonths": "30" })).toEqual([
      { field: "m0.urbanInsuranceMonths", message: "apply.validation.monthsOverAge", member: 1 },
      { field: "m0.birthDate", message: "apply.validation.monthsOverAge", member: 1 },
    ]);
  });

  it("two spouses: on each spouse's relation", () => {
    expect(v("family", { members: "3", ...row(0, "spouse"), ...row(1, "child", "2015-01-01"), ...row(2, "spouse") })).toEqual([
      { field: "m2.relation", message: "apply.validation.oneSpouse", member: 3 },
      { field: "m0.relation", message: "apply.validation.oneSpouse", member: 1 },
    ]);
  });

  it("a new public-sector hire with no employment", () => {
    expect(v("work", { "applicant.employment.type": "none", "applicant.employment.newPublicSectorHire": "on" })).toEqual([
      { field: "applicant.employment.newPublicSectorHire", message: "apply.validation.publicSectorHireWithoutJob" },
      { field: "applicant.employment.type", message: "apply.validation.publicSectorHireWithoutJob" },
    ]);
  });

  it("agrees with the API on every rule: a form error exactly where the API answers 400", () => {
    const form = {
      ...settlementForm,
      home: { ...settlementForm.home, "applicant.residence.cityMonths": "2", "applicant.residence.months": "10" },
      work: { "applicant.employment.type": "none", "applicant.employment.newPublicSectorHire": "on" },
      family: { members: "2", ...row(0, "spouse"), ...row(1, "spouse") },
    };
    const answer = answerEligibility({ body: requestFromForm({ ...base, kind: "SETTLEMENT", formData: form }), today: base.asOf });
    if (answer.status !== 400) throw new Error("expected 400");
    const apiFields = answer.json.error.issues
      .flatMap((i) => i.paths ?? [])
      .map((p) => p.replace(/^members\[(\d+)\]\./, "m$1."))
      .sort();
    const formFields = (["home", "work", "family"] as const)
      .flatMap((s) => validateSection({ kind: "SETTLEMENT", section: s, values: form[s], today: base.asOf, birthDate: base.birthDate }))
      .map((e) => e.field)
      .sort();
    expect(formFields).toEqual(apiFields);
  });
});

describe("an unanswered question is not a 'no'", () => {
  it("a blank settlement draft is not eligible as a person without hukou (无户口人员依法登记常住户口): it asks the hukou", () => {
    const asked = answerForForm({ ...base, kind: "SETTLEMENT", formData: {} });
    expect(asked?.answer.status).toBe(400);
    expect((asked?.body.applicant as Record<string, unknown>).hukou).not.toBeNull();
    expect(asked?.unanswered.map((q) => q.name)).toEqual([
      "applicant.hukou.jurisdiction",
      "applicant.residence.type",
      "applicant.employment.type",
      "applicant.education.level",
    ]);
  });

  it("'no hukou' chosen is an answer: then the no-hukou pathway may be met", () => {
    const asked = answerForForm({ ...base, kind: "SETTLEMENT", formData: { about: { "applicant.hukou.jurisdiction": "none" } } });
    expect(asked?.answer.status).toBe(200);
    expect((asked?.body.applicant as Record<string, unknown>).hukou).toBeNull();
  });

  it("withholds no verdict a met pathway does not rest on an unanswered fact for", () => {
    const { grounds: _grounds, family: _family, ...partial } = settlementForm;
    const asked = answerForForm({ ...base, kind: "SETTLEMENT", formData: partial });
    expect(asked?.answer.status === 200 && asked.answer.json.eligible).toBe(true);
    expect(asked?.unanswered).toEqual([]);
  });
});

describe("a verdict that rests on given facts is shown while other questions wait", () => {
  it("a residence permit met on months in the city shows its verdict before the work section is saved", () => {
    const formData = {
      about: { "applicant.hukou.jurisdiction": "elsewhere", "applicant.hukou.area": "rural" },
      home: { address: "北湖区燕泉路 9 号", "applicant.residence.type": "rented", "applicant.residence.cityMonths": "9" },
    };
    const asked = answerForForm({ ...base, kind: "RESIDENCE_PERMIT", formData });
    expect(asked?.answer.status === 200 && asked.answer.json.eligible).toBe(true);
    expect(asked?.unanswered).toEqual([]);
  });

  it("a 'not eligible' waits for the questions a pathway reads", () => {
    const asked = answerForForm({ ...base, kind: "SETTLEMENT", formData: { about: settlementForm.about } });
    expect(asked?.answer.status === 200 && asked.answer.json.eligible).toBe(false);
    expect(asked?.unanswered.map((q) => q.name)).toContain("applicant.employment.type");
  });
});
