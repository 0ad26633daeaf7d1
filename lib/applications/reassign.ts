// The station's lead (User.stationLead) or a supervisor of the station's subtree gives a case to another
// active clerk of the same station. The status does not change, so this is not a lifecycle move: one
// update guarded by the version, a case event (from = to = the status) and an audit row, one transaction.
import type { Db } from "@/lib/db";
import { can, type Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { OPEN_STATUSES } from "@/lib/clock/statuses";
import { findMovableCase } from "./clerk-case";

/** May this actor reassign cases at all? (The station lead flag is read from the user row.) */
export async function mayReassign(options: { db: Pick<Db, "user">; actor: Actor }): Promise<boolean> {
  const { actor } = options;
  if (can(actor, "reassign:application:jurisdiction")) return true;
  if (!can(actor, "reassign:application:station")) return false;
  const user = await options.db.user.findUnique({ where: { id: actor.id }, select: { stationLead: true } });
  return user?.stationLead === true;
}

/** The clerks a case of `stationId` may be given to. */
export async function stationClerks(options: { db: Pick<Db, "user">; stationId: string }) {
  return options.db.user.findMany({
    where: { role: "CLERK", active: true, stationId: options.stationId },
    select: { id: true, displayName: true, badgeNumber: true, username: true },
    orderBy: [{ displayName: "asc" }, { badgeNumber: "asc" }],
  });
}

export async function reassignCase(options: {
  db: Db;
  actor: Actor;
  applicationId: string;
  expectedVersion: number;
  assigneeId: string;
  reason?: string | null;
}) {
  const { db, actor, expectedVersion } = options;
  return db.$transaction(async (tx) => {
    if (!(await mayReassign({ db: tx, actor }))) throw new DomainError("FORBIDDEN");
    const app = await findMovableCase({ tx, actor, applicationId: options.applicationId });
    if (!(OPEN_STATUSES as readonly string[]).includes(app.status)) throw new DomainError("INVALID_STATE");
    const full = await tx.application.findUniqueOrThrow({ where: { id: app.id }, select: { stationId: true } });
    const target = await tx.user.findFirst({
      where: { id: options.assigneeId, role: "CLERK", active: true, stationId: full.stationId },
      select: { id: true, displayName: true, badgeNumber: true },
    });
    if (!target) throw new DomainError("VALIDATION", ["assignee"]);
    if (target.id === app.assigneeId) throw new DomainError("INVALID_STATE");
    const updated = await tx.application.updateMany({
      where: { id: app.id, version: expectedVersion, status: app.status },
      data: { assigneeId: target.id, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new DomainError("STALE");
    // The case history is read by namesakes' colleagues too: the 警号 says which officer.
    const to = target.badgeNumber ? `${target.displayName}（警号 ${target.badgeNumber}）` : target.displayName;
    const reason = `改派给${to}${options.reason?.trim() ? `：${options.reason.trim()}` : ""}`;
    await tx.caseEvent.create({
      data: { applicationId: app.id, actorId: actor.id, kind: "REASSIGN", fromStatus: app.status, toStatus: app.status, reason },
    });
    await writeAudit({
      tx,
      event: {
        actorId: actor.id,
        action: "application.reassign",
        entityType: "Application",
        entityId: app.id,
        data: { from: app.assigneeId, to: target.id, version: expectedVersion + 1 },
      },
    });
    return { number: app.number, version: expectedVersion + 1, assignee: target.displayName };
  });
}
