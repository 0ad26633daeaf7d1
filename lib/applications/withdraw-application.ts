// The applicant withdraws their own case while it is undecided (DRAFT, SUBMITTED, IN_REVIEW,
// NEEDS_MATERIALS): one move through the lifecycle, guarded by the version the applicant saw, with
// the reason they gave. moveCase writes the case event, the audit row and the handling clerk's notice.
import type { Db } from "@/lib/db";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { applicationScope } from "@/lib/auth/scope";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { loadCalendar } from "@/lib/clock/load-calendar";
import { DomainError } from "@/lib/errors";
import { MOVABLE_SELECT, moveCase } from "./lifecycle";

export const WITHDRAWABLE_STATUSES = ["DRAFT", "SUBMITTED", "IN_REVIEW", "NEEDS_MATERIALS"] as const satisfies readonly ApplicationStatus[];
export const WITHDRAW_REASON_MAX = 500;

export function canWithdraw(status: ApplicationStatus): boolean {
  return (WITHDRAWABLE_STATUSES as readonly ApplicationStatus[]).includes(status);
}

export interface WithdrawApplicationOptions {
  db: Db;
  actor: Actor;
  applicationId: string;
  expectedVersion: number;
  reason: string;
  now?: Date;
}

export async function withdrawApplication(options: WithdrawApplicationOptions): Promise<{ number: string; version: number }> {
  const { db, applicationId, expectedVersion } = options;
  const actor = requirePermission(options.actor, "withdraw:application:own");
  const reason = options.reason.trim();
  if (!reason || reason.length > WITHDRAW_REASON_MAX) throw new DomainError("VALIDATION", ["reason"]);
  const now = options.now ?? new Date();
  const calendar = await loadCalendar({ db });
  return db.$transaction(async (tx) => {
    const app = await tx.application.findFirst({ where: { id: applicationId, ...applicationScope(actor) }, select: MOVABLE_SELECT });
    if (!app) throw new DomainError("NOT_FOUND");
    if (!canWithdraw(app.status)) throw new DomainError("INVALID_STATE");
    const version = await moveCase({
      tx,
      app,
      to: "WITHDRAWN",
      actorId: actor.id,
      expectedVersion,
      calendar,
      now,
      reason,
      action: "application.withdraw",
    });
    return { number: app.number, version };
  });
}
