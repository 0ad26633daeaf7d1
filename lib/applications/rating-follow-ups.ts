// 差评整改回访: a poor rating (1 or 2 of 5) opens a follow-up in the rating's own transaction, due 15
// working days later (国办发〔2019〕51号《关于建立政务服务"好差评"制度提高政务服务水平的意见》: 差评 are
// checked and put right, with feedback to the rater, within 15 working days). The supervisors whose subtree
// holds the case's station see it with its deadline on /supervision and close it with a note of what they
// checked and did. A follow-up outside the subtree is NOT_FOUND, like a missing one. Decision record 0252.
import type { Db, Prisma } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { addWorkingDays, chinaDate, type HolidayCalendar } from "@/lib/clock";
import { isoDate } from "@/lib/format";
import { dbDate } from "@/lib/clock/day";

/** Ratings at or below this open a follow-up (差评: 1 非常不满意, 2 不满意). */
export const POOR_RATING_MAX = 2;
/** Working days to check and put right a 差评 (国办发〔2019〕51号 三(二)). */
export const FOLLOW_UP_WORKING_DAYS = 15;
export const FOLLOW_UP_NOTE_MAX = 1000;

type Tx = Prisma.TransactionClient;

/** The words the applicant chose the score by (me.rating.score), for staff pages. */
export function scoreLabelKey(score: number) {
  const keys = {
    1: "me.rating.score.1",
    2: "me.rating.score.2",
    3: "me.rating.score.3",
    4: "me.rating.score.4",
    5: "me.rating.score.5",
  } as const;
  return keys[Math.min(5, Math.max(1, Math.round(score))) as 1 | 2 | 3 | 4 | 5];
}

/** Inside the rating's transaction: opens the follow-up of a poor rating; nothing for 3–5. */
export async function openFollowUpFor(options: {
  tx: Tx;
  rating: { id: string; score: number };
  stationId: string;
  calendar: HolidayCalendar;
  now: Date;
}): Promise<{ id: string; dueOn: string } | null> {
  const { tx, rating } = options;
  if (rating.score > POOR_RATING_MAX) return null;
  const dueOn = addWorkingDays({ calendar: options.calendar, from: chinaDate(options.now), days: FOLLOW_UP_WORKING_DAYS });
  const row = await tx.ratingFollowUp.create({
    data: { ratingId: rating.id, stationId: options.stationId, dueOn: dbDate(dueOn) },
  });
  return { id: row.id, dueOn };
}

/** The subtree's follow-ups: the supervisor's stations only (scoped in the query). */
function followUpScope(actor: Actor): Prisma.RatingFollowUpWhereInput {
  return actor.scopePath ? { station: { path: { startsWith: actor.scopePath } } } : { id: { in: [] } };
}

export interface FollowUpRow {
  id: string;
  status: "OPEN" | "CLOSED";
  dueOn: string;
  overdue: boolean;
  score: number;
  comment: string | null;
  ratedAt: Date;
  applicationId: string;
  number: string;
  station: string;
  stationEn: string | null;
  note: string | null;
  closedBy: string | null;
  closedAt: Date | null;
}

/** Open follow-ups first, the nearest deadline first; then the most recently closed (up to `closedLimit`). */
export async function listFollowUps(options: {
  db: Db;
  actor: Actor;
  now: Date;
  closedLimit?: number;
}): Promise<{ open: FollowUpRow[]; closed: FollowUpRow[] }> {
  const { db } = options;
  const actor = requirePermission(options.actor, "read:application:jurisdiction");
  const select = {
    id: true,
    status: true,
    dueOn: true,
    note: true,
    closedAt: true,
    closedBy: { select: { displayName: true } },
    station: { select: { name: true, nameEn: true } },
    rating: { select: { score: true, comment: true, createdAt: true, application: { select: { id: true, number: true } } } },
  } as const;
  const [open, closed] = await Promise.all([
    db.ratingFollowUp.findMany({
      where: { AND: [followUpScope(actor), { status: "OPEN" }] },
      select,
      orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
    }),
    db.ratingFollowUp.findMany({
      where: { AND: [followUpScope(actor), { status: "CLOSED" }] },
      select,
      orderBy: { closedAt: "desc" },
      take: options.closedLimit ?? 5,
    }),
  ]);
  const today = chinaDate(options.now);
  const row = (r: (typeof open)[number]): FollowUpRow => ({
    id: r.id,
    status: r.status,
    dueOn: isoDate(r.dueOn),
    overdue: r.status === "OPEN" && isoDate(r.dueOn) < today,
    score: r.rating.score,
    comment: r.rating.comment,
    ratedAt: r.rating.createdAt,
    applicationId: r.rating.application.id,
    number: r.rating.application.number,
    station: r.station.name,
    stationEn: r.station.nameEn,
    note: r.note,
    closedBy: r.closedBy?.displayName ?? null,
    closedAt: r.closedAt,
  });
  return { open: open.map(row), closed: closed.map(row) };
}

/** Closes an open follow-up of the subtree with the supervisor's note, audited in the same transaction. */
export async function closeFollowUp(options: {
  db: Db;
  actor: Actor;
  followUpId: string;
  note: string;
  now?: Date;
}): Promise<{ id: string }> {
  const { db } = options;
  const actor = requirePermission(options.actor, "close:followup:jurisdiction");
  const note = options.note.trim();
  if (note.length === 0 || note.length > FOLLOW_UP_NOTE_MAX) throw new DomainError("VALIDATION", ["note"]);
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const found = await tx.ratingFollowUp.findFirst({
      where: { AND: [{ id: options.followUpId }, followUpScope(actor)] },
      select: { id: true, status: true, rating: { select: { applicationId: true, score: true } } },
    });
    if (!found) throw new DomainError("NOT_FOUND");
    if (found.status !== "OPEN") throw new DomainError("INVALID_STATE");
    // Guarded by the status: two supervisors closing at once, one wins and the other is told it is closed.
    const updated = await tx.ratingFollowUp.updateMany({
      where: { id: found.id, status: "OPEN" },
      data: { status: "CLOSED", note, closedById: actor.id, closedAt: now },
    });
    if (updated.count !== 1) throw new DomainError("INVALID_STATE");
    await writeAudit({
      tx,
      event: {
        actorId: actor.id,
        action: "rating.follow-up.close",
        entityType: "RatingFollowUp",
        entityId: found.id,
        data: { applicationId: found.rating.applicationId, score: found.rating.score, note },
      },
    });
    return { id: found.id };
  });
}
