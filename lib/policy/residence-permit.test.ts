// 《居住证暂行条例》 第二条 in every pack: six months (exactly vs five), one of employment / residence /
// study, and never for someone whose hukou is already local.
import { describe, expect, it } from "vitest";
import { leavesOf } from "./conditions";
import { evaluateEligibility } from "./evaluate";
import { parseEligibilityRequest } from "./facts-schema";
import { nationalResidencePermit, policyPacks } from "./packs";
import { RESIDENCE_PERMIT_DECREE, RESIDENCE_PERMIT_DECREE_PERIOD } from "./residence-permit";
import type { EligibilityResponse, JurisdictionCode } from "./types";

function permit(jurisdiction: JurisdictionCode, applicant: Record<string, unknown>, kind = "residence_permit"): EligibilityResponse {
  const parsed = parseEligibilityRequest({
    body: {
      jurisdiction,
      area: "town",
      kind,
      asOf: "2019-06-01",
      applicant: { hukou: { jurisdiction: "elsewhere", area: "rural" }, ...applicant },
    },
    today: "2019-06-01",
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return evaluateEligibility(parsed.request);
}

const jurisdictions = policyPacks.map((p) => p.jurisdiction);
const CLAUSES: Record<JurisdictionCode, string> = {
  jiyuan: "四(二十一)",
  shaoguan: "三(九)",
  wushen: "二(二)2",
  chenzhou: "四(二)",
  qiannan: "第二条",
};

describe.each(jurisdictions)("residence permit in %s", (jurisdiction) => {
  const employed = { employment: { type: "employee" } };

  it("cites the local clause that restates the decree (黔南: the decree itself)", () => {
    const answer = permit(jurisdiction, { residence: { type: "relative", months: 6 }, ...employed });
    expect(answer.pathways.map((p) => p.id)).toEqual([`${jurisdiction}.residence-permit`]);
    expect(answer.pathways[0].citation.clause).toBe(CLAUSES[jurisdiction]);
    if (jurisdiction === "qiannan") expect(answer.pathways[0].citation.document).toBe(RESIDENCE_PERMIT_DECREE);
  });

  it("needs six months: exactly six is enough, five is not", () => {
    expect(permit(jurisdiction, { residence: { type: "relative", months: 6 }, ...employed }).eligible).toBe(true);
    const five = permit(jurisdiction, { residence: { type: "relative", months: 5 }, ...employed });
    expect(five.eligible).toBe(false);
    expect(five.pathways[0].unmet).toEqual([
      expect.objectContaining({ fact: "applicant.residence.months", need: ">= 6", got: 5, messageZh: "再居住 1 个月即可" }),
    ]);
  });

  it.each([
    ["legal stable employment", { employment: { type: "flexible" }, residence: { type: "relative", months: 7 } }],
    ["legal stable residence", { residence: { type: "rented", months: 7 } }],
    ["continuous study", { studying: true, residence: { type: "dormitory", months: 7 } }],
  ])("accepts each one of the three: %s", (_label, applicant) => {
    expect(permit(jurisdiction, applicant).eligible).toBe(true);
  });

  it("refuses when none of the three holds, listing the alternatives", () => {
    const answer = permit(jurisdiction, { residence: { type: "dormitory", months: 30 } });
    expect(answer.eligible).toBe(false);
    expect(answer.pathways[0].unmet.map((u) => [u.fact, u.option])).toEqual([
      ["applicant.employment.type", "合法稳定就业"],
      ["applicant.residence.type", "合法稳定住所"],
      ["applicant.studying", "连续就读"],
    ]);
  });

  it("is not for someone whose hukou is already in the jurisdiction", () => {
    const answer = permit(jurisdiction, { hukou: { jurisdiction, area: "rural" }, residence: { type: "owned", months: 60 }, ...employed });
    expect(answer.eligible).toBe(false);
    expect(answer.pathways[0].unmet).toEqual([
      expect.objectContaining({ fact: "applicant.hukou.jurisdiction", need: `!= ${jurisdiction}`, got: jurisdiction }),
    ]);
  });

  it("is not offered as a settlement pathway, and applies in every area", () => {
    const settlement = permit(jurisdiction, { residence: { type: "rented", months: 12 } }, "settlement");
    expect(settlement.pathways.some((p) => p.id.endsWith("residence-permit"))).toBe(false);
    const pack = policyPacks.find((p) => p.jurisdiction === jurisdiction)!;
    const rule = pack.pathways.find((p) => p.kind === "residence_permit")!;
    expect(rule.areas).toEqual(["central_urban", "town", "rural"]);
  });
});

describe("the decree's conditions never apply before the decree (0112)", () => {
  const permitRules = [...policyPacks.flatMap((p) => p.pathways), ...nationalResidencePermit.pathways].filter(
    (w) => w.kind === "residence_permit",
  );
  const usesDecreeTest = (w: (typeof permitRules)[number]) => leavesOf(w.conditions).some((l) => l.fact === "applicant.studying");

  it.each(permitRules.map((w) => [w.id, w] as const))("%s", (_id, w) => {
    if (usesDecreeTest(w)) {
      expect(w.period.effectiveFrom >= RESIDENCE_PERMIT_DECREE_PERIOD.effectiveFrom).toBe(true);
    } else {
      // Only a local clause that predates the decree, in its own words, and only until the decree.
      expect(w.id).toBe("jiyuan.residence-permit-before-decree");
      expect(w.period.effectiveTo).toBe("2015-12-31");
      expect(w.citation.document).not.toBe(RESIDENCE_PERMIT_DECREE);
      expect(leavesOf(w.conditions).map((l) => [l.fact, l.need])).toEqual([
        ["applicant.hukou.jurisdiction", "!= jiyuan"],
        ["applicant.residence.cityMonths", ">= 6"],
      ]);
    }
  });
});
