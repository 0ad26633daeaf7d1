// The handling clerk gives a case back to the station's queue: IN_REVIEW → SUBMITTED with the assignee
// cleared, through moveCase. The clock keeps running (it counts from submission).
import type { Db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { loadCalendar } from "@/lib/clock/load-calendar";
import { moveCase } from "./lifecycle";
import { assignee, findMovableCase } from "./clerk-case";

export async function handBack(options: {
  db: Db;
  actor: Actor;
  applicationId: string;
  expectedVersion: number;
  reason?: string | null;
  now?: Date;
}) {
  const { db, expectedVersion } = options;
  const actor = requirePermission(options.actor, "take:application:station");
  const calendar = await loadCalendar({ db });
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const app = await findMovableCase({ tx, actor, applicationId: options.applicationId });
    if (app.status !== "IN_REVIEW") throw new DomainError(app.version !== expectedVersion ? "STALE" : "INVALID_STATE");
    // Only the handler hands back; the station lead moves someone else's case with reassign.
    if (app.assigneeId !== actor.id) throw new DomainError("FORBIDDEN");
    const version = await moveCase({
      tx,
      app,
      to: "SUBMITTED",
      actorId: actor.id,
      expectedVersion,
      calendar,
      now,
      reason: options.reason?.trim() || "退回待受理",
      action: "application.hand-back",
      data: assignee(null),
    });
    return { number: app.number, version };
  });
}
