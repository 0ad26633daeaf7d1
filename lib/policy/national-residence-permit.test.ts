// Residence permits rest on 《居住证暂行条例》 (国务院令第663号, from 2016-01-01, open-ended): where no local
// clause is in force the decree answers by itself; before it, only a local clause then in force does
// (0112-residence-permit-national-decree.md). Settlement has no such fallback.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { answerEligibility, answerEligibilityText } from "./answer";
import { nationalPolicyLibrary } from "./library";
import { nationalResidencePermit, policyPacks } from "./packs";
import { RESIDENCE_PERMIT_DECREE, RESIDENCE_PERMIT_DECREE_CITATION } from "./residence-permit";
import type { EligibilityResponse, JurisdictionCode } from "./types";
import { JURISDICTIONS } from "./types";

const FIXTURES = path.resolve(__dirname, "../../tests/fixtures/eligibility");

function ask(options: {
  jurisdiction: JurisdictionCode;
  asOf: string;
  kind?: "residence_permit" | "settlement";
  applicant?: Record<string, unknown>;
  members?: Record<string, unknown>[];
}): EligibilityResponse {
  const body = {
    jurisdiction: options.jurisdiction,
    area: "central_urban",
    kind: options.kind ?? "residence_permit",
    asOf: options.asOf,
    applicant: options.applicant ?? {
      hukou: { jurisdiction: "elsewhere", area: "rural" },
      residence: { type: "relative", months: 6 },
      employment: { type: "employee" },
      socialInsurance: { urbanMonths: 36, medical: true },
    },
    members: options.members ?? [],
  };
  const answer = answerEligibility({ body, today: "2019-06-01" });
  if (answer.status !== 200) throw new Error(JSON.stringify(answer.json));
  return answer.json;
}

const NATIONAL_POLICY = (jurisdiction: JurisdictionCode) => ({
  id: "national-residence-permit-2016",
  jurisdiction,
  title: "居住证暂行条例",
  documentNumber: "国务院令第663号",
  effectiveFrom: "2016-01-01",
  effectiveTo: null,
  status: "in_force",
});

