// The case lifecycle, shared by the applicant side and the clerk side: which status may follow which,
// and the one way a case changes status — guarded by its version (optimistic locking), with its case
// event, its audit row, the legal clock's bookkeeping and the applicant's notice, all in the caller's
// transaction (README house rule 7).
//
//   DRAFT ──submit──▶ SUBMITTED ──take──▶ IN_REVIEW ──approve──▶ APPROVED
//     │                 │  ▲                │   │  ╲──refuse───▶ REJECTED
//     │                 │  └───hand back────┘   │
//     │                 │             request ▼ ▲ answer
//     │                 │              NEEDS_MATERIALS ──refuse──▶ REJECTED
//     └──withdraw───────┴──────────────────────────▶ WITHDRAWN   (any undecided case)
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicationKind, ApplicationStatus } from "@/lib/generated/prisma/enums";
import { caseClock, pauseLength, type HolidayCalendar } from "@/lib/clock";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { getNotifier, type NoticeKind } from "@/lib/inbox";

export const TRANSITIONS: Readonly<Record<ApplicationStatus, readonly ApplicationStatus[]>> = {
  DRAFT: ["SUBMITTED", "WITHDRAWN"],
  SUBMITTED: ["IN_REVIEW", "WITHDRAWN"],
  IN_REVIEW: ["NEEDS_MATERIALS", "APPROVED", "REJECTED", "SUBMITTED", "WITHDRAWN"],
  NEEDS_MATERIALS: ["IN_REVIEW", "REJECTED", "WITHDRAWN"],
  APPROVED: [],
  REJECTED: [],
  WITHDRAWN: [],
};

export const DECIDED_STATUSES = ["APPROVED", "REJECTED"] as const satisfies readonly ApplicationStatus[];
export const CLOSED_STATUSES = ["APPROVED", "REJECTED", "WITHDRAWN"] as const satisfies readonly ApplicationStatus[];

export function canMove(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** The notice the applicant gets for each move (none for moves inside the station, e.g. hand back). */
const APPLICANT_NOTICE: Partial<Record<`${ApplicationStatus}>${ApplicationStatus}`, NoticeKind>> = {
  "DRAFT>SUBMITTED": "submitted",
  "SUBMITTED>IN_REVIEW": "accepted",
  "IN_REVIEW>NEEDS_MATERIALS": "materials_requested",
  "IN_REVIEW>APPROVED": "approved",
  "IN_REVIEW>REJECTED": "rejected",
  "NEEDS_MATERIALS>REJECTED": "rejected",
  // The applicant's own withdrawal is confirmed in their inbox too (a draft that was never sent is not).
  "SUBMITTED>WITHDRAWN": "withdrawn_by_you",
  "IN_REVIEW>WITHDRAWN": "withdrawn_by_you",
  "NEEDS_MATERIALS>WITHDRAWN": "withdrawn_by_you",
};

/** What a case must carry for `moveCase`. */
export interface MovableCase {
  id: string;
  number: string;
  kind: ApplicationKind;
  status: ApplicationStatus;
  applicantUserId: string;
  assigneeId: string | null;
  clockStartedAt: Date | null;
  clockPausedAt: Date | null;
  pausedWorkingDays: number;
  decidedAt: Date | null;
}

export interface MoveCaseOptions {
  tx: Prisma.TransactionClient;
  app: MovableCase;
  to: ApplicationStatus;
  actorId: string;
  expectedVersion: number;
  calendar: HolidayCalendar;
  now: Date;
  /** Shown in the history (and, for decisions and 补正, to the applicant). */
  reason?: string | null;
  clause?: string | null;
  /** The audit action, e.g. "application.submit". */
  action: string;
  auditData?: Record<string, Prisma.InputJsonValue | null>;
  /** Further fields to change in the same update. */
  data?: Prisma.ApplicationUpdateManyMutationInput;
  /** Extra data for the applicant's notice. */
  noticeData?: Record<string, Prisma.InputJsonValue | null>;
}

/** The clock's bookkeeping for a move: start on submission, pause for 补正, resume on the answer, stop on a decision. */
function clockChanges(options: MoveCaseOptions): Prisma.ApplicationUpdateManyMutationInput {
  const { app, to, now, calendar } = options;
  const data: Prisma.ApplicationUpdateManyMutationInput = {};
  let clock = { ...app, status: to };
  if (app.status === "DRAFT" && to === "SUBMITTED") {
    data.submittedAt = now;
    data.clockStartedAt = now;
    clock = { ...clock, clockStartedAt: now };
  }
  if (to === "NEEDS_MATERIALS") {
    data.clockPausedAt = now;
    return data; // dueAt stays as it stood when the pause began
  }
  if (app.status === "NEEDS_MATERIALS" && app.clockPausedAt) {
    const paused = app.pausedWorkingDays + pauseLength({ pausedAt: app.clockPausedAt, now, calendar });
    data.clockPausedAt = null;
    data.pausedWorkingDays = paused;
    clock = { ...clock, clockPausedAt: null, pausedWorkingDays: paused };
  }
  if (to === "APPROVED" || to === "REJECTED") {
    data.decidedAt = now;
    return data;
  }
  if (to !== "WITHDRAWN" && clock.clockStartedAt) data.dueAt = caseClock({ input: clock, calendar, now }).deadline;
  return data;
}

/**
 * Moves a case to `to`. Refuses a move the lifecycle does not allow (INVALID_STATE) and a case whose
 * version or status changed since the caller read it (STALE). Returns the new version.
 */
export async function moveCase(options: MoveCaseOptions): Promise<number> {
  const { tx, app, to, actorId, expectedVersion } = options;
  if (!canMove(app.status, to)) throw new DomainError("INVALID_STATE");
  const updated = await tx.application.updateMany({
    where: { id: app.id, version: expectedVersion, status: app.status },
    data: { ...options.data, ...clockChanges(options), status: to, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw new DomainError("STALE");
  const version = expectedVersion + 1;
  await tx.caseEvent.create({
    data: {
      applicationId: app.id,
      actorId,
      fromStatus: app.status,
      toStatus: to,
      reason: options.reason ?? null,
      clause: options.clause ?? null,
    },
  });
  await writeAudit({
    tx,
    event: {
      actorId,
      action: options.action,
      entityType: "Application",
      entityId: app.id,
      data: { from: app.status, to, version, ...options.auditData },
    },
  });
  const kind = APPLICANT_NOTICE[`${app.status}>${to}`];
  if (kind) {
    await getNotifier().notify({
      tx,
      notice: {
        userId: app.applicantUserId,
        kind,
        applicationId: app.id,
        data: { number: app.number, reason: options.reason ?? null, clause: options.clause ?? null, ...options.noticeData },
      },
    });
  }
  // The handling clerk hears of the applicant's own moves (an answer to 补正, a withdrawal).
  if (app.assigneeId && actorId === app.applicantUserId && (to === "IN_REVIEW" || to === "WITHDRAWN")) {
    await getNotifier().notify({
      tx,
      notice: {
        userId: app.assigneeId,
        kind: to === "IN_REVIEW" ? "materials_answered" : "withdrawn",
        applicationId: app.id,
        data: { number: app.number },
      },
    });
  }
  return version;
}

/** The select that gives `moveCase` what it needs. */
export const MOVABLE_SELECT = {
  id: true,
  number: true,
  kind: true,
  status: true,
  version: true,
  applicantUserId: true,
  assigneeId: true,
  clockStartedAt: true,
  clockPausedAt: true,
  pausedWorkingDays: true,
  decidedAt: true,
} as const satisfies Prisma.ApplicationSelect;
