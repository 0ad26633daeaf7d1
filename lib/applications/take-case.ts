// A clerk accepts a submitted application of their own station and becomes its handler:
// SUBMITTED → IN_REVIEW, with its case event and audit row, in one transaction, guarded by the
// application's version (optimistic locking).
import type { Db } from "@/lib/db";
import { applicationScope } from "@/lib/auth/scope";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write-audit";

export interface TakeCaseOptions {
  db: Db;
  actor: Actor;
  applicationId: string;
  expectedVersion: number;
}

export async function takeCase(options: TakeCaseOptions): Promise<{ number: string; version: number }> {
  const { db, applicationId, expectedVersion } = options;
  const actor = requirePermission(options.actor, "take:application:station");
  return db.$transaction(async (tx) => {
    const app = await tx.application.findFirst({
      where: { id: applicationId, ...applicationScope(actor) },
      select: { id: true, number: true, status: true, version: true },
    });
    if (!app) throw new DomainError("NOT_FOUND");
    if (app.status !== "SUBMITTED") throw new DomainError("INVALID_STATE");
    const updated = await tx.application.updateMany({
      where: { id: app.id, version: expectedVersion, status: "SUBMITTED" },
      data: { status: "IN_REVIEW", assigneeId: actor.id, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new DomainError("STALE");
    await tx.caseEvent.create({
      data: { applicationId: app.id, actorId: actor.id, fromStatus: "SUBMITTED", toStatus: "IN_REVIEW", reason: "受理" },
    });
    await writeAudit({
      tx,
      event: {
        actorId: actor.id,
        action: "application.take",
        entityType: "Application",
        entityId: app.id,
        data: { from: "SUBMITTED", to: "IN_REVIEW", version: expectedVersion + 1 },
      },
    });
    return { number: app.number, version: expectedVersion + 1 };
  });
}
