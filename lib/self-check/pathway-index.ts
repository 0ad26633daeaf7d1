// Where each encoded pathway is described: its library entry and the page anchor of its clause.
import { nationalPolicyLibrary, policyLibrary, type LibraryPathway } from "@/lib/policy";

interface Entry {
  pathway: LibraryPathway;
  href: string;
}

const INDEX = new Map<string, Entry>();
for (const policy of policyLibrary) {
  for (const pathway of policy.pathways) INDEX.set(pathway.id, { pathway, href: `/policies/${policy.jurisdiction}#${pathway.id}` });
}
for (const act of nationalPolicyLibrary) {
  for (const pathway of act.pathways) INDEX.set(pathway.id, { pathway, href: `/policies/national#${pathway.id}` });
}

export function clauseHref(pathwayId: string): string | null {
  return INDEX.get(pathwayId)?.href ?? null;
}

type Described = { fact?: string; anyOf?: { all: Described[] }[] };

function collect(conditions: readonly Described[], out: Set<string>) {
  for (const c of conditions) {
    if (c.fact) out.add(c.fact.replace(/^members\[\*\]\./, "member."));
    for (const option of c.anyOf ?? []) collect(option.all, out);
  }
}

/**
 * The facts the given pathways read — the questions worth asking. `member.*` facts are those of
 * family members; `hasMembers` says whether any pathway lets family come along at all.
 */
export function factsRead(pathwayIds: readonly string[]): { facts: Set<string>; hasMembers: boolean } {
  const facts = new Set<string>();
  let hasMembers = false;
  for (const id of pathwayIds) {
    const entry = INDEX.get(id);
    if (!entry) continue;
    collect(entry.pathway.conditions, facts);
    for (const rule of entry.pathway.members) {
      hasMembers = true;
      collect(rule.conditions, facts);
      collect(rule.applicantConditions, facts);
    }
  }
  return { facts, hasMembers };
}

/** Every pathway id of a jurisdiction's documents (and the national acts), of one kind when given, for when a request cannot be answered yet. */
export function allPathwayIds(jurisdiction: string | undefined, kind?: LibraryPathway["kind"]): string[] {
  const ofKind = (pw: LibraryPathway) => !kind || pw.kind === kind;
  const local = policyLibrary.filter((p) => p.jurisdiction === jurisdiction).flatMap((p) => p.pathways.filter(ofKind).map((pw) => pw.id));
  return [...local, ...nationalPolicyLibrary.flatMap((a) => a.pathways.filter(ofKind).map((pw) => pw.id))];
}
