// Fails when a pathway, a member rule or a threshold — discovered from the pack metadata, not from a
// hand-kept list — lacks an example that meets it and one that fails it. A clause without a test is a
// defect (HOUSE-STYLE rule 2); this keeps it from happening silently when a pack grows.
import { describe, expect, it } from "vitest";
import { leavesOf } from "./conditions";
import { addDays, dateKey } from "./dates";
import { eligibilityExamples, type EligibilityExample } from "./examples";
import { EXAMPLE_TODAY } from "./examples/check-example";
import { parseEligibilityRequest } from "./facts-schema";
import { nationalPolicies, policyPacks } from "./packs";
import type { EligibilityRequest, Leaf, MemberRule, MemberSubject, Pathway } from "./types";

interface Case {
  example: EligibilityExample;
  request: EligibilityRequest;
}

const cases: Case[] = eligibilityExamples.map((example) => {
  const parsed = parseEligibilityRequest({ body: example.request, today: EXAMPLE_TODAY });
  if (!parsed.ok) throw new Error(`${example.id} is not a valid request`);
  return { example, request: parsed.request };
});

// Local pathways and the national decree's (it answers where no local clause is in force, 0112).
const pathways: Pathway[] = [...policyPacks, ...nationalPolicies].flatMap((p) => [...p.pathways]);

function expectationsOf(c: Case, pathwayId: string) {
  return (c.example.expect.pathways ?? []).filter((p) => p.id === pathwayId);
}

function mentioning(pathwayId: string, met?: boolean): Case[] {
  return cases.filter((c) => expectationsOf(c, pathwayId).some((p) => met === undefined || p.met === met));
}

function memberSubjects(c: Case, rule: MemberRule) {
  return (c.example.expect.members ?? [])
    .filter((m) => c.request.members[m.index]?.relation === rule.relation)
    .map((m) => ({
      expected: m,
      subject: { member: c.request.members[m.index], asOf: c.request.asOf, asOfKey: dateKey(c.request.asOf) } as MemberSubject,
    }));
}

describe.each(pathways.map((p) => [p.id, p] as const))("coverage of %s", (_id, pathway) => {
  it("has an example that meets it and one that fails it", () => {
    expect(mentioning(pathway.id, true).map((c) => c.example.id)).not.toEqual([]);
    expect(mentioning(pathway.id, false).map((c) => c.example.id)).not.toEqual([]);
  });

  const thresholds = leavesOf(pathway.conditions).filter((l): l is Leaf<EligibilityRequest> & { boundary: object } => !!l.boundary);
  it.each(thresholds.map((l) => [l.fact, l] as const))("tests threshold %s at and one below", (_fact, leaf) => {
    const at = mentioning(pathway.id).filter((c) => leaf.boundary!.at(c.request));
    const below = mentioning(pathway.id).filter((c) => leaf.boundary!.below(c.request));
    expect(at.length, `${leaf.boundary!.describe}: no example at the threshold`).toBeGreaterThan(0);
    expect(below.length, `${leaf.boundary!.describe}: no example one below`).toBeGreaterThan(0);
    if (leaf.parameter) {
      // The threshold value itself must be shown to suffice, and one less must be reported unmet.
      expect(at.some((c) => expectationsOf(c, pathway.id).some((p) => p.met))).toBe(true);
      expect(below.some((c) => expectationsOf(c, pathway.id).some((p) => p.unmet?.some((u) => u.fact === leaf.fact)))).toBe(true);
    }
  });

  it.each(pathway.members.map((r) => [r.id, r] as const))("member rule %s has a passing and a failing example", (_rid, rule) => {
    const passing = cases.filter((c) => memberSubjects(c, rule).some((m) => m.expected.eligible && m.expected.pathwayId === pathway.id));
    const conditional = rule.conditions.length > 0 || rule.applicantConditions.length > 0;
    // A rule with conditions must be seen rejecting a member while its pathway is met; a rule without
    // conditions can only fail with its pathway, so any refusal next to it counts.
    const failing = cases.filter(
      (c) => expectationsOf(c, pathway.id).some((p) => !conditional || p.met) && memberSubjects(c, rule).some((m) => !m.expected.eligible),
    );
    expect(passing.length, "no passing example").toBeGreaterThan(0);
    expect(failing.length, "no failing example").toBeGreaterThan(0);
    for (const leaf of leavesOf(rule.conditions).filter((l) => l.boundary)) {
      const seen = (side: "at" | "below") =>
        mentioning(pathway.id, true).some((c) => memberSubjects(c, rule).some((m) => leaf.boundary![side](m.subject)));
      expect(seen("at"), `${rule.id}: ${leaf.boundary!.describe} (at)`).toBe(true);
      expect(seen("below"), `${rule.id}: ${leaf.boundary!.describe} (below)`).toBe(true);
    }
  });
});

describe("coverage of policy periods", () => {
  it.each(policyPacks.map((p) => [p.id, p] as const))("%s: first day and day before (and last day, day after)", (_id, pack) => {
    const dates = cases.filter((c) => c.request.jurisdiction === pack.jurisdiction).map((c) => c.request.asOf);
    expect(dates).toContain(pack.period.effectiveFrom);
    if (pack.period.effectiveTo) expect(dates).toContain(pack.period.effectiveTo);
  });

  // A pathway with its own period (济源 四(二十一) before and after the decree, the decree itself) must be
  // seen met on its first and last day, and not listed the day before and the day after.
  const dated = [
    ...policyPacks.flatMap((pack) =>
      pack.pathways.filter((w) => w.period !== pack.period).map((w) => [w.id, w, pack.jurisdiction] as const),
    ),
    ...nationalPolicies.flatMap((act) => act.pathways.map((w) => [w.id, w, null] as const)),
  ];
  it("finds the pathways with periods of their own", () => {
    expect(dated.map(([id]) => id)).toEqual([
      "jiyuan.residence-permit-before-decree",
      "jiyuan.residence-permit",
      "national.residence-permit",
    ]);
  });

  it.each(dated)("%s: met on its first and last day, not listed the day before and the day after", (id, w, jurisdiction) => {
    const about = cases.filter((c) => (jurisdiction === null || c.request.jurisdiction === jurisdiction) && c.request.kind === w.kind);
    const metOn = (asOf: string) => about.some((c) => c.request.asOf === asOf && expectationsOf(c, id).some((p) => p.met));
    const absentOn = (asOf: string) =>
      about.some(
        (c) =>
          c.request.asOf === asOf &&
          (c.example.expect.reason === "NO_POLICY_IN_FORCE" ||
            expectationsOf(c, id).some((p) => p.listed === false) ||
            (c.example.expect.pathways ?? []).some((p) => p.met && p.id !== id)),
      );
    const from = w.period.effectiveFrom;
    expect(metOn(from), `met on ${from}`).toBe(true);
    expect(absentOn(addDays({ date: from, days: -1 })), "not listed the day before").toBe(true);
    if (w.period.effectiveTo) {
      expect(metOn(w.period.effectiveTo), `met on ${w.period.effectiveTo}`).toBe(true);
      expect(absentOn(addDays({ date: w.period.effectiveTo, days: 1 })), "not listed the day after").toBe(true);
    }
  });
});
