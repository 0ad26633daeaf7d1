// 不予批准: a refusal states its reason and the clause it rests on (both required, both shown to the
// applicant), through moveCase — IN_REVIEW or NEEDS_MATERIALS (no answer) → REJECTED. One transaction.
import type { Db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { loadCalendar } from "@/lib/clock/load-calendar";
import { moveCase } from "./lifecycle";
import { findMovableCase } from "./clerk-case";

export async function refuseApplication(options: { db: Db; actor: Actor; applicationId: string; expectedVersion: number; reason: string; clause: string; now?: Date }) {
  const { db, expectedVersion } = options;
  const actor = requirePermission(options.actor, "decide:application:station");
  const reason = options.reason.trim();
  const clause = options.clause.trim();
  const problems = [...(reason ? [] : ["reason"]), ...(clause ? [] : ["clause"])];
  if (problems.length > 0) throw new DomainError("VALIDATION", problems);
  const calendar = await loadCalendar({ db });
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const app = await findMovableCase({ tx, actor, applicationId: options.applicationId });
    if (app.status !== "IN_REVIEW" && app.status !== "NEEDS_MATERIALS") throw new DomainError(app.version !== expectedVersion ? "STALE" : "INVALID_STATE");
    const version = await moveCase({
      tx, app, to: "REJECTED", actorId: actor.id, expectedVersion, calendar, now,
      reason, clause, action: "application.refuse",
      data: { decisionReason: reason, decisionClause: clause },
    });
    return { number: app.number, version };
  });
}
