// 好差评: the applicant rates the service once a case is closed (approved, refused or withdrawn),
// once per case (Rating.applicationId is unique), with its audit row in the same transaction. A poor
// rating (1–2) opens the station's supervisors' follow-up (整改回访) in that transaction too.
import type { Db } from "@/lib/db";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { applicationScope } from "@/lib/auth/scope";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { loadCalendar } from "@/lib/clock/load-calendar";
import { CLOSED_STATUSES } from "./lifecycle";
import { openFollowUpFor } from "./rating-follow-ups";

export const RATING_COMMENT_MAX = 500;
export const RATING_SCORES = [1, 2, 3, 4, 5] as const;

export function canRate(status: ApplicationStatus): boolean {
  return (CLOSED_STATUSES as readonly ApplicationStatus[]).includes(status);
}

export interface RateApplicationOptions {
  db: Db;
  actor: Actor;
  applicationId: string;
  score: number;
  comment?: string | null;
  now?: Date;
}

export async function rateApplication(options: RateApplicationOptions): Promise<{ id: string }> {
  const { db, applicationId, score } = options;
  const actor = requirePermission(options.actor, "rate:application:own");
  const comment = options.comment?.trim() || null;
  const problems = [
    ...(Number.isInteger(score) && score >= 1 && score <= 5 ? [] : ["score"]),
    ...(comment && comment.length > RATING_COMMENT_MAX ? ["comment"] : []),
  ];
  if (problems.length > 0) throw new DomainError("VALIDATION", problems);
  const now = options.now ?? new Date();
  const calendar = await loadCalendar({ db });
  try {
    return await rateInTransaction({ db, actor, applicationId, score, comment, now, calendar });
  } catch (error) {
    // A second rating posted at the same moment passes the read above and meets the unique index: the
    // same answer as a rating posted after the first (issue 16, I3), not an unexpected error.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new DomainError("INVALID_STATE", [ALREADY_RATED]);
    throw error;
  }
}

/** The detail of INVALID_STATE that says the case has its rating already (the form says so in words). */
export const ALREADY_RATED = "rated";

async function rateInTransaction(options: {
  db: Db;
  actor: Actor;
  applicationId: string;
  score: number;
  comment: string | null;
  now: Date;
  calendar: Awaited<ReturnType<typeof loadCalendar>>;
}): Promise<{ id: string }> {
  const { db, actor, applicationId, score, comment, now, calendar } = options;
  return db.$transaction(async (tx) => {
    const app = await tx.application.findFirst({
      where: { id: applicationId, ...applicationScope(actor) },
      select: { id: true, status: true, stationId: true, rating: { select: { id: true } } },
    });
    if (!app) throw new DomainError("NOT_FOUND");
    if (app.rating) throw new DomainError("INVALID_STATE", [ALREADY_RATED]);
    if (!canRate(app.status)) throw new DomainError("INVALID_STATE");
    const rating = await tx.rating.create({ data: { applicationId: app.id, score, comment, createdAt: now } });
    const followUp = await openFollowUpFor({ tx, rating, stationId: app.stationId, calendar, now });
    await writeAudit({
      tx,
      event: {
        actorId: actor.id,
        action: "application.rate",
        entityType: "Application",
        entityId: app.id,
        data: {
          ratingId: rating.id,
          score,
          hasComment: comment !== null,
          ...(followUp ? { followUpId: followUp.id, followUpDueOn: followUp.dueOn } : {}),
        },
      },
    });
    return { id: rating.id };
  });
}
