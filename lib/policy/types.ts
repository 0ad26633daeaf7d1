// Domain types of the policy engine. The request type itself is inferred from the one zod
// schema (facts-schema.ts) so the API, the CLI and the forms cannot drift apart.
import type { EligibilityRequest, RequestMember } from "./facts-schema";

export type { EligibilityRequest, RequestMember };
export * from "./vocabulary";
import type { Area, IsoDate, JurisdictionCode, Kind, Relation } from "./vocabulary";

/** Where a rule comes from: the document number (or the title where it has none) and the clause as printed. */
export interface Citation {
  readonly document: string;
  readonly clause: string;
}

/** Both ends inclusive; `effectiveTo: null` means open-ended. */
export interface EffectivePeriod {
  readonly effectiveFrom: IsoDate;
  readonly effectiveTo: IsoDate | null;
}

/** A number the law fixes (a threshold), tied to its source and period like every rule. */
export interface Parameter {
  readonly id: string;
  readonly value: number;
  readonly unit: "months";
  readonly citation: Citation;
  readonly period: EffectivePeriod;
  /** The words of the original the number was read from. */
  readonly quote: string;
}

/** One unmet fact: what the request said and what the rule needs. `anyOf`/`option` mark alternatives. */
export interface UnmetItem {
  fact: string;
  need: string;
  got: unknown;
  messageZh: string;
  messageEn: string;
  anyOf?: string;
  option?: string;
}

/**
 * A boundary a threshold test must exercise: `at` = exactly on the threshold, `below` = one step short.
 * Declared by the leaf so the coverage test can discover every threshold without a hand-kept list.
 */
export interface Boundary<S> {
  readonly describe: string;
  at(subject: S): boolean;
  below(subject: S): boolean;
}

/** A single test of one fact. `S` is the subject: the request, or one member with the date. */
export interface Leaf<S> {
  readonly type: "leaf";
  readonly fact: string;
  readonly need: string;
  readonly labelZh: string;
  readonly labelEn: string;
  readonly parameter?: Parameter;
  readonly boundary?: Boundary<S>;
  /**
   * The need as an answer states it, where it depends on the request (the national decree's "hukou
   * elsewhere" reads `!= <the requested jurisdiction>`); `need` is then the general form the library shows.
   */
  needFor?(subject: S): string;
  /** The fact as an answer reports it, where it depends on the request (cityMonths or, absent, months). */
  factFor?(subject: S): string;
  test(subject: S): boolean;
  got(subject: S): unknown;
  explain(got: unknown): { zh: string; en: string };
}

/** Alternatives: met when every leaf of at least one option is met. */
export interface AnyOf<S> {
  readonly type: "anyOf";
  readonly id: string;
  readonly labelZh: string;
  readonly labelEn: string;
  readonly options: readonly { readonly label: string; readonly all: readonly Leaf<S>[] }[];
}

export type Condition<S> = Leaf<S> | AnyOf<S>;

/** What a member rule looks at: one requested member and the application date. */
export interface MemberSubject {
  readonly member: RequestMember;
  readonly asOf: IsoDate;
  /** asOf as a yyyymmdd number. */
  readonly asOfKey: number;
}

/** Who may come along under a pathway: one relation, its conditions and its source. */
export interface MemberRule {
  readonly id: string;
  readonly relation: Relation;
  readonly citation: Citation;
  readonly conditions: readonly Condition<MemberSubject>[];
  /** Conditions on the applicant that only matter for family (e.g. 济源 二(四): a fixed residence in 市区). */
  readonly applicantConditions: readonly Condition<EligibilityRequest>[];
}

export interface Pathway {
  readonly id: string;
  readonly kind: Kind;
  readonly areas: readonly Area[];
  readonly citation: Citation;
  readonly period: EffectivePeriod;
  /** One line a person understands (Chinese, the first language of the UI). */
  readonly summary: string;
  readonly summaryEn: string;
  /** The words of the original this pathway implements. */
  readonly quote: string;
  /**
   * Registration of a person with no hukou at all (无户口人员登记) is not a migration: it applies only to
   * people without a hukou and then has no conditions (docs/decisions/0104-no-hukou-and-newborns.md).
   */
  readonly onlyWithoutHukou: boolean;
  readonly conditions: readonly Condition<EligibilityRequest>[];
  readonly members: readonly MemberRule[];
  /** Decision records that explain a reading of this clause. */
  readonly decisions: readonly string[];
}

