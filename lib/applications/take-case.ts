// A clerk accepts a submitted application of their own station and becomes its handler:
// SUBMITTED → IN_REVIEW through moveCase (case event, audit row, the applicant's notice, version guard),
// in one transaction. The legal clock already runs from submission (decision record 0010).
import type { Db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { loadCalendar } from "@/lib/clock/load-calendar";
import { moveCase } from "./lifecycle";
import { assignee, findMovableCase } from "./clerk-case";

export interface TakeCaseOptions {
  db: Db;
  actor: Actor;
  applicationId: string;
  expectedVersion: number;
  now?: Date;
}

export async function takeCase(options: TakeCaseOptions): Promise<{ number: string; version: number }> {
  const { db, applicationId, expectedVersion } = options;
  const actor = requirePermission(options.actor, "take:application:station");
  const calendar = await loadCalendar({ db });
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const app = await findMovableCase({ tx, actor, applicationId });
    // NEEDS_MATERIALS → IN_REVIEW is the applicant's answer, not a take.
    if (app.status !== "SUBMITTED") throw new DomainError(app.version !== expectedVersion ? "STALE" : "INVALID_STATE");
    const version = await moveCase({
      tx,
      app,
      to: "IN_REVIEW",
      actorId: actor.id,
      expectedVersion,
      calendar,
      now,
      reason: "受理",
      action: "application.take",
      data: assignee(actor.id),
    });
    return { number: app.number, version };
  });
}
