// What a refused applicant can do next, besides 行政复议 and 行政诉讼 (docs/decisions/0245). A refused
// settlement still leaves the residence permit (《居住证暂行条例》: half a year's residence and one of
// work, a home or study), which is how most people reach settlement later: the link starts a 居住证
// application for the same place, with the facts the applicant already gave. Someone who already holds
// a permit there is pointed to it instead; any other refusal to the self-check.
import type { ApplicationKind } from "@/lib/generated/prisma/enums";
import { decodeFactsParam, encodeFactsParam, type EligibilityRequest } from "@/lib/policy";

export type NextStep = { kind: "residence_permit"; href: string } | { kind: "permit_held"; href: string } | { kind: "check"; href: string };

export function refusalNextStep(options: {
  kind: ApplicationKind;
  /** The policy unit's code (jurisdiction=) and the chosen county/town's (unit=) of /apply/new. */
  policyCode: string | null;
  unitCode: string | null;
  facts: unknown;
  /** The applicant holds a valid or suspended permit of this jurisdiction. */
  holdsPermit: boolean;
  today: string;
}): NextStep {
  if (options.kind !== "SETTLEMENT" || !options.policyCode || !options.unitCode) return { kind: "check", href: "/check" };
  if (options.holdsPermit) return { kind: "permit_held", href: "/me" };
  const query = new URLSearchParams({ kind: "residence_permit", jurisdiction: options.policyCode, unit: options.unitCode });
  const facts = permitFacts(options.facts, options.today);
  if (facts) query.set("facts", facts);
  return { kind: "residence_permit", href: `/apply/new?${query}` };
}

/** The settlement's facts asked as a residence-permit question, only when they still validate. */
function permitFacts(facts: unknown, today: string): string | null {
  if (!facts || typeof facts !== "object" || Array.isArray(facts)) return null;
  const { members: _members, ...rest } = facts as Record<string, unknown>;
  const request = { ...rest, kind: "residence_permit", asOf: today } as unknown as EligibilityRequest;
  try {
    const param = encodeFactsParam(request);
    return decodeFactsParam({ param, today }).ok ? param : null;
  } catch {
    return null;
  }
}
