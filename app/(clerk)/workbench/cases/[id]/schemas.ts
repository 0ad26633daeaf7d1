// The case screen's form schemas, beside their actions (README house rule 9). Required fields and their catalogue
// messages live here, once: an issue's message is the catalogue key the form shows beside its field.
import { z } from "zod";
import { COLLECTIVE_TYPES, JOIN_RELATIONS, type Placement } from "@/lib/applications/placement";
import type { MessageKey } from "@/lib/i18n";
import type { Actor } from "@/lib/auth/permissions";
import { UUID_SOURCE } from "@/lib/security/uuid";

const MEMBER_NOTE = new RegExp(`^memberNote_(${UUID_SOURCE})$`, "i");

export const caseRef = z.object({ applicationId: z.uuid(), version: z.coerce.number().int().min(1) });

/** A posted text field, trimmed and cut to its longest. */
const text = (max: number) =>
  z.unknown().transform((v) =>
    String(v ?? "")
      .trim()
      .slice(0, max),
  );
const lines = z.unknown().transform((v) =>
  typeof v === "string"
    ? v
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)
    : [],
);

type Ctx = z.RefinementCtx;
const problem = (ctx: Ctx, field: string, message: MessageKey) => ctx.addIssue({ code: "custom", path: [field], message });

export const reviewSchema = caseRef.extend({
  documentId: z.uuid(),
  review: z.enum(["ACCEPTED", "PROBLEM"]),
  expected: z.enum(["PENDING", "ACCEPTED", "PROBLEM"]),
  note: z.string().max(500).optional(),
});

/** The checklist items ticked (with each one's note) and one free-text item per line of "other". */
export function requestItems(formData: FormData) {
  const picked = formData.getAll("items").filter((v): v is string => typeof v === "string" && /^[a-z_]{2,40}$/.test(v));
  const other = lines.parse(formData.get("other"));
  const items = [
    ...picked.map(
      (item) => ({ item, note: String(formData.get(`note_${item}`) ?? "").slice(0, 500) }) as { item: string | null; note: string },
    ),
    ...other.map((note) => ({ item: null, note: note.slice(0, 500) })),
  ];
  return { items, message: String(formData.get("message") ?? "").slice(0, 2000) };
}

export const requestSchema = z.object({
  items: z.array(z.object({ item: z.string().nullable(), note: z.string() })).min(1, "workbench.pickItems" satisfies MessageKey),
  message: z.string(),
});

export const refuseSchema = z.object({ reason: text(2000), clause: text(300) }).superRefine((f, ctx) => {
  if (!f.reason) problem(ctx, "refuse-reason", "workbench.refuseErrors.reason");
  if (!f.clause) problem(ctx, "refuse-clause", "workbench.refuseErrors.clause");
});

export const APPROVAL_FIELDS = [
  "against",
  "needsPathway",
  "pathwayId",
  "reason",
  "clause",
  "placementType",
  "householdNumber",
  "relationToHead",
  "collectiveType",
];

/** The approval form: against the engine a reason and clause are required; a placement, when chosen, complete. */
export const approveSchema = z
  .object({
    against: z.unknown().transform((v) => v === "on"),
    needsPathway: z.unknown().transform((v) => v === "1"),
    pathwayId: z.unknown().transform((v) => String(v ?? "") || null),
    reason: text(2000),
    clause: text(300),
    placementType: z.unknown(),
    householdNumber: text(Infinity),
    relationToHead: z.unknown(),
    collectiveType: z.unknown(),
  })
  .transform((f, ctx) => {
    const pathwayId = f.against ? null : f.pathwayId;
    if (f.against && !f.reason) problem(ctx, "reason", "workbench.approveErrors.reason");
    if (f.against && !f.clause) problem(ctx, "clause", "workbench.approveErrors.clause");
    if (!f.against && f.needsPathway && !pathwayId) problem(ctx, "pathwayId", "workbench.approveErrors.pathway");
    let placement: Placement | null = null;
    if (f.placementType === "existing") {
      const relation = z.enum(JOIN_RELATIONS).safeParse(f.relationToHead);
      if (!/^\d{12}$/.test(f.householdNumber)) problem(ctx, "householdNumber", "workbench.placementHousehold");
      if (!relation.success) problem(ctx, "relationToHead", "workbench.approveErrors.relationToHead");
      else placement = { type: "existing", householdNumber: f.householdNumber, relationToHead: relation.data };
    } else if (f.placementType === "collective") {
      const type = z.enum(COLLECTIVE_TYPES).safeParse(f.collectiveType);
      if (!type.success) problem(ctx, "collectiveType", "workbench.approveErrors.collectiveType");
      else placement = { type: "collective", householdType: type.data };
    } else if (f.placementType === "new_family") {
      placement = { type: "new_family" };
    }
    return { pathwayId, reason: f.reason || null, clause: f.clause || null, placement };
  });

/** The members ticked for approval and the note written beside any of them. */
export function approvedMembers(formData: FormData) {
  const approvedMemberIds = formData.getAll("members").filter((v): v is string => typeof v === "string" && z.uuid().safeParse(v).success);
  const memberNotes: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    const m = MEMBER_NOTE.exec(key);
    if (m && typeof value === "string" && value.trim()) memberNotes[m[1]] = value.trim().slice(0, 500);
  }
  return { approvedMemberIds, memberNotes };
}

// The redirect actions' fixed parts (./steps.ts onCase): name, done code, permission, schema.
export const HAND_BACK = {
  context: "handBackAction",
  done: "handedBack",
  permission: "take:application:station",
  schema: caseRef,
} as const;
export const VERIFY = {
  context: "verifyIdentityAction",
  done: "verified",
  permission: "update:registry:station",
  schema: caseRef,
} as const;
export const REVIEW = {
  context: "reviewDocumentAction",
  done: "reviewed",
  permission: "decide:application:station",
  schema: reviewSchema,
} as const;
export const REASSIGN = {
  context: "reassignAction",
  done: "reassigned",
  // A supervisor reassigns within the jurisdiction, a station's lead within the station.
  permission: (a: Actor) => (a.role === "SUPERVISOR" ? "reassign:application:jurisdiction" : "reassign:application:station"),
  schema: caseRef.extend({ assigneeId: z.uuid() }),
} as const;
