// What the applicant asked for, as a placement (lib/registry/placement.ts: the placement itself, which the
// register acts on, and the relation to the head), and whether joining a household needs its head's consent.
import { DEFAULT_COLLECTIVE, DEFAULT_PLACEMENT, placementSchema, type Placement } from "@/lib/registry/placement";

export * from "@/lib/registry/placement";

/**
 * What the applicant asked for in the task list (home section of a settlement, person section of a
 * no-hukou registration), as the placement the clerk is shown pre-selected and approval acts on.
 * `join` needs the household number and the applicant's relation to its head; anything incomplete is
 * the default (the section's own validation refuses it before submission).
 */
export function placementFromAnswers(values: { placement?: string; placementHousehold?: string; placementRelation?: string }): Placement {
  if (values.placement === "collective") return { type: "collective", householdType: DEFAULT_COLLECTIVE };
  if (values.placement === "join") {
    const parsed = placementSchema.safeParse({
      type: "existing",
      householdNumber: (values.placementHousehold ?? "").trim(),
      relationToHead: values.placementRelation,
    });
    if (parsed.success) return parsed.data;
  }
  return DEFAULT_PLACEMENT;
}

/** The placement the applicant asked for in a draft's answers; null for the kinds that place nobody by choice. */
export function requestedPlacement(
  kind: string,
  formData: { home?: Record<string, string>; person?: Record<string, string> },
): Placement | null {
  if (kind === "SETTLEMENT") return placementFromAnswers(formData.home ?? {});
  if (kind === "NO_HUKOU_REGISTRATION") return placementFromAnswers(formData.person ?? {});
  return null;
}

/**
 * Joining a household needs its head's written consent (head_consent) — unless the applicant is that head
 * (a parent registering their own child without hukou): nobody is asked for their own consent.
 */
export function needsHeadConsent(placement: Placement | null, applicantHeadOf: readonly string[]): boolean {
  return placement?.type === "existing" && !applicantHeadOf.includes(placement.householdNumber);
}
