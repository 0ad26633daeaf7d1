// Audit rows are written inside the transaction of the change they record (README house rule 7); the
// table itself refuses UPDATE and DELETE.
import type { Prisma } from "@/lib/generated/prisma/client";

export interface AuditInput {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data?: Prisma.InputJsonValue;
  /** When the change happened, if not the database's now (the sign-in lock compares with the caller's clock). */
  at?: Date;
}

export async function writeAudit(options: { tx: Prisma.TransactionClient; event: AuditInput }): Promise<void> {
  const { tx, event } = options;
  await tx.auditEvent.create({ data: event });
}
