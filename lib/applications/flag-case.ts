// A supervisor flags (督办) an open case of their subtree with a note the station sees on the case
// screen and in its queue, or clears the flag. Like a reassignment it is no lifecycle move: one update
// guarded by the version, a case event (from = to = the status), an audit row and a notice to the
// handler, in one transaction. A case outside the subtree is NOT_FOUND, like a missing one.
import type { Db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { OPEN_STATUSES } from "@/lib/clock/statuses";
import { getNotifier } from "@/lib/inbox";
import { findMovableCase } from "./clerk-case";
import { TX_OPTIONS } from "@/lib/db/tx-options";

export const FLAG_NOTE_MAX = 500;

export interface FlagCaseOptions {
  db: Db;
  actor: Actor;
  applicationId: string;
  expectedVersion: number;
  /** The note; null clears the flag. */
  note: string | null;
  now?: Date;
}

export async function flagCase(options: FlagCaseOptions): Promise<{ number: string; version: number }> {
  const { db, expectedVersion } = options;
  const actor = requirePermission(options.actor, "flag:application:jurisdiction");
  const note = options.note?.trim() ?? null;
  if (note !== null && (note.length === 0 || note.length > FLAG_NOTE_MAX)) throw new DomainError("VALIDATION", ["note"]);
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const app = await findMovableCase({ tx, actor, applicationId: options.applicationId });
    if (app.version !== expectedVersion) throw new DomainError("STALE");
    if (!(OPEN_STATUSES as readonly string[]).includes(app.status)) throw new DomainError("INVALID_STATE");
    const updated = await tx.application.updateMany({
      where: { id: app.id, version: expectedVersion, status: app.status },
      data: { flagNote: note, flaggedAt: note === null ? null : now, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new DomainError("STALE");
    await tx.caseEvent.create({
      data: {
        applicationId: app.id,
        actorId: actor.id,
        kind: note === null ? "UNFLAG" : "FLAG",
        fromStatus: app.status,
        toStatus: app.status,
        reason: note === null ? "撤销督办" : `督办：${note}`,
      },
    });
    await writeAudit({
      tx,
      event: {
        actorId: actor.id,
        action: note === null ? "application.unflag" : "application.flag",
        entityType: "Application",
        entityId: app.id,
        data: { note, version: expectedVersion + 1 },
      },
    });
    if (note !== null && app.assigneeId) {
      await getNotifier().notify({
        tx,
        notice: { userId: app.assigneeId, kind: "flagged", applicationId: app.id, data: { number: app.number } },
      });
    }
    return { number: app.number, version: expectedVersion + 1 };
  }, TX_OPTIONS);
}
