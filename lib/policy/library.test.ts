// The policy library metadata: complete, cited, dated, and tied to the example cases it shows.
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeConditions } from "./conditions";
import { examplesForPathway } from "./examples";
import { nationalPolicyLibrary, policyLibrary } from "./library";
import { nationalPolicies, policyPacks } from "./packs";
import { RESIDENCE_PERMIT_DECREE, RESIDENCE_PERMIT_DECREE_NUMBER } from "./residence-permit";
import { JURISDICTIONS } from "./types";

const CLAUSE = /^([一二三四五六七八九十]+(\([一二三四五六七八九十]+\)\d*)?|第[一二三四五六七八九十百]+条)$/;

describe("policy library", () => {
  it("lists every pack with its document and period", () => {
    expect(policyLibrary.map((p) => [p.id, p.documentNumber, p.effectiveFrom, p.effectiveTo])).toEqual([
      ["jiyuan-2015", "济政办〔2015〕14号", "2015-03-27", null],
      ["shaoguan-2017", null, "2017-10-23", "2020-10-22"],
      ["wushen-2016", null, "2016-09-14", null],
      ["chenzhou-2016", "郴政发〔2016〕1号", "2016-01-06", null],
      ["qiannan-2018", null, "2018-01-01", null],
    ]);
  });

  it("gives pathway ids that are unique and start with the jurisdiction", () => {
    const ids = policyLibrary.flatMap((p) => p.pathways.map((w) => w.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const policy of policyLibrary) for (const w of policy.pathways) expect(w.id.startsWith(`${policy.jurisdiction}.`)).toBe(true);
  });

  it.each(policyLibrary.flatMap((p) => p.pathways.map((w) => [w.id, p, w] as const)))(
    "%s is cited, dated, summarised and exemplified",
    (_id, policy, w) => {
      const document = policy.documentNumber ?? policy.title;
      expect([document, RESIDENCE_PERMIT_DECREE]).toContain(w.citation.document);
      expect(w.citation.clause).toMatch(CLAUSE);
      expect(w.effectiveFrom >= policy.effectiveFrom).toBe(true);
      expect(w.summary).toMatch(/[\u4e00-\u9fff]/);
      expect(w.summaryEn).toMatch(/[a-z]/);
      expect(w.quote.length).toBeGreaterThan(10);
      expect(w.areas.length).toBeGreaterThan(0);
      if (!w.onlyWithoutHukou) expect(w.conditions.length).toBeGreaterThan(0);
      for (const c of w.conditions) expect(c.labelZh && c.labelEn).toBeTruthy();
      for (const m of w.members) {
        expect(m.citation.clause).toMatch(CLAUSE);
        expect(m.id).toBe(`${w.id}#${m.relation}`);
      }
      expect(examplesForPathway({ pathwayId: w.id }).length).toBeGreaterThanOrEqual(2);
      expect(w.decisions.length).toBeGreaterThan(0);
      for (const d of w.decisions) expect(existsSync(path.resolve(__dirname, "../../docs/decisions", d)), d).toBe(true);
    },
  );

  it("carries every threshold with its citation and period", () => {
    const parameters = policyLibrary.flatMap((p) => p.pathways.flatMap((w) => w.parameters));
    expect(parameters.map((p) => `${p.id}=${p.value}`).sort()).toEqual(
      [
        "chenzhou.central-urban.employment-residence-insurance.min-insurance-months=1",
        "chenzhou.residence-permit.min-residence-months=6",
        "jiyuan.central-urban.worker-housing-pension.min-pension-months=1",
        "jiyuan.central-urban.worker-housing-pension.min-rented-months=12",
        "jiyuan.employment-insurance.min-insurance-months=12",
        "jiyuan.residence-permit-before-decree.min-residence-months=6",
        "jiyuan.residence-permit.min-residence-months=6",
        "qiannan.residence-permit.min-residence-months=6",
        "shaoguan.residence-insurance.min-insurance-months=1",
        "shaoguan.residence-permit.min-residence-months=6",
        "shaoguan.urban-insurance-one-year.min-insurance-months=12",
        "wushen.residence-permit.min-residence-months=6",
        "wushen.town.non-banner.min-insurance-months=24",
        "wushen.town.non-banner.parent-min-insurance-months=24",
      ].sort(),
    );
    for (const p of parameters) {
      expect(p.citation.clause).toMatch(CLAUSE);
      expect(p.period.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(p.quote.length).toBeGreaterThan(3);
    }
  });

  it("is derived from the packs the engine runs", () => {
    expect(policyLibrary.map((p) => p.pathways.length)).toEqual(policyPacks.map((p) => p.pathways.length));
  });
});

describe("policy library: the national decree the engine applies by itself (0112)", () => {
  it("lists 《居住证暂行条例》 once, for residence permits in every jurisdiction, apart from the local documents", () => {
    expect(nationalPolicyLibrary.map((p) => [p.id, p.scope, p.kind, p.title, p.documentNumber, p.effectiveFrom, p.effectiveTo])).toEqual([
      [
        "national-residence-permit-2016",
        "national",
        "residence_permit",
        RESIDENCE_PERMIT_DECREE,
        RESIDENCE_PERMIT_DECREE_NUMBER,
        "2016-01-01",
        null,
      ],
    ]);
    expect(nationalPolicyLibrary[0].jurisdictions).toEqual(JURISDICTIONS);
    expect(nationalPolicyLibrary[0].answersWhenZh).toMatch(/[\u4e00-\u9fff]/);
    expect(policyLibrary.map((p) => p.id)).not.toContain("national-residence-permit-2016");
  });

  it.each(nationalPolicyLibrary.flatMap((p) => p.pathways.map((w) => [w.id, p, w] as const)))(
    "%s is cited to the decree's own article, dated, exemplified",
    (_id, policy, w) => {
      expect(w.id).toBe("national.residence-permit");
      expect(w.kind).toBe("residence_permit");
      expect(w.citation).toEqual({ document: RESIDENCE_PERMIT_DECREE, clause: "第二条" });
      expect([w.effectiveFrom, w.effectiveTo]).toEqual([policy.effectiveFrom, policy.effectiveTo]);
      expect(w.areas).toEqual(["central_urban", "town", "rural"]);
      expect(w.quote).toContain("到其他城市居住半年以上");
      expect(w.members).toEqual([]);
      expect(w.parameters.map((p) => [p.id, p.value, p.citation.clause, p.period.effectiveFrom])).toEqual([
        ["national.residence-permit.min-residence-months", 6, "第二条", "2016-01-01"],
      ]);
      // The hukou condition reads the requested jurisdiction; the library states it in general.
      expect(w.conditions[0]).toMatchObject({ fact: "applicant.hukou.jurisdiction", need: "!= jurisdiction" });
      expect(w.conditions[2].anyOf?.map((o) => o.label)).toEqual(["合法稳定就业", "合法稳定住所", "连续就读"]);
      expect(examplesForPathway({ pathwayId: w.id }).length).toBeGreaterThanOrEqual(2);
      for (const d of w.decisions) expect(existsSync(path.resolve(__dirname, "../../docs/decisions", d)), d).toBe(true);
      expect(w.decisions).toContain("0112-residence-permit-national-decree.md");
    },
  );

  it("is derived from the national acts the engine runs", () => {
    expect(nationalPolicyLibrary.map((p) => p.id)).toEqual(nationalPolicies.map((p) => p.id));
    for (const [i, act] of nationalPolicies.entries()) {
      expect(nationalPolicyLibrary[i].pathways.map((w) => w.conditions)).toEqual(
        act.pathways.map((w) => describeConditions({ conditions: w.conditions })),
      );
    }
  });
});
