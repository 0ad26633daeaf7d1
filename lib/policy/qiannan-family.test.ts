// 黔南 二(一)1 names no family; its member rules follow 国发〔2014〕25号 二(一) (全面放开建制镇和小城市落户限制):
// "本人及其共同居住生活的配偶、未成年子女、父母等" — 0113-qiannan-family-citation.md.
import { describe, expect, it } from "vitest";
import { answerEligibility } from "./answer";
import { leavesOf } from "./conditions";
import { policyLibrary } from "./library";
import { NATIONAL_FAMILY_QUOTE, NATIONAL_FAMILY_RULE, qiannan } from "./packs/qiannan";

const WORK = "qiannan.town.work-business";
const rule = qiannan.pathways.find((p) => p.id === WORK)!;

describe("黔南 二(一)1 family: 国发〔2014〕25号 二(一)", () => {
  it("cites 二(一), the towns-and-small-cities rule, and keeps its words", () => {
    expect(NATIONAL_FAMILY_RULE).toEqual({ document: "国发〔2014〕25号", clause: "二(一)" });
    expect(NATIONAL_FAMILY_QUOTE).toBe(
      "在县级市市区、县人民政府驻地镇和其他建制镇有合法稳定住所（含租赁）的人员，本人及其共同居住生活的配偶、未成年子女、父母等，可以在当地申请登记常住户口。",
    );
    for (const m of rule.members) expect(m.citation).toEqual(NATIONAL_FAMILY_RULE);
    const library = policyLibrary.find((p) => p.id === "qiannan-2018")!.pathways.find((w) => w.id === WORK)!;
    expect(library.members.map((m) => [m.relation, m.citation.document, m.citation.clause])).toEqual([
      ["spouse", "国发〔2014〕25号", "二(一)"],
      ["child", "国发〔2014〕25号", "二(一)"],
      ["parent", "国发〔2014〕25号", "二(一)"],
    ]);
  });

  it("admits exactly what the text names: co-resident spouse, co-resident minor children, co-resident parents", () => {
    expect(
      rule.members.map((m) => [m.relation, leavesOf(m.conditions).map((l) => `${l.fact} ${l.need}`), m.applicantConditions.length]),
    ).toEqual([
      ["spouse", ["coResident true"], 0],
      ["child", ["coResident true", "birthDate under 18 on asOf"], 0],
      ["parent", ["coResident true"], 0],
    ]);
  });

  it("answers members accordingly; grandparents are not named, and the answer cites the pathway", () => {
    const answer = answerEligibility({
      body: {
        jurisdiction: "qiannan",
        area: "town",
        kind: "settlement",
        asOf: "2019-06-01",
        applicant: { hukou: { jurisdiction: "elsewhere", area: "rural" }, employment: { type: "employee" }, residence: { type: "rented" } },
        members: [
          { relation: "spouse", coResident: true },
          { relation: "child", birthDate: "2001-06-02", coResident: true },
          { relation: "child", birthDate: "2001-06-01", coResident: true },
          { relation: "parent", coResident: true },
          { relation: "parent", coResident: false },
          { relation: "grandparent", coResident: true },
        ],
      },
      today: "2019-06-01",
    });
    if (answer.status !== 200) throw new Error("rejected");
    expect(answer.json.members.map((m) => m.eligible)).toEqual([true, true, false, true, false, false]);
    expect(answer.json.members[0].citation).toEqual({ document: qiannan.title, clause: "二(一)1" });
    expect(answer.json.members[5].unmet).toEqual([
      expect.objectContaining({ fact: "members[5].relation", need: "one of spouse, child, parent" }),
    ]);
  });
});
