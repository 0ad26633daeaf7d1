// Removing a file from a draft: the Document row goes, with its audit row, in one transaction. The blob
// stays: it is stored by its hash and may be shared by another row (the same file uploaded twice).
import type { Db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { applicationScope } from "@/lib/auth/scope";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { TX_OPTIONS } from "@/lib/db/tx-options";

export async function removeDocument(options: { db: Db; actor: Actor; documentId: string }): Promise<{ applicationId: string }> {
  const actor = requirePermission(options.actor, "create:application:own");
  return options.db.$transaction(async (tx) => {
    const doc = await tx.document.findFirst({
      where: { id: options.documentId, application: applicationScope(actor) },
      select: { id: true, kind: true, sha256: true, applicationId: true, application: { select: { status: true } } },
    });
    if (!doc) throw new DomainError("NOT_FOUND");
    // Once submitted, a file is part of the case the clerk decides: it may not be taken back.
    if (doc.application.status !== "DRAFT") throw new DomainError("INVALID_STATE");
    await tx.document.delete({ where: { id: doc.id } });
    await writeAudit({
      tx,
      event: {
        actorId: actor.id,
        action: "document.remove",
        entityType: "Document",
        entityId: doc.id,
        data: { applicationId: doc.applicationId, item: doc.kind, sha256: doc.sha256 },
      },
    });
    return { applicationId: doc.applicationId };
  }, TX_OPTIONS);
}
