import { describe, expect, it } from "vitest";
import { decodeFactsParam } from "@/lib/policy";
import { renterRequest } from "@/tests/factories/chenzhou-renter";
import { refusalNextStep } from "./next-step";

const FACTS = renterRequest({
  asOf: "2026-11-20",
  applicant: { employment: { type: "none", months: 0 }, socialInsurance: { urbanMonths: 0 } },
});
const base = {
  kind: "SETTLEMENT" as const,
  policyCode: "chenzhou",
  unitCode: "chenzhou-beihu",
  facts: FACTS,
  holdsPermit: false,
  today: "2026-12-07",
};

describe("the next step after a refusal", () => {
  it("a refused settlement: a link that starts a 居住证 application for the same place, with the facts asked as a permit question", () => {
    const step = refusalNextStep(base);
    expect(step.kind).toBe("residence_permit");
    const url = new URL(step.href, "https://x");
    expect(url.pathname).toBe("/apply/new");
    expect([url.searchParams.get("kind"), url.searchParams.get("jurisdiction"), url.searchParams.get("unit")]).toEqual([
      "residence_permit",
      "chenzhou",
      "chenzhou-beihu",
    ]);
    const facts = decodeFactsParam({ param: url.searchParams.get("facts"), today: "2026-12-07" });
    expect(facts.ok && facts.request.kind).toBe("residence_permit");
  });

  it("leaves the facts out when they do not validate, and still starts the permit", () => {
    const step = refusalNextStep({ ...base, facts: { nonsense: true } });
    expect(step.href).toBe("/apply/new?kind=residence_permit&jurisdiction=chenzhou&unit=chenzhou-beihu");
  });

  it("someone who already holds a permit there is pointed to it; other refusals to the self-check", () => {
    expect(refusalNextStep({ ...base, holdsPermit: true }).kind).toBe("permit_held");
    expect(refusalNextStep({ ...base, kind: "RESIDENCE_PERMIT" })).toEqual({ kind: "check", href: "/check" });
    expect(refusalNextStep({ ...base, unitCode: null }).kind).toBe("check");
  });
});
