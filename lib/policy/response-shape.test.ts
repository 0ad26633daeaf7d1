// The answer is contract ELIGIBILITY-V1: these tests serialise real answers and check the exact keys
// the contract requires (fields may be added, never renamed or dropped).
import { describe, expect, it } from "vitest";
import { answerEligibility } from "./answer";
import { eligibilityExamples } from "./examples";
import { SETTLEMENT_FACTS } from "@/tests/factories/chenzhou-renter";

const TODAY = "2019-06-01";
const roundTrip = (value: unknown) => JSON.parse(JSON.stringify(value));

/**
 * The contract's own example request (docs/api/ELIGIBILITY-V1.md): the README's resident asking in 2016, insurance
 * months left out, every other ground answered no, and a child and a parent besides the spouse.
 */
const contractRequest = {
  ...SETTLEMENT_FACTS,
  asOf: "2016-06-01",
  applicant: {
    ...SETTLEMENT_FACTS.applicant,
    socialInsurance: { medical: true },
    technicalWorker: false,
    talent: { introduced: false, outstandingContribution: false, marketRecognised: false },
    investor: false,
    relocatedPoverty: false,
    joining: null,
    studying: false,
  },
  members: [
    ...SETTLEMENT_FACTS.members,
    { relation: "child", birthDate: "2000-05-06", married: false, hasIncome: false, coResident: true },
    { relation: "parent", birthDate: "1960-01-01", urbanInsuranceMonths: 0, coResident: true },
  ],
};

function answer(body: unknown) {
  return roundTrip(answerEligibility({ body, today: TODAY }));
}

describe("response shape (contract ELIGIBILITY-V1)", () => {
  it("reproduces the contract's example answer", () => {
    const { status, json } = answer(contractRequest);
    expect(status).toBe(200);
    expect(json.eligible).toBe(false);
    expect(json.kind).toBe("settlement");
    expect(json.policy).toEqual({
      id: "chenzhou-2016",
      jurisdiction: "chenzhou",
      title: "关于进一步推进户籍制度改革的实施意见",
      documentNumber: "郴政发〔2016〕1号",
      effectiveFrom: "2016-01-06",
      effectiveTo: null,
      status: "in_force",
    });
    expect(json.pathways).toHaveLength(1);
    expect(json.pathways[0]).toMatchObject({
      id: "chenzhou.central-urban.employment-residence-insurance",
      eligible: false,
      citation: { document: "郴政发〔2016〕1号", clause: "三(一)" },
      summary: "在中心城区有合法稳定就业、合法稳定住所并参加城镇社会保险",
      unmet: [{ fact: "applicant.socialInsurance.urbanMonths", need: ">= 1", got: 0 }],
    });
    expect(json.members.map((m: { index: number; relation: string; eligible: boolean }) => [m.index, m.relation, m.eligible])).toEqual([
      [0, "spouse", false],
      [1, "child", false],
      [2, "parent", false],
    ]);
  });

  it("has the contract's keys at every level, for every example answer", () => {
    for (const example of eligibilityExamples) {
      const { json } = answer(example.request);
      expect(Object.keys(json).slice(0, 5)).toEqual(["eligible", "kind", "policy", "pathways", "members"]);
      expect(typeof json.eligible).toBe("boolean");
      if (json.policy !== null) {
        // The contract's six keys, plus the addition `status` (0123).
        expect(Object.keys(json.policy).sort()).toEqual([
          "documentNumber",
          "effectiveFrom",
          "effectiveTo",
          "id",
          "jurisdiction",
          "status",
          "title",
        ]);
        expect(["in_force", "draft_for_comment"]).toContain(json.policy.status);
      }
      expect(["in_force", "draft_for_comment", "expired", "not_yet_in_force"]).toContain(json.standing.status);
      for (const p of json.pathways) {
        expect(Object.keys(p).slice(0, 5)).toEqual(["id", "eligible", "citation", "summary", "unmet"]);
        expect(Object.keys(p.citation)).toEqual(["document", "clause"]);
        expect(p.eligible).toBe(p.unmet.length === 0);
        for (const u of p.unmet) {
          expect(Object.keys(u).slice(0, 3)).toEqual(["fact", "need", "got"]);
          expect(typeof u.messageZh).toBe("string");
          expect(typeof u.messageEn).toBe("string");
        }
      }
      json.members.forEach((m: Record<string, unknown>, i: number) => {
        expect(Object.keys(m).slice(0, 4)).toEqual(["index", "relation", "eligible", "citation"]);
        expect(m.index).toBe(i);
        if (m.eligible) expect(Object.keys(m.citation as object)).toEqual(["document", "clause"]);
        else expect(m.citation).toBeNull();
      });
      expect(json.eligible).toBe(json.pathways.some((p: { eligible: boolean }) => p.eligible));
    }
  });

  it("answers NO_POLICY_IN_FORCE with policy null, no pathways and every member refused", () => {
    const { status, json } = answer({ ...contractRequest, jurisdiction: "shaoguan", asOf: "2017-10-22" });
    expect(status).toBe(200);
    expect(json).toMatchObject({ eligible: false, policy: null, pathways: [], reason: "NO_POLICY_IN_FORCE" });
    expect(json.members).toHaveLength(3);
    expect(json.members.every((m: { eligible: boolean; citation: unknown }) => !m.eligible && m.citation === null)).toBe(true);
    // Where `policy` is null the standing says why: 韶关's trial measures had not yet begun.
    expect(json.standing).toMatchObject({ status: "not_yet_in_force", document: { id: "shaoguan-2017", effectiveFrom: "2017-10-23" } });
  });

  it("says a 黔南 answer rests on a draft, and a 韶关 answer after the trial that the measures expired", () => {
    const qiannan = answer({ ...contractRequest, jurisdiction: "qiannan", area: "town", asOf: "2019-06-01" }).json;
    expect(qiannan.policy.status).toBe("draft_for_comment");
    expect(qiannan.standing.status).toBe("draft_for_comment");
    expect(qiannan.standing.stillApplies.map((r: { document: string }) => r.document)).toContain("《居住证暂行条例》（国务院令第663号）");
    const expired = answer({ ...contractRequest, jurisdiction: "shaoguan", asOf: "2020-10-23" }).json;
    expect(expired).toMatchObject({
      policy: null,
      reason: "NO_POLICY_IN_FORCE",
      standing: { status: "expired", document: { id: "shaoguan-2017", effectiveTo: "2020-10-22" } },
    });
    expect(expired.standing.notModelled[0].document).toContain("韶关市户籍管理规定");
    const permit = answer({ ...contractRequest, kind: "residence_permit", jurisdiction: "shaoguan", asOf: "2020-10-23" }).json;
    expect(permit.policy).toMatchObject({ id: "national-residence-permit-2016", status: "in_force" });
    expect(permit.standing.status).toBe("expired");
    const chenzhou = answer(contractRequest).json;
    expect(chenzhou.standing).toMatchObject({ status: "in_force", stillApplies: [] });
  });

  it("answers an invalid request with exactly { error: { code, issues: [{ path, message }] } }", () => {
    const { status, json } = answer({ ...contractRequest, applicant: { birthDate: "1990-02-30" } });
    expect(status).toBe(400);
    expect(json).toEqual({
      error: { code: "VALIDATION", issues: [{ path: "applicant.birthDate", message: "must be a real calendar date YYYY-MM-DD" }] },
    });
  });
});
