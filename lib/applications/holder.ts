// M2 (issue 16): a decision on a case — approve, refuse, ask for 补正, accept or query a document — is
// made only by the officer who holds it (Application.assigneeId): take it first, or have the station lead
// reassign it. The refused attempt is audited in a transaction of its own, as the decision's transaction
// rolls back. Taking, handing back (already the holder's), reassigning, revealing a number (audited) and
// checking the originals at the counter are not decisions. docs/decisions/0261.
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write-audit";

export type Decision = "approve" | "refuse" | "request-materials" | "review-document";

export class NotHolderError extends DomainError {
  constructor(
    readonly applicationId: string,
    readonly holderId: string | null,
  ) {
    super("NOT_HOLDER");
  }
}

/** Inside the decision's transaction, after the scoped lookup (another station's case stays NOT_FOUND). */
export function requireHolder(options: { app: { id: string; assigneeId: string | null }; actor: Actor }): void {
  if (options.app.assigneeId !== options.actor.id) throw new NotHolderError(options.app.id, options.app.assigneeId);
}

/** Runs the decision; a NotHolderError is written to the audit trail before it goes on to the caller. */
export async function auditingNotHolder<T>(options: { db: Db; actor: Actor; decision: Decision }, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof NotHolderError) {
      await options.db.$transaction((tx) =>
        writeAudit({
          tx,
          event: {
            actorId: options.actor.id,
            action: "application.decision-refused",
            entityType: "Application",
            entityId: error.applicationId,
            data: { decision: options.decision, heldBy: error.holderId },
          },
        }),
      );
    }
    throw error;
  }
}
