// The answer at submission beside today's: what counts as a change, and which pathways and members an
// approval may rest on. Also the placement shape and the relation-to-head table.
import { describe, expect, it } from "vitest";
import { answerEligibility, type EligibilityResponse } from "@/lib/policy";
import { allowedMembers, compareAnswers, metPathways } from "@/lib/applications/engine-compare";
import { placementSchema, readPlacement, relationToHead } from "@/lib/applications/placement";
import { SETTLEMENT_FACTS } from "@/tests/factories/chenzhou-renter";

const facts = SETTLEMENT_FACTS;
const answer = (body: unknown) => {
  const a = answerEligibility({ body, today: "2026-11-20" });
  if (a.status !== 200) throw new Error("invalid");
  return a.json;
};

describe("compareAnswers", () => {
  it("the same facts a few days later: only the date moves, the met pathway and members are offered", () => {
    const c = compareAnswers({ snapshot: answer(facts), facts, today: "2026-11-25" });
    expect(c.changes).toEqual([{ kind: "asOf", before: "2026-11-20", after: "2026-11-25" }]);
    expect(metPathways(c).map((p) => p.id)).toEqual(["chenzhou.central-urban.employment-residence-insurance"]);
    expect(metPathways(c)[0].clause).toBe("郴政发〔2016〕1号 三(一)");
    expect([...allowedMembers(c)]).toEqual([0]);
  });

  it("an outcome that changed is listed: overall, per pathway", () => {
    const before = answer({ ...facts, applicant: { ...facts.applicant, socialInsurance: { urbanMonths: 0, medical: true } } });
    const c = compareAnswers({ snapshot: before, facts, today: "2026-11-20" });
    expect(c.changes).toContainEqual({ kind: "eligible", before: false, after: true });
    expect(c.changes).toContainEqual({
      kind: "pathway",
      id: "chenzhou.central-urban.employment-residence-insurance",
      before: false,
      after: true,
    });
  });

  it("a policy that is not the one of the snapshot is a change", () => {
    const snap = answer(facts);
    const other = { ...snap, policy: { ...snap.policy!, id: "chenzhou-2015" } } as EligibilityResponse;
    expect(compareAnswers({ snapshot: other, facts, today: "2026-11-20" }).changes[0]).toMatchObject({ kind: "policy" });
  });

  it("kinds without an eligibility question have no answers to compare", () => {
    expect(compareAnswers({ snapshot: null, facts: {}, today: "2026-11-20" })).toEqual({ atSubmission: null, today: null, changes: [] });
  });
});

describe("placement", () => {
  it("reads the three shapes and defaults to a new family household", () => {
    expect(placementSchema.parse({ type: "existing", householdNumber: "431002160001", relationToHead: "CHILD" })).toMatchObject({
      type: "existing",
    });
    expect(placementSchema.safeParse({ type: "existing", householdNumber: "12", relationToHead: "CHILD" }).success).toBe(false);
    expect(placementSchema.safeParse({ type: "collective", householdType: "FAMILY" }).success).toBe(false);
    expect(readPlacement(null)).toEqual({ type: "new_family" });
    expect(readPlacement({ type: "nonsense" })).toEqual({ type: "new_family" });
  });

  it("derives only the unambiguous relations to the head", () => {
    expect(relationToHead({ applicant: "HEAD", member: "SPOUSE" })).toBe("SPOUSE");
    expect(relationToHead({ applicant: "SPOUSE", member: "CHILD" })).toBe("CHILD");
    expect(relationToHead({ applicant: "CHILD", member: "CHILD" })).toBe("GRANDCHILD");
    expect(relationToHead({ applicant: "CHILD", member: "SPOUSE" })).toBe("OTHER");
  });
});
