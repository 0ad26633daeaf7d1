// The applicant answers a 补正 request in the same case: every item the clerk named by its checklist
// id must have a file uploaded since the request (addDocument links it to the open request), and every
// free-text item a file under its `other-<n>` key or a written answer in the note (request-items.ts); then in
// one transaction the request is marked answered and the case goes back to IN_REVIEW — moveCase
// resumes the clock (the paused working days are counted out) and tells the handling clerk.
import type { Db } from "@/lib/db";
import { applicationScope } from "@/lib/auth/scope";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { loadCalendar } from "@/lib/clock/load-calendar";
import { DomainError } from "@/lib/errors";
import { MOVABLE_SELECT, moveCase } from "./lifecycle";
import { keyedRequestItems, unansweredKeys } from "./request-items";

export const ANSWER_NOTE_MAX = 1000;

export { requestedItems, type RequestedItem } from "./request-items";

export interface AnswerMaterialsOptions {
  db: Db;
  actor: Actor;
  applicationId: string;
  expectedVersion: number;
  note?: string | null;
  now?: Date;
}

export async function answerMaterials(options: AnswerMaterialsOptions): Promise<{ number: string; version: number }> {
  const { db, applicationId, expectedVersion } = options;
  const actor = requirePermission(options.actor, "answer:application:own");
  const note = options.note?.trim() || null;
  if (note && note.length > ANSWER_NOTE_MAX) throw new DomainError("VALIDATION", ["note"]);
  const now = options.now ?? new Date();
  const calendar = await loadCalendar({ db });
  return db.$transaction(async (tx) => {
    const app = await tx.application.findFirst({
      where: { id: applicationId, ...applicationScope(actor) },
      select: {
        ...MOVABLE_SELECT,
        materialsRequests: {
          where: { answeredAt: null },
          orderBy: { requestedAt: "desc" },
          take: 1,
          select: { id: true, items: true, documents: { select: { kind: true } } },
        },
      },
    });
    if (!app) throw new DomainError("NOT_FOUND");
    const request = app.materialsRequests[0];
    if (app.status !== "NEEDS_MATERIALS" || !request) throw new DomainError("INVALID_STATE");
    const missing = unansweredKeys({
      items: keyedRequestItems(request.items),
      answeredKinds: new Set(request.documents.map((d) => d.kind)),
      hasNote: note !== null,
    });
    if (missing.length > 0) throw new DomainError("MISSING_DOCUMENTS", missing);
    const marked = await tx.materialsRequest.updateMany({
      where: { id: request.id, answeredAt: null },
      data: { answeredAt: now, answerNote: note },
    });
    if (marked.count !== 1) throw new DomainError("STALE");
    const version = await moveCase({
      tx,
      app,
      to: "IN_REVIEW",
      actorId: actor.id,
      expectedVersion,
      calendar,
      now,
      reason: note,
      action: "application.answer-materials",
      auditData: { requestId: request.id, documents: request.documents.length },
    });
    return { number: app.number, version };
  });
}

/** The items of the case's open materials request, in the actor's scope; null when none is open. */
export async function openRequestItems(options: { db: Db; actor: Actor; applicationId: string }): Promise<unknown | null> {
  const request = await options.db.materialsRequest.findFirst({
    where: { applicationId: options.applicationId, answeredAt: null, application: applicationScope(options.actor) },
    orderBy: { requestedAt: "desc" },
    select: { items: true },
  });
  return request ? request.items : null;
}
