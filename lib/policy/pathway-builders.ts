// The builders a pack declares its pathways, parameters and citations with: frozen values, a member rule's
// id derived from its pathway. The shared terms they are built from are in ./definitions.ts.
import type { Area, Citation, Condition, EffectivePeriod, EligibilityRequest, Kind, MemberRule, Parameter, Pathway } from "./types";

type R = EligibilityRequest;

export function parameter(spec: Omit<Parameter, "unit">): Parameter {
  return Object.freeze({ ...spec, unit: "months" as const });
}

export interface PathwaySpec {
  id: string;
  kind?: Kind;
  areas: readonly Area[];
  citation: Citation;
  period: EffectivePeriod;
  summary: string;
  summaryEn: string;
  quote: string;
  onlyWithoutHukou?: boolean;
  conditions: readonly Condition<R>[];
  /** Member rules without ids; the id `<pathway>#<relation>` is assigned here. */
  members?: readonly Omit<MemberRule, "id">[];
  decisions?: readonly string[];
}

export function pathway(spec: PathwaySpec): Pathway {
  return Object.freeze({
    id: spec.id,
    kind: spec.kind ?? "settlement",
    areas: spec.areas,
    citation: Object.freeze({ ...spec.citation }),
    period: spec.period,
    summary: spec.summary,
    summaryEn: spec.summaryEn,
    quote: spec.quote,
    onlyWithoutHukou: spec.onlyWithoutHukou ?? false,
    conditions: spec.conditions,
    members: (spec.members ?? []).map((m) => Object.freeze({ ...m, id: `${spec.id}#${m.relation}` })),
    decisions: spec.decisions ?? [],
  });
}

export function cite(document: string, clause: string): Citation {
  return Object.freeze({ document, clause });
}
