"use server";
// The case screen's actions. Order (README house rule 4): session → zod parse → permission → domain call (its
// audit row in the same transaction) → revalidate/redirect. Domain refusals (STALE, INVALID_STATE…)
// redirect to the case with a code, so the clerk sees the message and the case as it stands now.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { can, type Actor, type Permission } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { getT } from "@/lib/i18n/server";
import { DomainError } from "@/lib/errors";
import { handBack } from "@/lib/applications/hand-back";
import { reassignCase } from "@/lib/applications/reassign";
import { requestMaterials } from "@/lib/applications/request-materials";
import { approveApplication } from "@/lib/applications/approve-application";
import { refuseApplication } from "@/lib/applications/refuse-application";
import { reviewDocument } from "@/lib/applications/review-document";
import { revealCitizenId, verifyIdentity } from "@/lib/registry/reveal-person";
import { COLLECTIVE_TYPES, JOIN_RELATIONS, type Placement } from "@/lib/applications/placement";
import { postedValues, type DecisionFormState, type FieldError, type RevealState } from "@/components/casework/form-state";
import { errorQuery } from "../../outcome";
import { approvalFieldErrors } from "./approval-errors";
import { UUID_SOURCE } from "@/lib/security/uuid";
const MEMBER_NOTE = new RegExp(`^memberNote_(${UUID_SOURCE})$`, "i");

const base = z.object({ applicationId: z.uuid(), version: z.coerce.number().int().min(1) });
const casePath = (id: string) => `/workbench/cases/${id}`;

