// The request schema: every issue listed at once, dotted paths, plain-English messages, defaults.
import { describe, expect, it } from "vitest";
import { answerEligibility, answerEligibilityText } from "./answer";
import { MESSAGES, parseEligibilityRequest } from "./facts-schema";

const TODAY = "2021-07-01";
const valid = () => ({
  jurisdiction: "chenzhou",
  area: "town",
  kind: "settlement",
  asOf: "2019-06-01",
  applicant: { birthDate: "1990-04-01" },
});

function issuesOf(body: unknown) {
  const result = parseEligibilityRequest({ body, today: TODAY });
  if (result.ok) throw new Error("expected a validation error");
  expect(result.error.code).toBe("VALIDATION");
  return result.error.issues;
}

describe("parseEligibilityRequest", () => {
  it("lists every issue of a request at once, with dotted paths", () => {
    const issues = issuesOf({
      jurisdiction: "beijing",
      area: "downtown",
      kind: "visa",
      asOf: "2019-02-30",
      applicant: {
        birthDate: "1990/04/01",
        hukou: { jurisdiction: "elsewhere" },
        residence: { type: "castle", months: -3 },
        employment: { months: 1.5 },
        socialInsurance: { urbanMonths: "12", medical: "yes" },
        joining: { relation: "cousin" },
      },
      members: [{ relation: "friend", birthDate: "2000-13-01" }, "child", { relation: "child", urbanInsuranceMonths: -1 }],
    });
    expect(issues).toEqual([
      { path: "jurisdiction", message: "must be one of jiyuan, shaoguan, wushen, chenzhou, qiannan" },
      { path: "area", message: "must be one of central_urban, town, rural" },
      { path: "kind", message: "must be one of settlement, residence_permit" },
      { path: "asOf", message: MESSAGES.realDate },
      { path: "applicant.birthDate", message: MESSAGES.date },
      { path: "applicant.hukou.area", message: MESSAGES.required },
      { path: "applicant.residence.type", message: "must be one of owned, rented_registered, rented, dormitory, relative, none" },
      { path: "applicant.residence.months", message: MESSAGES.months },
      { path: "applicant.employment.months", message: MESSAGES.months },
      { path: "applicant.socialInsurance.urbanMonths", message: MESSAGES.months },
      { path: "applicant.socialInsurance.medical", message: MESSAGES.boolean },
      { path: "applicant.joining.relation", message: "must be one of spouse, parent, child" },
      { path: "members[0].relation", message: "must be one of spouse, child, parent, grandparent, grandchild" },
      { path: "members[0].birthDate", message: MESSAGES.realDate },
      { path: "members[1]", message: MESSAGES.object },
      { path: "members[2].urbanInsuranceMonths", message: MESSAGES.months },
    ]);
  });

  it.each([
    ["an array", [1, 2]],
    ["a string", "chenzhou"],
    ["a number", 42],
    ["null", null],
  ])("rejects a body that is %s", (_label, body) => {
    expect(issuesOf(body)).toEqual([{ path: "", message: MESSAGES.body }]);
  });

  it("names each missing required field", () => {
    expect(issuesOf({})).toEqual([
      { path: "jurisdiction", message: MESSAGES.required },
      { path: "area", message: MESSAGES.required },
      { path: "kind", message: MESSAGES.required },
      { path: "applicant", message: MESSAGES.required },
    ]);
  });

  it.each([
    ["2019-02-30", MESSAGES.realDate],
    ["2019-02-29", MESSAGES.realDate],
    ["2019-04-31", MESSAGES.realDate],
    ["2019-00-10", MESSAGES.realDate],
    ["2019-6-1", MESSAGES.date],
    ["01/06/2019", MESSAGES.date],
    ["2019-06-01T00:00:00Z", MESSAGES.date],
    ["", MESSAGES.date],
  ])("rejects the date %j", (asOf, message) => {
    expect(issuesOf({ ...valid(), asOf })).toEqual([{ path: "asOf", message }]);
  });

  it("accepts 29 February of a leap year", () => {
    expect(parseEligibilityRequest({ body: { ...valid(), asOf: "2020-02-29" }, today: TODAY }).ok).toBe(true);
  });

  it.each([-1, 2.5, "6", true, 1201])("rejects %j as a month count", (months) => {
    const body = { ...valid(), applicant: { residence: { type: "rented", months } } };
    const issues = issuesOf(JSON.parse(JSON.stringify(body)));
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toBe("applicant.residence.months");
  });

  it("rejects birth dates after asOf, together with the schema's issues", () => {
    const issues = issuesOf({
      ...valid(),
      area: "nowhere",
      applicant: { birthDate: "2019-06-02" },
      members: [
        { relation: "child", birthDate: "2020-01-01" },
        { relation: "child", birthDate: "2019-06-01" },
      ],
    });
    expect(issues).toEqual([
      { path: "area", message: "must be one of central_urban, town, rural" },
      { path: "applicant.birthDate", message: MESSAGES.afterAsOf },
      { path: "members[0].birthDate", message: MESSAGES.afterAsOf },
    ]);
  });

  it("defaults omitted facts to no / none / 0 and asOf to today", () => {
    const result = parseEligibilityRequest({
      body: { jurisdiction: "qiannan", area: "rural", kind: "residence_permit", applicant: {}, members: [{ relation: "spouse" }] },
      today: TODAY,
    });
    expect(result).toEqual({
      ok: true,
      request: {
        jurisdiction: "qiannan",
        area: "rural",
        kind: "residence_permit",
        asOf: TODAY,
        applicant: {
          birthDate: null,
          hukou: null,
          residence: { type: "none", months: 0, cityMonths: null, ownDoorNumber: false },
          employment: { type: "none", months: 0, newPublicSectorHire: false },
          stableIncome: false,
          socialInsurance: { urbanMonths: 0, medical: false },
          education: { level: "none", returnedFromAbroad: false, admittedLocally: false, hukouBeforeStudy: null },
          technicalWorker: false,
          talent: { introduced: false, outstandingContribution: false, marketRecognised: false },
          investor: false,
          relocatedPoverty: false,
          joining: null,
          studying: false,
          retired: false,
          urbanisedVillager: false,
        },
        members: [
          {
            relation: "spouse",
            birthDate: null,
            coResident: false,
            married: false,
            hasIncome: false,
            urbanInsuranceMonths: 0,
            hukouJurisdiction: null,
          },
        ],
      },
    });
  });

  it("treats null like an omitted optional fact", () => {
    const body = {
      ...valid(),
      asOf: null,
      applicant: { birthDate: null, hukou: null, residence: null, employment: { type: null, months: null }, joining: null },
      members: null,
    };
    const result = parseEligibilityRequest({ body, today: TODAY });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.request.asOf).toBe(TODAY);
      expect(result.request.applicant.employment).toEqual({ type: "none", months: 0, newPublicSectorHire: false });
      expect(result.request.members).toEqual([]);
    }
  });

  it("drops unknown fields at every level", () => {
    const result = parseEligibilityRequest({
      body: { ...valid(), extra: 1, applicant: { residence: { type: "owned", colour: "red" }, surrenderLandRights: true } },
      today: TODAY,
    });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.request).not.toHaveProperty("extra");
      expect(result.request.applicant).not.toHaveProperty("surrenderLandRights");
      expect(result.request.applicant.residence).not.toHaveProperty("colour");
    }
  });

  it("keeps one request from altering the defaults another receives", () => {
    const a = parseEligibilityRequest({ body: valid(), today: TODAY });
    const b = parseEligibilityRequest({ body: valid(), today: TODAY });
    if (!a.ok || !b.ok) throw new Error("unexpected");
    expect(() => {
      (a.request.applicant.residence as { months: number }).months = 99;
    }).toThrow();
    expect(b.request.applicant.residence.months).toBe(0);
  });

  it("refuses a malformed today at the boundary (a programming error, not a user error)", () => {
    expect(() => parseEligibilityRequest({ body: valid(), today: "today" })).toThrow(TypeError);
  });
});

describe("answerEligibility / answerEligibilityText", () => {
  it("answers 400 with the error JSON for an invalid request", () => {
    expect(answerEligibility({ body: { ...valid(), kind: "visa" }, today: TODAY })).toEqual({
      status: 400,
      json: { error: { code: "VALIDATION", issues: [{ path: "kind", message: "must be one of settlement, residence_permit" }] } },
    });
  });

  it.each(["{", "", "nope", "{'a': 1}"])("answers 400 VALIDATION for text that is not JSON: %j", (text) => {
    expect(answerEligibilityText({ text, today: TODAY })).toEqual({
      status: 400,
      json: { error: { code: "VALIDATION", issues: [{ path: "", message: MESSAGES.json }] } },
    });
  });

  it("reads JSON text the same as the parsed body, a byte-order mark included", () => {
    const body = valid();
    const fromBody = answerEligibility({ body, today: TODAY });
    expect(answerEligibilityText({ text: JSON.stringify(body), today: TODAY })).toEqual(fromBody);
    expect(answerEligibilityText({ text: `\uFEFF${JSON.stringify(body)}`, today: TODAY })).toEqual(fromBody);
    expect(fromBody.status).toBe(200);
  });
});
