// evaluateEligibility: validated facts in, the contract's answer out (ELIGIBILITY-V1). Pure: the date
// is the request's asOf. Per-pack lookups (pathways by kind and area, member rules by relation, period
// keys) are built once at module load so an evaluation only runs the rules and builds the answer.
import { allMet, collectUnmet } from "./conditions";
import { dateKey } from "./dates";
import { NO_PATHWAY_FOR_AREA } from "./notes";
import { policyPacks, policyInForce } from "./packs";
import type {
  AnswerNote,
  EligibilityRequest,
  EligibilityResponse,
  MemberResult,
  MemberRule,
  MemberSubject,
  Pathway,
  PathwayResult,
  PolicyPack,
  PolicyRef,
  Relation,
  UnmetItem,
} from "./types";

interface CompiledPathway {
  pathway: Pathway;
  fromKey: number;
  toKey: number;
  rules: ReadonlyMap<Relation, MemberRule>;
}

interface CompiledPack {
  policy: PolicyRef;
  byKindArea: ReadonlyMap<string, readonly CompiledPathway[]>;
}

function compile(pack: PolicyPack): CompiledPack {
  const byKindArea = new Map<string, CompiledPathway[]>();
  for (const pathway of pack.pathways) {
    const compiled: CompiledPathway = {
      pathway,
      fromKey: dateKey(pathway.period.effectiveFrom),
      toKey: pathway.period.effectiveTo === null ? Infinity : dateKey(pathway.period.effectiveTo),
      rules: new Map(pathway.members.map((rule) => [rule.relation, rule])),
    };
    for (const area of pathway.areas) {
      const key = `${pathway.kind}|${area}`;
      byKindArea.set(key, [...(byKindArea.get(key) ?? []), compiled]);
    }
  }
  const policy: PolicyRef = Object.freeze({
    id: pack.id,
    jurisdiction: pack.jurisdiction,
    title: pack.title,
    documentNumber: pack.documentNumber,
    effectiveFrom: pack.period.effectiveFrom,
    effectiveTo: pack.period.effectiveTo,
  });
  return { policy, byKindArea };
}

const compiledPacks = new Map<PolicyPack, CompiledPack>(policyPacks.map((pack) => [pack, compile(pack)]));

interface Ranked {
  compiled: CompiledPathway;
  result: PathwayResult;
  distance: number;
}

function evaluatePathway(compiled: CompiledPathway, request: EligibilityRequest): Ranked {
  const { pathway } = compiled;
  const unmet: UnmetItem[] = [];
  const distance = collectUnmet(pathway.conditions, request, "", unmet);
  return {
    compiled,
    distance,
    result: {
      id: pathway.id,
      eligible: unmet.length === 0,
      citation: pathway.citation,
      summary: pathway.summary,
      unmet,
      summaryEn: pathway.summaryEn,
    },
  };
}

// Best first: met pathways, then the fewest facts still to change; ties keep the document's order.
function byRank(a: Ranked, b: Ranked): number {
  return a.distance - b.distance;
}

function relationNotAdmitted(index: number, relation: Relation, met: readonly Ranked[]): UnmetItem {
  const allowed = [...new Set(met.flatMap((r) => [...r.compiled.rules.keys()]))];
  return {
    fact: `members[${index}].relation`,
    need: allowed.length > 0 ? `one of ${allowed.join(", ")}` : "none (the met pathways admit no family)",
    got: relation,
    messageZh: "申请人所符合的落户途径不允许该亲属随迁，该亲属需本人另行申请",
    messageEn: "The pathways the applicant meets do not let this relative come along; they must apply in their own right",
  };
}

function evaluateMember(
  request: EligibilityRequest,
  index: number,
  met: readonly Ranked[],
  asOfKey: number,
): MemberResult {
  const member = request.members[index];
  const subject: MemberSubject = { member, asOf: request.asOf, asOfKey };
  let firstRule: MemberRule | undefined;
  for (const ranked of met) {
    const rule = ranked.compiled.rules.get(member.relation);
    if (rule === undefined) continue;
    firstRule ??= rule;
    if (allMet(rule.applicantConditions, request) && allMet(rule.conditions, subject)) {
      const { pathway } = ranked.compiled;
      return { index, relation: member.relation, eligible: true, citation: pathway.citation, pathwayId: pathway.id, unmet: [] };
    }
  }
  const unmet: UnmetItem[] = [];
  if (firstRule !== undefined) {
    collectUnmet(firstRule.applicantConditions, request, "", unmet);
    collectUnmet(firstRule.conditions, subject, `members[${index}].`, unmet);
  } else if (met.length > 0) {
    unmet.push(relationNotAdmitted(index, member.relation, met));
  }
  return { index, relation: member.relation, eligible: false, citation: null, pathwayId: null, unmet };
}

function notesFor(pack: PolicyPack, request: EligibilityRequest, noPathway: boolean): AnswerNote[] {
  const notes: AnswerNote[] = [];
  if (noPathway) notes.push({ ...NO_PATHWAY_FOR_AREA });
  for (const note of pack.notes) {
    if (note.applies(request)) {
      notes.push({ code: note.code, citation: note.citation, messageZh: note.messageZh, messageEn: note.messageEn });
    }
  }
  return notes;
}

/** Answers one validated request: which pathways are met, best first, and who may come along. */
export function evaluateEligibility(request: EligibilityRequest): EligibilityResponse {
  const pack = policyInForce({ jurisdiction: request.jurisdiction, asOf: request.asOf });
  const base = { jurisdiction: request.jurisdiction, area: request.area, asOf: request.asOf };
  if (pack === null) {
    return {
      eligible: false,
      kind: request.kind,
      policy: null,
      pathways: [],
      members: request.members.map((m, index) => ({
        index,
        relation: m.relation,
        eligible: false,
        citation: null,
        pathwayId: null,
        unmet: [],
      })),
      reason: "NO_POLICY_IN_FORCE",
      ...base,
      notes: [],
    };
  }
  const compiledPack = compiledPacks.get(pack)!;
  const asOfKey = dateKey(request.asOf);
  const hasHukou = request.applicant.hukou !== null;
  const met: Ranked[] = [];
  const unmetRanked: Ranked[] = [];
  for (const compiled of compiledPack.byKindArea.get(`${request.kind}|${request.area}`) ?? []) {
    if (asOfKey < compiled.fromKey || asOfKey > compiled.toKey) continue;
    if (compiled.pathway.onlyWithoutHukou && hasHukou) continue;
    const ranked = evaluatePathway(compiled, request);
    (ranked.result.eligible ? met : unmetRanked).push(ranked);
  }
  unmetRanked.sort(byRank);
  const pathways = met.concat(unmetRanked).map((r) => r.result);
  return {
    eligible: met.length > 0,
    kind: request.kind,
    policy: compiledPack.policy,
    pathways,
    members: request.members.map((_, index) => evaluateMember(request, index, met, asOfKey)),
    reason: null,
    ...base,
    notes: notesFor(pack, request, pathways.length === 0),
  };
}
