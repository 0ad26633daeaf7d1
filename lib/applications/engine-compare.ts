// The engine's answer at submission beside its answer today: the same facts, asked again with today's
// date, so the clerk sees whether the policy (or its version), the date-dependent facts (ages, months)
// or the outcome changed since the applicant submitted.
import { answerEligibility, type EligibilityResponse } from "@/lib/policy";

export type AnswerChange =
  | { kind: "policy"; before: string | null; after: string | null }
  | { kind: "asOf"; before: string; after: string }
  | { kind: "eligible"; before: boolean; after: boolean }
  | { kind: "pathway"; id: string; before: boolean | null; after: boolean | null }
  | { kind: "member"; index: number; before: boolean | null; after: boolean | null };

export interface EngineComparison {
  atSubmission: EligibilityResponse | null;
  today: EligibilityResponse | null;
  changes: AnswerChange[];
}

const policyLabel = (r: EligibilityResponse | null) =>
  r?.policy ? `${r.policy.id}${r.policy.documentNumber ? ` (${r.policy.documentNumber})` : ""}` : null;

/** Today's answer to the stored facts (null when they are not an eligibility request, e.g. a newborn). */
export function answerToday(options: { facts: unknown; today: string }): EligibilityResponse | null {
  if (!options.facts || typeof options.facts !== "object") return null;
  const body = { ...(options.facts as Record<string, unknown>), asOf: options.today };
  const answer = answerEligibility({ body, today: options.today });
  return answer.status === 200 ? answer.json : null;
}

export function compareAnswers(options: { snapshot: unknown; facts: unknown; today: string }): EngineComparison {
  const atSubmission =
    options.snapshot && typeof options.snapshot === "object" && "pathways" in options.snapshot
      ? (options.snapshot as EligibilityResponse)
      : null;
  const today = answerToday(options);
  const changes: AnswerChange[] = [];
  if (!atSubmission || !today) return { atSubmission, today, changes };
  if (policyLabel(atSubmission) !== policyLabel(today))
    changes.push({ kind: "policy", before: policyLabel(atSubmission), after: policyLabel(today) });
  if (atSubmission.asOf !== today.asOf) changes.push({ kind: "asOf", before: atSubmission.asOf, after: today.asOf });
  if (atSubmission.eligible !== today.eligible) changes.push({ kind: "eligible", before: atSubmission.eligible, after: today.eligible });
  const ids = new Set([...atSubmission.pathways.map((p) => p.id), ...today.pathways.map((p) => p.id)]);
  for (const id of ids) {
    const before = atSubmission.pathways.find((p) => p.id === id)?.eligible ?? null;
    const after = today.pathways.find((p) => p.id === id)?.eligible ?? null;
    if (before !== after) changes.push({ kind: "pathway", id, before, after });
  }
  const count = Math.max(atSubmission.members.length, today.members.length);
  for (let index = 0; index < count; index++) {
    const before = atSubmission.members[index]?.eligible ?? null;
    const after = today.members[index]?.eligible ?? null;
    if (before !== after) changes.push({ kind: "member", index, before, after });
  }
  return { atSubmission, today, changes };
}

/** Pathways the engine found met at submission or today: the clauses an approval may rest on. */
export function metPathways(comparison: EngineComparison) {
  const met = new Map<string, { id: string; clause: string; summary: string; summaryEn: string }>();
  for (const answer of [comparison.atSubmission, comparison.today]) {
    for (const p of answer?.pathways ?? []) {
      if (p.eligible && !met.has(p.id))
        met.set(p.id, { id: p.id, clause: `${p.citation.document} ${p.citation.clause}`, summary: p.summary, summaryEn: p.summaryEn });
    }
  }
  return [...met.values()];
}

/** Members the engine allowed at submission or today (by position). */
export function allowedMembers(comparison: EngineComparison): Set<number> {
  const allowed = new Set<number>();
  for (const answer of [comparison.atSubmission, comparison.today]) {
    for (const m of answer?.members ?? []) if (m.eligible) allowed.add(m.index);
  }
  return allowed;
}
