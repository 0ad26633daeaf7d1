// Structured metadata for the public "policy library" page: every pack, pathway, condition, member
// rule and threshold with its citation and period — derived from the packs themselves, so the page
// can never describe rules other than the ones the engine runs. `policyLibrary` holds the local
// documents; `nationalPolicyLibrary` the national act the engine applies where none of them has a
// clause in force (《居住证暂行条例》 for residence permits).
import { describeConditions, leavesOf, type ConditionDescription } from "./conditions";
import { nationalPolicies, policyPacks } from "./packs";
import { valueEn, valueZh } from "./value-labels";
import {
  JURISDICTIONS,
  type Area,
  type Citation,
  type DocumentNature,
  type IsoDate,
  type JurisdictionCode,
  type Kind,
  type MemberRule,
  type PackNote,
  type Parameter,
  type Pathway,
  type Relation,
} from "./types";

export interface LibraryMemberRule {
  id: string;
  relation: Relation;
  relationZh: string;
  relationEn: string;
  /** One line: who may come along and on what terms, e.g. "子女：与申请人共同居住生活；未婚". */
  summaryZh: string;
  summaryEn: string;
  citation: Citation;
  conditions: ConditionDescription[];
  applicantConditions: ConditionDescription[];
}

export interface LibraryPathway {
  id: string;
  kind: Kind;
  areas: readonly Area[];
  citation: Citation;
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
  summary: string;
  summaryEn: string;
  quote: string;
  onlyWithoutHukou: boolean;
  conditions: ConditionDescription[];
  members: LibraryMemberRule[];
  parameters: Parameter[];
  decisions: readonly string[];
}

/** What the library shows of every document, local or national: its heading, period, pathways and notes. */
interface LibraryDocument {
  title: string;
  documentNumber: string | null;
  issuer: string;
  dated: IsoDate | null;
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
  periodNote: string;
  pathways: LibraryPathway[];
  notes: { code: string; citation: Citation | null; messageZh: string; messageEn: string }[];
}

export interface LibraryPolicy extends LibraryDocument {
  id: string;
  /** Adopted, or a draft for comment (黔南, 0123). */
  nature: DocumentNature;
  jurisdiction: JurisdictionCode;
  nameZh: string;
  nameEn: string;
}

/**
 * A national act the engine applies by itself where no local clause is in force (《居住证暂行条例》 for
 * residence permits, 0112). Listed apart from the local documents: it belongs to no one jurisdiction.
 */
export interface LibraryNationalPolicy extends LibraryDocument {
  id: string;
  scope: "national";
  kind: Kind;
  /** The jurisdictions it can answer for (all of them). */
  jurisdictions: readonly JurisdictionCode[];
  answersWhenZh: string;
  answersWhenEn: string;
}

function memberSummary(rule: MemberRule): { summaryZh: string; summaryEn: string } {
  const terms = [...rule.conditions, ...rule.applicantConditions];
  return {
    summaryZh: `${valueZh(rule.relation)}：${terms.length ? terms.map((c) => c.labelZh).join("；") : "无附加条件"}`,
    summaryEn: `${valueEn(rule.relation)}: ${terms.length ? terms.map((c) => c.labelEn).join("; ") : "no further conditions"}`,
  };
}

function describePathway(p: Pathway): LibraryPathway {
  return {
    id: p.id,
    kind: p.kind,
    areas: p.areas,
    citation: p.citation,
    effectiveFrom: p.period.effectiveFrom,
    effectiveTo: p.period.effectiveTo,
    summary: p.summary,
    summaryEn: p.summaryEn,
    quote: p.quote,
    onlyWithoutHukou: p.onlyWithoutHukou,
    conditions: describeConditions({ conditions: p.conditions }),
    members: p.members.map((m) => ({
      id: m.id,
      relation: m.relation,
      relationZh: valueZh(m.relation),
      relationEn: valueEn(m.relation),
      ...memberSummary(m),
      citation: m.citation,
      conditions: describeConditions({ conditions: m.conditions, prefix: "members[*]." }),
      applicantConditions: describeConditions({ conditions: m.applicantConditions }),
    })),
    parameters: [
      ...leavesOf(p.conditions).flatMap((l) => (l.parameter ? [l.parameter] : [])),
      ...p.members.flatMap((m) => leavesOf(m.conditions).flatMap((l) => (l.parameter ? [l.parameter] : []))),
    ],
    decisions: p.decisions,
  };
}

const describeNotes = (notes: readonly PackNote[]) =>
  notes.map(({ code, citation, messageZh, messageEn }) => ({ code, citation, messageZh, messageEn }));

export const policyLibrary: readonly LibraryPolicy[] = policyPacks.map((pack) => ({
  id: pack.id,
  nature: pack.nature,
  jurisdiction: pack.jurisdiction,
  nameZh: pack.jurisdictionNameZh,
  nameEn: pack.jurisdictionNameEn,
  title: pack.title,
  documentNumber: pack.documentNumber,
  issuer: pack.issuer,
  dated: pack.dated,
  effectiveFrom: pack.period.effectiveFrom,
  effectiveTo: pack.period.effectiveTo,
  periodNote: pack.periodNote,
  notes: describeNotes(pack.notes),
  pathways: pack.pathways.map(describePathway),
}));

export const nationalPolicyLibrary: readonly LibraryNationalPolicy[] = nationalPolicies.map((act) => ({
  id: act.id,
  scope: "national" as const,
  kind: act.kind,
  jurisdictions: JURISDICTIONS,
  title: act.title,
  documentNumber: act.documentNumber,
  issuer: act.issuer,
  dated: act.dated,
  effectiveFrom: act.period.effectiveFrom,
  effectiveTo: act.period.effectiveTo,
  periodNote: act.periodNote,
  answersWhenZh: act.answersWhenZh,
  answersWhenEn: act.answersWhenEn,
  notes: describeNotes(act.notes),
  pathways: act.pathways.map(describePathway),
}));

export function libraryPolicy(options: { id: string }): LibraryPolicy | undefined {
  return policyLibrary.find((p) => p.id === options.id);
}

export function libraryNationalPolicy(options: { id: string }): LibraryNationalPolicy | undefined {
  return nationalPolicyLibrary.find((p) => p.id === options.id);
}
