// evaluateEligibility: validated facts in, the contract's answer out (ELIGIBILITY-V1). Pure: the date
// is the request's asOf. Per-pack lookups (pathways by kind and area, member rules by relation, period
// keys) are built once at module load so an evaluation only runs the rules and builds the answer.
// The local pack in force answers; for residence permits, where no local clause on them is in force,
// the national decree answers instead (0112-residence-permit-national-decree.md).
import { allMet, collectUnmet } from "./conditions";
import { dateKey } from "./dates";
import { NO_HUKOU_ASKS_TO_SETTLE, NO_PATHWAY_FOR_AREA } from "./notes";
import { standingOn, statusOf } from "./standing";
import { nationalPolicies, nationalPolicyInForce, policyPacks, policyInForce } from "./packs";
import {
  JURISDICTIONS,
  type AnswerNote,
  type EligibilityRequest,
  type EligibilityResponse,
  type JurisdictionCode,
  type Kind,
  type MemberResult,
  type MemberRule,
  type MemberSubject,
  type NationalPolicy,
  type PackNote,
  type Pathway,
  type PathwayResult,
  type PolicyPack,
  type PolicyRef,
  type Relation,
  type UnmetItem,
} from "./types";

interface CompiledPathway {
  pathway: Pathway;
  fromKey: number;
  toKey: number;
  rules: ReadonlyMap<Relation, MemberRule>;
}

/** A local pack or a national act, ready to answer. */
interface CompiledSource {
  byKindArea: ReadonlyMap<string, readonly CompiledPathway[]>;
  byKind: ReadonlyMap<Kind, readonly CompiledPathway[]>;
  notes: readonly PackNote[];
  /** The answer's `policy`: a local pack's own; a national act's, under the requested jurisdiction. */
  policyFor(jurisdiction: JurisdictionCode): PolicyRef;
}

function compilePathways(pathways: readonly Pathway[]): Pick<CompiledSource, "byKindArea" | "byKind"> {
  const byKindArea = new Map<string, CompiledPathway[]>();
  const byKind = new Map<Kind, CompiledPathway[]>();
  for (const pathway of pathways) {
    const compiled: CompiledPathway = {
      pathway,
      fromKey: dateKey(pathway.period.effectiveFrom),
      toKey: pathway.period.effectiveTo === null ? Infinity : dateKey(pathway.period.effectiveTo),
      rules: new Map(pathway.members.map((rule) => [rule.relation, rule])),
    };
    byKind.set(pathway.kind, [...(byKind.get(pathway.kind) ?? []), compiled]);
    for (const area of pathway.areas) {
      const key = `${pathway.kind}|${area}`;
      byKindArea.set(key, [...(byKindArea.get(key) ?? []), compiled]);
    }
  }
  return { byKindArea, byKind };
}

function policyRef(source: PolicyPack | NationalPolicy, jurisdiction: JurisdictionCode): PolicyRef {
  return Object.freeze({
    id: source.id,
    jurisdiction,
    title: source.title,
    documentNumber: source.documentNumber,
    effectiveFrom: source.period.effectiveFrom,
    effectiveTo: source.period.effectiveTo,
    status: statusOf(source),
  });
}

function compilePack(pack: PolicyPack): CompiledSource {
  const policy = policyRef(pack, pack.jurisdiction);
  return { ...compilePathways(pack.pathways), notes: pack.notes, policyFor: () => policy };
}

function compileNational(act: NationalPolicy): CompiledSource {
  const refs = new Map(JURISDICTIONS.map((j) => [j, policyRef(act, j)]));
  return { ...compilePathways(act.pathways), notes: act.notes, policyFor: (j) => refs.get(j)! };
}

const compiledPacks = new Map<PolicyPack, CompiledSource>(policyPacks.map((pack) => [pack, compilePack(pack)]));
const compiledNational = new Map<NationalPolicy, CompiledSource>(nationalPolicies.map((act) => [act, compileNational(act)]));

const inForce = (compiled: CompiledPathway, asOfKey: number) => asOfKey >= compiled.fromKey && asOfKey <= compiled.toKey;

/**
 * Who answers: the local pack in force, unless the request is of a kind a national act governs and the
 * pack has no clause of that kind in force on the date (or no pack is) — then the national act, if it
 * is in force. Null: nothing is in force (NO_POLICY_IN_FORCE).
 */
function sourceFor(request: EligibilityRequest, asOfKey: number): CompiledSource | null {
  const pack = policyInForce({ jurisdiction: request.jurisdiction, asOf: request.asOf });
  const local = pack === null ? null : compiledPacks.get(pack)!;
  if (local !== null && (local.byKind.get(request.kind) ?? []).some((c) => inForce(c, asOfKey))) return local;
  const national = nationalPolicyInForce({ kind: request.kind, asOf: request.asOf });
  return national === null ? local : compiledNational.get(national)!;
}

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

function evaluateMember(request: EligibilityRequest, index: number, met: readonly Ranked[], asOfKey: number): MemberResult {
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

/** A person with no hukou who asks to settle is pointed to no-hukou registration, whatever the document (0125). */
function noHukouNote(request: EligibilityRequest): AnswerNote[] {
  return request.kind === "settlement" && request.applicant.hukou === null ? [{ ...NO_HUKOU_ASKS_TO_SETTLE }] : [];
}

function notesFor(source: CompiledSource, request: EligibilityRequest, noPathway: boolean): AnswerNote[] {
  const notes: AnswerNote[] = noHukouNote(request);
  if (noPathway) notes.push({ ...NO_PATHWAY_FOR_AREA });
  for (const note of source.notes) {
    if (note.applies(request)) {
      notes.push({ code: note.code, citation: note.citation, messageZh: note.messageZh, messageEn: note.messageEn });
    }
  }
  return notes;
}

/** Answers one validated request: which pathways are met, best first, and who may come along. */
export function evaluateEligibility(request: EligibilityRequest): EligibilityResponse {
  const asOfKey = dateKey(request.asOf);
  const source = sourceFor(request, asOfKey);
  const base = { jurisdiction: request.jurisdiction, area: request.area, asOf: request.asOf };
  const standing = standingOn({ jurisdiction: request.jurisdiction, asOf: request.asOf });
  if (source === null) {
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
      notes: noHukouNote(request),
      standing,
    };
  }
  const hasHukou = request.applicant.hukou !== null;
  const met: Ranked[] = [];
  const unmetRanked: Ranked[] = [];
  for (const compiled of source.byKindArea.get(`${request.kind}|${request.area}`) ?? []) {
    if (!inForce(compiled, asOfKey)) continue;
    if (compiled.pathway.onlyWithoutHukou && hasHukou) continue;
    const ranked = evaluatePathway(compiled, request);
    (ranked.result.eligible ? met : unmetRanked).push(ranked);
  }
  unmetRanked.sort(byRank);
  const pathways = met.concat(unmetRanked).map((r) => r.result);
  return {
    eligible: met.length > 0,
    kind: request.kind,
    policy: source.policyFor(request.jurisdiction),
    pathways,
    members: request.members.map((_, index) => evaluateMember(request, index, met, asOfKey)),
    reason: null,
    ...base,
    notes: notesFor(source, request, pathways.length === 0),
    standing,
  };
}
