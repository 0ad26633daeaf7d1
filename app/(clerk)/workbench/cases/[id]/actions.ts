"use server";
// The case screen's actions, through the one pipeline (lib/actions/pipeline.ts). Domain refusals (STALE,
// INVALID_STATE…) redirect to the case with a code, so the clerk sees the message and the case as it stands.
import { getDb } from "@/lib/db";
import { posted } from "@/lib/actions/pipeline";
import { handBack } from "@/lib/applications/hand-back";
import { reassignCase } from "@/lib/applications/reassign";
import { requestMaterials } from "@/lib/applications/request-materials";
import { approveApplication } from "@/lib/applications/approve-application";
import { refuseApplication } from "@/lib/applications/refuse-application";
import { reviewDocument } from "@/lib/applications/review-document";
import { revealCitizenId, verifyIdentity } from "@/lib/registry/reveal-person";
import type { RevealState } from "@/components/workbench/reveal-number";
import { approvalFieldErrors } from "./approval-errors";
import { decide, onCase, revealRefusal, revealTarget, type Outcome } from "./steps";
import { APPROVAL_FIELDS, approvedMembers, approveSchema, HAND_BACK, REASSIGN, refuseSchema, requestItems, requestSchema } from "./schemas";
import { REVIEW, VERIFY } from "./schemas";

export async function handBackAction(formData: FormData): Promise<void> {
  await onCase(formData, HAND_BACK, {}, (actor, _i, ref) => handBack({ db: getDb(), actor, ...ref }));
}

export async function reassignAction(formData: FormData): Promise<void> {
  const raw = { assigneeId: formData.get("assigneeId") };
  await onCase(formData, REASSIGN, raw, (actor, i, ref) => reassignCase({ db: getDb(), actor, ...ref, assigneeId: i.assigneeId }));
}

export async function verifyIdentityAction(formData: FormData): Promise<void> {
  await onCase(formData, VERIFY, {}, (actor, i) => verifyIdentity({ db: getDb(), actor, applicationId: i.applicationId }));
}

export async function reviewDocumentAction(formData: FormData): Promise<void> {
  const raw = posted(formData, ["documentId", "review", "expected", "note"]);
  await onCase(formData, REVIEW, raw, (actor, d) =>
    reviewDocument({ db: getDb(), actor, documentId: d.documentId, review: d.review, note: d.note, expectedReview: d.expected }),
  );
}

/** Shows the full number on this response only; the asking is audited. */
export async function revealAction(_prev: RevealState, formData: FormData): Promise<RevealState> {
  const target = await revealTarget(formData);
  try {
    return { value: await revealCitizenId({ db: getDb(), ...target }), error: null };
  } catch (error) {
    return revealRefusal(error);
  }
}

export async function requestMaterialsAction(_prev: Outcome, formData: FormData): Promise<Outcome> {
  const o = { context: "requestMaterialsAction", done: "materials", permission: "request:materials:station" as const, multi: ["items"] };
  return decide(formData, { ...o, schema: requestSchema, raw: requestItems(formData) }, (actor, ref, { items, message }) =>
    requestMaterials({ db: getDb(), actor, ...ref, items, message }),
  );
}

export async function approveAction(_prev: Outcome, formData: FormData): Promise<Outcome> {
  const o = { context: "approveAction", done: "approved", permission: "decide:application:station" as const, multi: ["members"] };
  const raw = posted(formData, APPROVAL_FIELDS);
  return decide(formData, { ...o, schema: approveSchema, raw, fixable: approvalFieldErrors }, (actor, ref, input) =>
    approveApplication({ db: getDb(), actor, ...ref, ...input, ...approvedMembers(formData) }),
  );
}

export async function refuseAction(_prev: Outcome, formData: FormData): Promise<Outcome> {
  const o = { context: "refuseAction", done: "refused", permission: "decide:application:station" as const };
  const raw = posted(formData, ["reason", "clause"]);
  return decide(formData, { ...o, schema: refuseSchema, raw }, (actor, ref, { reason, clause }) =>
    refuseApplication({ db: getDb(), actor, ...ref, reason, clause }),
  );
}
