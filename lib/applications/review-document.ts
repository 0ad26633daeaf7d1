// The clerk's mark on one document: accepted, or a problem with a note (which the 补正 request can then
// name). Guarded by the mark the clerk saw, so two clerks marking at once cannot silently overwrite each
// other; audited in the same transaction.
import type { Db } from "@/lib/db";
import type { DocumentReview } from "@/lib/generated/prisma/enums";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { applicationScope } from "@/lib/auth/scope";
import { auditingNotHolder, requireHolder } from "./holder";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { OPEN_STATUSES } from "@/lib/clock/statuses";

export async function reviewDocument(options: {
  db: Db;
  actor: Actor;
  documentId: string;
  review: Exclude<DocumentReview, "PENDING">;
  note?: string | null;
  expectedReview: DocumentReview;
}) {
  const { db } = options;
  const actor = requirePermission(options.actor, "decide:application:station");
  const note = options.note?.trim() || null;
  if (options.review === "PROBLEM" && !note) throw new DomainError("VALIDATION", ["note"]);
  return auditingNotHolder({ db, actor, decision: "review-document" }, () =>
    db.$transaction(async (tx) => {
      const doc = await tx.document.findFirst({
        where: { id: options.documentId, application: applicationScope(actor) },
        select: { id: true, applicationId: true, kind: true, application: { select: { id: true, status: true, assigneeId: true } } },
      });
      if (!doc) throw new DomainError("NOT_FOUND");
      if (!(OPEN_STATUSES as readonly string[]).includes(doc.application.status)) throw new DomainError("INVALID_STATE");
      requireHolder({ app: doc.application, actor });
      const updated = await tx.document.updateMany({
        where: { id: doc.id, review: options.expectedReview },
        data: { review: options.review, reviewNote: options.review === "PROBLEM" ? note : null },
      });
      if (updated.count !== 1) throw new DomainError("STALE");
      await writeAudit({
        tx,
        event: {
          actorId: actor.id,
          action: "document.review",
          entityType: "Document",
          entityId: doc.id,
          data: { applicationId: doc.applicationId, kind: doc.kind, review: options.review, note },
        },
      });
      return { applicationId: doc.applicationId };
    }),
  );
}