describe("韶关: the trial measures end on 2020-10-22, the decree does not", () => {
  it("2020-10-22, the last day of the trial: the local clause 三(九) answers", () => {
    const answer = ask({ jurisdiction: "shaoguan", asOf: "2020-10-22" });
    expect(answer.policy?.id).toBe("shaoguan-2017");
    expect(answer.pathways.map((p) => [p.id, p.eligible, p.citation.clause])).toEqual([["shaoguan.residence-permit", true, "三(九)"]]);
    expect(answer.notes.map((n) => n.code)).not.toContain("NATIONAL_DECREE_APPLIES");
  });

  it("2020-10-23, the day after: 《居住证暂行条例》 第二条 answers, under the requested jurisdiction", () => {
    const answer = ask({ jurisdiction: "shaoguan", asOf: "2020-10-23" });
    expect(answer).toMatchObject({ eligible: true, reason: null, kind: "residence_permit", jurisdiction: "shaoguan" });
    expect(answer.policy).toEqual(NATIONAL_POLICY("shaoguan"));
    expect(answer.pathways).toEqual([
      expect.objectContaining({
        id: "national.residence-permit",
        eligible: true,
        citation: { document: RESIDENCE_PERMIT_DECREE, clause: "第二条" },
        unmet: [],
      }),
    ]);
    expect(answer.notes).toEqual([
      expect.objectContaining({ code: "NATIONAL_DECREE_APPLIES", citation: RESIDENCE_PERMIT_DECREE_CITATION }),
    ]);
  });

  it("applies the decree's own conditions: six months, one of employment / residence / study", () => {
    const short = ask({
      jurisdiction: "shaoguan",
      asOf: "2024-01-01",
      applicant: { hukou: { jurisdiction: "elsewhere", area: "town" }, residence: { type: "dormitory", months: 5 } },
    });
    expect(short.eligible).toBe(false);
    expect(short.pathways[0].unmet.map((u) => [u.fact, u.need, u.got, u.option ?? null])).toEqual([
      ["applicant.residence.months", ">= 6", 5, null],
      ["applicant.employment.type", "one of employee, self_employed, business_owner, public_sector, flexible", "none", "合法稳定就业"],
      ["applicant.residence.type", "one of owned, rented_registered, rented", "dormitory", "合法稳定住所"],
      ["applicant.studying", "true", false, "连续就读"],
    ]);
    const student = ask({
      jurisdiction: "shaoguan",
      asOf: "2024-01-01",
      applicant: { hukou: { jurisdiction: "elsewhere", area: "town" }, residence: { type: "dormitory", months: 6 }, studying: true },
    });
    expect(student.eligible).toBe(true);
  });

  it("is not for a hukou already in 韶关; a hukou in another portal jurisdiction is elsewhere", () => {
    const local = ask({
      jurisdiction: "shaoguan",
      asOf: "2020-10-23",
      applicant: {
        hukou: { jurisdiction: "shaoguan", area: "town" },
        residence: { type: "owned", months: 60 },
        employment: { type: "employee" },
      },
    });
    expect(local.eligible).toBe(false);
    expect(local.pathways[0].unmet).toEqual([
      expect.objectContaining({
        fact: "applicant.hukou.jurisdiction",
        need: "!= shaoguan",
        got: "shaoguan",
        messageZh: "需要：户口在申请地以外（目前：韶关市）",
      }),
    ]);
    const fromChenzhou = ask({
      jurisdiction: "shaoguan",
      asOf: "2020-10-23",
      applicant: { hukou: { jurisdiction: "chenzhou", area: "town" }, residence: { type: "rented", months: 6 } },
    });
    expect(fromChenzhou.eligible).toBe(true);
    const noHukou = ask({
      jurisdiction: "shaoguan",
      asOf: "2020-10-23",
      applicant: { hukou: null, residence: { type: "owned", months: 60 } },
    });
    expect(noHukou.pathways[0].unmet).toEqual([expect.objectContaining({ fact: "applicant.hukou.jurisdiction", got: null })]);
  });

  it("brings no family: each person applies for their own permit", () => {
    const answer = ask({ jurisdiction: "shaoguan", asOf: "2020-10-23", members: [{ relation: "spouse", coResident: true }] });
    expect(answer.eligible).toBe(true);
    expect(answer.members[0]).toMatchObject({ eligible: false, citation: null, pathwayId: null });
    expect(answer.members[0].unmet).toEqual([expect.objectContaining({ fact: "members[0].relation", got: "spouse" })]);
  });

  it("settlement after the trial stays NO_POLICY_IN_FORCE (the expired-policy fixture)", () => {
    const answer = ask({ jurisdiction: "shaoguan", asOf: "2020-10-23", kind: "settlement" });
    expect(answer).toMatchObject({ eligible: false, policy: null, pathways: [], reason: "NO_POLICY_IN_FORCE", notes: [] });
    const fixture = answerEligibilityText({
      text: readFileSync(path.join(FIXTURES, "shaoguan-expired.json"), "utf8"),
      today: "2000-01-01",
    });
    expect(fixture.status).toBe(200);
    expect(fixture.json).toMatchObject({ kind: "settlement", asOf: "2020-10-23", policy: null, reason: "NO_POLICY_IN_FORCE" });
  });

  it("the residence-permit fixture for the same day answers under the decree", () => {
    const fixture = answerEligibilityText({
      text: readFileSync(path.join(FIXTURES, "shaoguan-permit-after-trial.json"), "utf8"),
      today: "2000-01-01",
    });
    expect(fixture.status).toBe(200);
    expect(fixture.json).toMatchObject({
      eligible: true,
      kind: "residence_permit",
      asOf: "2020-10-23",
      policy: NATIONAL_POLICY("shaoguan"),
      reason: null,
    });
  });
});