async function session(formData: FormData, permission: Permission): Promise<{ actor: Actor; id: string; version: number }> {
  const actor = await getActor();
  const raw = { applicationId: formData.get("applicationId"), version: formData.get("version") ?? "1" };
  const parsed = base.safeParse(raw);
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(parsed.success ? casePath(parsed.data.applicationId) : "/workbench")}`);
  if (!parsed.success) redirect("/workbench?error=VALIDATION");
  if (!can(actor, permission)) redirect(`${casePath(parsed.data.applicationId)}?error=FORBIDDEN`);
  return { actor, id: parsed.data.applicationId, version: parsed.data.version };
}

async function run(id: string, context: string, done: string, work: () => Promise<unknown>): Promise<never> {
  let outcome: string;
  try {
    await work();
    outcome = `done=${done}&case=${id}`;
  } catch (error) {
    outcome = errorQuery(error, context);
  }
  revalidatePath("/workbench");
  revalidatePath(casePath(id));
  // A hand back or reassignment leaves the case with someone else: back to the queue.
  redirect(done === "handedBack" && outcome.startsWith("done") ? `/workbench?${outcome}` : `${casePath(id)}?${outcome}`);
}

export async function handBackAction(formData: FormData): Promise<void> {
  const { actor, id, version } = await session(formData, "take:application:station");
  await run(id, "handBackAction", "handedBack", () => handBack({ db: getDb(), actor, applicationId: id, expectedVersion: version }));
}

export async function reassignAction(formData: FormData): Promise<void> {
  const actor = await getActor();
  const perm: Permission = actor?.role === "SUPERVISOR" ? "reassign:application:jurisdiction" : "reassign:application:station";
  const s = await session(formData, perm);
  const assignee = z.uuid().safeParse(formData.get("assigneeId"));
  if (!assignee.success) redirect(`${casePath(s.id)}?error=VALIDATION`);
  await run(s.id, "reassignAction", "reassigned", () =>
    reassignCase({ db: getDb(), actor: s.actor, applicationId: s.id, expectedVersion: s.version, assigneeId: assignee.data }),
  );
}

export async function verifyIdentityAction(formData: FormData): Promise<void> {
  const { actor, id } = await session(formData, "update:registry:station");
  await run(id, "verifyIdentityAction", "verified", () => verifyIdentity({ db: getDb(), actor, applicationId: id }));
}

const reviewSchema = z.object({
  documentId: z.uuid(),
  review: z.enum(["ACCEPTED", "PROBLEM"]),
  expected: z.enum(["PENDING", "ACCEPTED", "PROBLEM"]),
  note: z.string().max(500).optional(),
});

export async function reviewDocumentAction(formData: FormData): Promise<void> {
  const { actor, id } = await session(formData, "decide:application:station");
  const parsed = reviewSchema.safeParse({
    documentId: formData.get("documentId"),
    review: formData.get("review"),
    expected: formData.get("expected"),
    note: formData.get("note") ?? undefined,
  });
  if (!parsed.success) redirect(`${casePath(id)}?error=VALIDATION`);
  const d = parsed.data;
  await run(id, "reviewDocumentAction", "reviewed", () =>
    reviewDocument({ db: getDb(), actor, documentId: d.documentId, review: d.review, note: d.note, expectedReview: d.expected }),
  );
}

/** Shows the full number on this response only; the asking is audited. */
export async function revealAction(_prev: RevealState, formData: FormData): Promise<RevealState> {
  const { actor, id } = await session(formData, "reveal:person:station");
  const memberId = z
    .uuid()
    .optional()
    .safeParse(formData.get("memberId") || undefined);
  try {
    return {
      value: await revealCitizenId({ db: getDb(), actor, applicationId: id, memberId: memberId.success ? memberId.data : null }),
      error: null,
    };
  } catch (error) {
    const { t } = await getT();
    return { value: null, error: error instanceof DomainError ? t(`errors.${error.code}`) : t("common.genericError") };
  }
}

function lines(text: FormDataEntryValue | null): string[] {
  return typeof text === "string"
    ? text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)
    : [];
}

export async function requestMaterialsAction(_prev: DecisionFormState, formData: FormData): Promise<DecisionFormState> {
  const { actor, id, version } = await session(formData, "request:materials:station");
  const { t } = await getT();
  const values = postedValues(formData, ["items"]);
  const picked = formData.getAll("items").filter((v): v is string => typeof v === "string" && /^[a-z_]{2,40}$/.test(v));
  const items = [
    ...picked.map((item) => ({ item, note: String(formData.get(`note_${item}`) ?? "").slice(0, 500) })),
    ...lines(formData.get("other")).map((note) => ({ item: null, note: note.slice(0, 500) })),
  ];
  if (items.length === 0) return { errors: [{ field: "items", message: t("workbench.pickItems") }], values };
  const message = String(formData.get("message") ?? "").slice(0, 2000);
  return run(id, "requestMaterialsAction", "materials", () =>
    requestMaterials({ db: getDb(), actor, applicationId: id, expectedVersion: version, items, message }),
  );
}

export async function approveAction(_prev: DecisionFormState, formData: FormData): Promise<DecisionFormState> {
  const { actor, id, version } = await session(formData, "decide:application:station");
  const { t } = await getT();
  const values = postedValues(formData, ["members"]);
  const errors: FieldError[] = [];
  const against = formData.get("against") === "on";
  const pathwayId = against ? null : String(formData.get("pathwayId") ?? "") || null;
  const reason = String(formData.get("reason") ?? "")
    .trim()
    .slice(0, 2000);
  const clause = String(formData.get("clause") ?? "")
    .trim()
    .slice(0, 300);
  if (against && !reason) errors.push({ field: "reason", message: t("workbench.approveErrors.reason") });
  if (against && !clause) errors.push({ field: "clause", message: t("workbench.approveErrors.clause") });
  if (!against && formData.get("needsPathway") === "1" && !pathwayId)
    errors.push({ field: "pathwayId", message: t("workbench.approveErrors.pathway") });
  let placement: Placement | null = null;
  const type = formData.get("placementType");
  if (type === "existing") {
    const number = String(formData.get("householdNumber") ?? "").trim();
    const relation = z.enum(JOIN_RELATIONS).safeParse(formData.get("relationToHead"));
    if (!/^\d{12}$/.test(number)) errors.push({ field: "householdNumber", message: t("workbench.placementHousehold") });
    if (!relation.success) errors.push({ field: "relationToHead", message: t("workbench.approveErrors.relationToHead") });
    if (errors.length === 0 && relation.success) placement = { type: "existing", householdNumber: number, relationToHead: relation.data };
  } else if (type === "collective") {
    const ct = z.enum(COLLECTIVE_TYPES).safeParse(formData.get("collectiveType"));
    if (!ct.success) errors.push({ field: "collectiveType", message: t("workbench.approveErrors.collectiveType") });
    else placement = { type: "collective", householdType: ct.data };
  } else if (type === "new_family") {
    placement = { type: "new_family" };
  }
  if (errors.length > 0) return { errors, values };
  const approvedMemberIds = formData.getAll("members").filter((v): v is string => typeof v === "string" && z.uuid().safeParse(v).success);
  const memberNotes: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    const m = MEMBER_NOTE.exec(key);
    if (m && typeof value === "string" && value.trim()) memberNotes[m[1]] = value.trim().slice(0, 500);
  }
  try {
    await approveApplication({
      db: getDb(),
      actor,
      applicationId: id,
      expectedVersion: version,
      pathwayId,
      reason: reason || null,
      clause: clause || null,
      approvedMemberIds,
      memberNotes,
      placement,
    });
  } catch (error) {
    // What the clerk can fix in the form comes back beside its field; anything else (stale, state…) as a banner.
    const fields = approvalFieldErrors(error, t);
    if (fields) return { errors: fields, values };
    return run(id, "approveAction", "approved", () => Promise.reject(error));
  }
  return run(id, "approveAction", "approved", async () => undefined);
}

export async function refuseAction(_prev: DecisionFormState, formData: FormData): Promise<DecisionFormState> {
  const { actor, id, version } = await session(formData, "decide:application:station");
  const { t } = await getT();
  const values = postedValues(formData, []);
  const reason = String(formData.get("reason") ?? "")
    .trim()
    .slice(0, 2000);
  const clause = String(formData.get("clause") ?? "")
    .trim()
    .slice(0, 300);
  const errors: FieldError[] = [];
  if (!reason) errors.push({ field: "refuse-reason", message: t("workbench.refuseErrors.reason") });
  if (!clause) errors.push({ field: "refuse-clause", message: t("workbench.refuseErrors.clause") });
  if (errors.length > 0) return { errors, values };
  return run(id, "refuseAction", "refused", () =>
    refuseApplication({ db: getDb(), actor, applicationId: id, expectedVersion: version, reason, clause }),
  );
}
