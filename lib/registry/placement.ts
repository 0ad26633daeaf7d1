// Where a settlement (or a no-hukou registration) puts the household registration — the JSON kept in
// Application.placement. The applicant proposes it, the clerk confirms or changes it on the case
// screen, and approval acts on it:
//   { "type": "new_family" }                                   a new family household at Application.address
//   { "type": "existing", "householdNumber": "431002010001",
//     "relationToHead": "CHILD" }                              join a household (the head's consent: head_consent)
//   { "type": "collective", "householdType": "COLLECTIVE_UNIT" } the station's collective household of that type
// A case without a placement settles into a new family household.
import { z } from "zod";

export const COLLECTIVE_TYPES = ["COLLECTIVE_UNIT", "COLLECTIVE_COMMUNITY", "COLLECTIVE_SCHOOL", "COLLECTIVE_TALENT_MARKET"] as const;
export const JOIN_RELATIONS = ["SPOUSE", "CHILD", "PARENT", "GRANDPARENT", "GRANDCHILD", "OTHER"] as const;

export const placementSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("new_family") }),
  z.object({
    type: z.literal("existing"),
    householdNumber: z
      .string()
      .trim()
      .regex(/^\d{12}$/),
    relationToHead: z.enum(JOIN_RELATIONS),
  }),
  z.object({ type: z.literal("collective"), householdType: z.enum(COLLECTIVE_TYPES) }),
]);

export type Placement = z.infer<typeof placementSchema>;

export const DEFAULT_PLACEMENT: Placement = { type: "new_family" };

/** A resident who asks for a collective household is placed in the station's community one (社区集体户) unless the clerk chooses another. */
export const DEFAULT_COLLECTIVE = "COLLECTIVE_COMMUNITY" as const satisfies (typeof COLLECTIVE_TYPES)[number];

/**
 * The stored placement, or the default when none (or an unreadable one) is stored. Cases submitted before
 * the placement was stored in this shape kept the applicant's answer as `{ mode, householdNumber }`: those
 * are read as what the applicant asked for (the relation to the head, never asked then, as OTHER).
 */
export function readPlacement(value: unknown): Placement {
  const parsed = placementSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  if (value && typeof value === "object" && "mode" in value) {
    const legacy = value as { mode?: unknown; householdNumber?: unknown };
    if (legacy.mode === "collective") return { type: "collective", householdType: DEFAULT_COLLECTIVE };
    if (legacy.mode === "join" && typeof legacy.householdNumber === "string" && /^\d{12}$/.test(legacy.householdNumber.trim())) {
      return { type: "existing", householdNumber: legacy.householdNumber.trim(), relationToHead: "OTHER" };
    }
  }
  return DEFAULT_PLACEMENT;
}

export type Rel = "HEAD" | (typeof JOIN_RELATIONS)[number];

/**
 * A family member's relation to the head of the household they join, from their relation to the
 * applicant and the applicant's relation to the head. Only the unambiguous cases are derived; the rest
 * are OTHER, which the clerk can correct in the register.
 */
export function relationToHead(options: { applicant: Rel; member: Rel }): Rel {
  const { applicant, member } = options;
  if (applicant === "HEAD") return member;
  if (applicant === "SPOUSE" && member === "CHILD") return "CHILD";
  if (applicant === "CHILD" && member === "CHILD") return "GRANDCHILD";
  return "OTHER";
}