describe("before 2016-01-01 only a local clause then in force answers", () => {
  it.each(["shaoguan", "wushen", "chenzhou", "qiannan"] as const)(
    "%s on 2015-12-31: no local clause, decree not yet in force → NO_POLICY_IN_FORCE",
    (jurisdiction) => {
      const answer = ask({ jurisdiction, asOf: "2015-12-31" });
      expect(answer).toMatchObject({ eligible: false, policy: null, pathways: [], reason: "NO_POLICY_IN_FORCE", notes: [] });
    },
  );

  it("郴州: the decree from 2016-01-01, its own 四(二) from 2016-01-06", () => {
    expect(ask({ jurisdiction: "chenzhou", asOf: "2016-01-01" }).policy).toEqual(NATIONAL_POLICY("chenzhou"));
    expect(ask({ jurisdiction: "chenzhou", asOf: "2016-01-05" }).pathways.map((p) => p.id)).toEqual(["national.residence-permit"]);
    const local = ask({ jurisdiction: "chenzhou", asOf: "2016-01-06" });
    expect(local.policy?.id).toBe("chenzhou-2016");
    expect(local.pathways.map((p) => [p.id, p.citation.clause])).toEqual([["chenzhou.residence-permit", "四(二)"]]);
  });

  it("济源 on 2015-12-31: 四(二十一) in its own words — half a year, no employment/residence/study test", () => {
    const idle = { hukou: { jurisdiction: "elsewhere", area: "rural" }, residence: { type: "relative", months: 6 } };
    const before = ask({ jurisdiction: "jiyuan", asOf: "2015-12-31", applicant: idle });
    expect(before.policy?.id).toBe("jiyuan-2015");
    expect(before.pathways.map((p) => [p.id, p.eligible, p.citation.clause])).toEqual([
      ["jiyuan.residence-permit-before-decree", true, "四(二十一)"],
    ]);
    // From the decree's first day the same person needs one of employment, residence or study.
    const after = ask({ jurisdiction: "jiyuan", asOf: "2016-01-01", applicant: idle });
    expect(after.policy?.id).toBe("jiyuan-2015");
    expect(after.pathways.map((p) => [p.id, p.eligible, p.citation.clause])).toEqual([["jiyuan.residence-permit", false, "四(二十一)"]]);
    expect(after.pathways[0].unmet.map((u) => u.option)).toEqual(["合法稳定就业", "合法稳定住所", "连续就读"]);
  });

  it("济源 on 2015-03-26, the day before its plan: nothing is in force", () => {
    expect(ask({ jurisdiction: "jiyuan", asOf: "2015-03-26" }).reason).toBe("NO_POLICY_IN_FORCE");
  });
});

describe("which source answers, on every boundary", () => {
  it("never lets the decree answer while a local permit clause is in force, nor before 2016", () => {
    const dates = [
      "2015-03-26",
      "2015-03-27",
      "2015-12-31",
      "2016-01-01",
      "2016-01-05",
      "2016-01-06",
      "2016-09-13",
      "2016-09-14",
      "2017-10-22",
      "2017-10-23",
      "2017-12-31",
      "2018-01-01",
      "2020-10-22",
      "2020-10-23",
      "2030-01-01",
    ];
    for (const jurisdiction of JURISDICTIONS) {
      const pack = policyPacks.find((p) => p.jurisdiction === jurisdiction)!;
      for (const asOf of dates) {
        const answer = ask({ jurisdiction, asOf });
        const localInForce = asOf >= pack.period.effectiveFrom && (pack.period.effectiveTo === null || asOf <= pack.period.effectiveTo);
        const expected = localInForce ? pack.id : asOf >= "2016-01-01" ? "national-residence-permit-2016" : null;
        expect(answer.policy?.id ?? null, `${jurisdiction} ${asOf}`).toBe(expected);
        expect(answer.eligible, `${jurisdiction} ${asOf}`).toBe(expected !== null);
        // Settlement never falls back.
        const settlement = ask({ jurisdiction, asOf, kind: "settlement" });
        expect(settlement.policy?.id ?? null, `settlement ${jurisdiction} ${asOf}`).toBe(localInForce ? pack.id : null);
      }
    }
  });
});

describe("the library shows the rule the engine runs", () => {
  it("lists the decree's pathway exactly as answered", () => {
    const [entry] = nationalPolicyLibrary;
    const answer = ask({ jurisdiction: "qiannan", asOf: "2017-12-31" });
    expect(answer.policy).toEqual(NATIONAL_POLICY("qiannan"));
    const w = entry.pathways.find((p) => p.id === answer.pathways[0].id)!;
    expect(w).toBeDefined();
    expect([w.citation, w.summary, w.summaryEn]).toEqual([
      answer.pathways[0].citation,
      answer.pathways[0].summary,
      answer.pathways[0].summaryEn,
    ]);
    expect([entry.id, entry.title, entry.documentNumber, entry.effectiveFrom, entry.effectiveTo]).toEqual([
      answer.policy!.id,
      answer.policy!.title,
      answer.policy!.documentNumber,
      answer.policy!.effectiveFrom,
      answer.policy!.effectiveTo,
    ]);
    expect(nationalResidencePermit.pathways.map((p) => p.id)).toEqual(entry.pathways.map((p) => p.id));
  });
});