/** A remark shown with an answer, e.g. that settling never requires giving up land rights. */
export interface PackNote {
  readonly code: string;
  readonly citation: Citation | null;
  readonly messageZh: string;
  readonly messageEn: string;
  applies(request: EligibilityRequest): boolean;
}

/** Whether a document was adopted, or is only a draft circulated for comment (黔南). */
export type DocumentNature = "adopted" | "draft_for_comment";

/** A rule the engine does not encode but that still governs, named so an answer can point to it. */
export interface UnmodelledRule {
  readonly document: string;
  readonly messageZh: string;
  readonly messageEn: string;
}

/** What every encoded document carries: its identity, its period and its rules. */
export interface PolicyDocument {
  readonly id: string;
  readonly nature: DocumentNature;
  readonly title: string;
  readonly documentNumber: string | null;
  readonly issuer: string;
  readonly dated: IsoDate | null;
  readonly period: EffectivePeriod;
  /** Why the period is what it is (e.g. "trial, valid three years from issue"). */
  readonly periodNote: string;
  readonly pathways: readonly Pathway[];
  readonly notes: readonly PackNote[];
}

/** A jurisdiction's own reform document. */
export interface PolicyPack extends PolicyDocument {
  readonly jurisdiction: JurisdictionCode;
  readonly jurisdictionNameZh: string;
  readonly jurisdictionNameEn: string;
  /**
   * The source file the document's text was taken from. The text itself, with clause anchors, is
   * docs/law/<id>.md, whose header names this file; lib/policy/law-texts.test.ts finds every quote there.
   */
  readonly seedFile: string;
  /** Local rules the document relies on that are not encoded here (韶关: 《韶关市户籍管理规定》). */
  readonly unmodelled?: readonly UnmodelledRule[];
}

/**
 * A national act that answers one kind of request in every jurisdiction on the dates when no local
 * clause on that kind is in force (《居住证暂行条例》 for residence permits; 0112-residence-permit-national-decree.md).
 * Its pathways are written for any jurisdiction: they read the requested jurisdiction from the request.
 */
export interface NationalPolicy extends PolicyDocument {
  readonly kind: Kind;
  /** When it answers instead of a local pack, in one line each. */
  readonly answersWhenZh: string;
  readonly answersWhenEn: string;
}

// ---- response (contract ELIGIBILITY-V1; fields beyond the contract are additions) ----

/** The standing of the document an answer rests on (0123-policy-standing.md). */
export type PolicyStatus = "in_force" | "draft_for_comment" | "expired";

export interface PolicyRef {
  readonly id: string;
  readonly jurisdiction: JurisdictionCode;
  readonly title: string;
  readonly documentNumber: string | null;
  readonly effectiveFrom: IsoDate;
  readonly effectiveTo: IsoDate | null;
  /** Addition to ELIGIBILITY-V1. */
  readonly status: PolicyStatus;
}

/**
 * The jurisdiction's own document on the date asked about — in force, a draft, expired or not yet in
 * force — with what still applies and whom to ask. Present on every answer, NO_POLICY_IN_FORCE
 * included, where `policy` is null (addition to ELIGIBILITY-V1; 0123-policy-standing.md).
 */
export interface Standing {
  status: PolicyStatus | "not_yet_in_force";
  document: Omit<PolicyRef, "status"> | null;
  messageZh: string;
  messageEn: string;
  stillApplies: { document: string; clause: string | null; messageZh: string; messageEn: string }[];
  notModelled: UnmodelledRule[];
}

export interface PathwayResult {
  id: string;
  eligible: boolean;
  citation: Citation;
  summary: string;
  unmet: UnmetItem[];
  summaryEn: string;
}

export interface MemberResult {
  index: number;
  relation: Relation;
  eligible: boolean;
  citation: Citation | null;
  pathwayId: string | null;
  unmet: UnmetItem[];
}

export interface AnswerNote {
  code: string;
  citation: Citation | null;
  messageZh: string;
  messageEn: string;
}

export interface EligibilityResponse {
  eligible: boolean;
  kind: Kind;
  policy: PolicyRef | null;
  pathways: PathwayResult[];
  members: MemberResult[];
  reason: "NO_POLICY_IN_FORCE" | null;
  jurisdiction: JurisdictionCode;
  area: Area;
  asOf: IsoDate;
  notes: AnswerNote[];
  standing: Standing;
}
