// Rules that hold everywhere: no land-rights condition, unconditional newborn and no-hukou
// registration, and what a person with no hukou is told when asking to settle.
import { describe, expect, it } from "vitest";
import { answerEligibility } from "./answer";
import { leavesOf } from "./conditions";
import { eligibilityExamples } from "./examples";
import { F, MF } from "./facts";
import { nationalPolicies, policyPacks } from "./packs";
import { AREAS } from "./types";
import { needsEligibilityConditions, unconditionalRegistrations } from "./unconditional";

const LAND = /land|homestead|contract(ed)?[ _-]?land|三权|土地|宅基地|承包|集体收益|collective income/i;

describe("invariant 1: no rule uses rural land rights as a condition", () => {
  const everyLeaf = [...policyPacks, ...nationalPolicies].flatMap((pack) =>
    pack.pathways.flatMap((p) => [
      ...leavesOf(p.conditions),
      ...p.members.flatMap((m) => [...leavesOf(m.conditions), ...leavesOf(m.applicantConditions)]),
    ]),
  );

  it("no condition refers to anything land-related", () => {
    expect(everyLeaf.length).toBeGreaterThan(50);
    const offending = everyLeaf.filter((l) => LAND.test(`${l.fact} ${l.need} ${l.labelZh} ${l.labelEn}`));
    expect(offending.map((l) => l.fact)).toEqual([]);
  });

  it("the facts a rule can read include none about land", () => {
    const paths = [...Object.values(F), ...Object.values(MF)].map((f) => `${f.path} ${f.labelZh} ${f.labelEn}`);
    expect(paths.filter((p) => LAND.test(p))).toEqual([]);
  });

  it("land-related request fields are ignored and change no answer", () => {
    for (const example of eligibilityExamples) {
      const plain = answerEligibility({ body: example.request, today: "2019-06-01" });
      const applicant = example.request.applicant as Record<string, unknown>;
      const withLand = {
        ...example.request,
        surrenderLandRights: true,
        applicant: { ...applicant, surrenderLandRights: true, landRights: { contracted: false, homestead: false }, 三权: "退出" },
      };
      expect(answerEligibility({ body: withLand, today: "2019-06-01" })).toEqual(plain);
    }
  });

  it("every pack cites its clause forbidding the condition, shown to applicants from a rural hukou", () => {
    const clauses = Object.fromEntries(
      policyPacks.map((p) => [p.jurisdiction, p.notes.find((n) => n.code === "LAND_RIGHTS_KEPT")?.citation?.clause]),
    );
    expect(clauses).toEqual({ jiyuan: "三(九)", shaoguan: "三(四)", wushen: "二(三)1", chenzhou: "六(一)", qiannan: "二(七)" });
  });
});

describe("invariants 3 and 4: newborns and people with no hukou register without conditions", () => {
  it("lists both registrations with their local citations", () => {
    const byKind = Object.fromEntries(
      unconditionalRegistrations.map((r) => [r.kind, r.citations.map((c) => `${c.jurisdiction} ${c.citation.clause}`)]),
    );
    expect(byKind).toEqual({
      newborn: ["chenzhou 四(一)"],
      no_hukou: ["wushen 二(一)3", "chenzhou 四(一)", "qiannan 二(三)1"],
    });
    for (const r of unconditionalRegistrations) expect(r.nationalBasis).toContain("国办发〔2015〕96号");
  });

  it.each([
    ["newborn", false],
    ["no_hukou", false],
    ["settlement", true],
    ["residence_permit", true],
  ] as const)("needsEligibilityConditions(%s) = %s", (kind, needed) => {
    expect(needsEligibilityConditions({ kind })).toBe(needed);
  });

  it("the no-hukou pathways have no conditions and bring no family", () => {
    const noHukou = policyPacks.flatMap((p) => p.pathways.filter((w) => w.onlyWithoutHukou));
    expect(noHukou.map((p) => p.id)).toEqual([
      "wushen.no-hukou-registration",
      "chenzhou.no-hukou-registration",
      "qiannan.no-hukou-registration",
    ]);
    for (const p of noHukou) {
      expect(p.conditions).toEqual([]);
      expect(p.members).toEqual([]);
    }
  });

  describe.each(policyPacks.map((p) => [p.jurisdiction, p] as const))("a person with no hukou asking to settle in %s", (_j, pack) => {
    const own = pack.pathways.find((p) => p.onlyWithoutHukou);
    it.each(AREAS)("area %s", (area) => {
      const body = { jurisdiction: pack.jurisdiction, area, kind: "settlement", asOf: "2019-06-01", applicant: { hukou: null } };
      const answer = answerEligibility({ body, today: "2019-06-01" });
      if (answer.status !== 200) throw new Error("rejected");
      if (own) {
        // Always met, and first: registration is the answer, whatever else the person lacks.
        expect(answer.json.eligible).toBe(true);
        expect(answer.json.pathways[0]).toMatchObject({ id: own.id, eligible: true, unmet: [], citation: own.citation });
      } else {
        // 济源 and 韶关 restate no such clause; the national rule still holds (0104).
        expect(answer.json.pathways.some((p) => p.id.includes("no-hukou"))).toBe(false);
      }
    });
  });
});
