// Structured metadata for the public "policy library" page: every pack, pathway, condition, member
// rule and threshold with its citation and period — derived from the packs themselves, so the page
// can never describe rules other than the ones the engine runs.
import { describeConditions, leavesOf, type ConditionDescription } from "./conditions";
import { policyPacks } from "./packs";
import { valueEn, valueZh } from "./value-labels";
import type { Area, Citation, IsoDate, JurisdictionCode, Kind, MemberRule, Parameter, Relation } from "./types";

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

export interface LibraryPolicy {
  id: string;
  jurisdiction: JurisdictionCode;
  nameZh: string;
  nameEn: string;
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

function memberSummary(rule: MemberRule): { summaryZh: string; summaryEn: string } {
  const terms = [...rule.conditions, ...rule.applicantConditions];
  return {
    summaryZh: `${valueZh(rule.relation)}：${terms.length ? terms.map((c) => c.labelZh).join("；") : "无附加条件"}`,
    summaryEn: `${valueEn(rule.relation)}: ${terms.length ? terms.map((c) => c.labelEn).join("; ") : "no further conditions"}`,
  };
}

export const policyLibrary: readonly LibraryPolicy[] = policyPacks.map((pack) => ({
  id: pack.id,
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
  notes: pack.notes.map(({ code, citation, messageZh, messageEn }) => ({ code, citation, messageZh, messageEn })),
  pathways: pack.pathways.map((p) => ({
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
  })),
}));

export function libraryPolicy(options: { id: string }): LibraryPolicy | undefined {
  return policyLibrary.find((p) => p.id === options.id);
}
