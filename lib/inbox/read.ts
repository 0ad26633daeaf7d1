// The in-app inbox: a user's own notices (applicants and clerks alike, read:notice:own), newest
// first, paged; reading marks them read. Read receipts are not case or registry changes, so they
// write no audit row (decision record 0013).
import type { Db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/permissions";

export const INBOX_PAGE_SIZE = 20;

export async function listNotices(options: { db: Db; actor: Actor; page?: number; pageSize?: number }) {
  const actor = requirePermission(options.actor, "read:notice:own");
  const pageSize = options.pageSize ?? INBOX_PAGE_SIZE;
  const where = { userId: actor.id };
  const total = await options.db.notice.count({ where });
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), pages);
  const items = await options.db.notice.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: {
      id: true,
      kind: true,
      data: true,
      createdAt: true,
      readAt: true,
      applicationId: true,
      application: { select: { number: true, kind: true } },
    },
  });
  return { items, total, page, pages };
}

export async function unreadNoticeCount(options: { db: Db; actor: Actor }): Promise<number> {
  const actor = requirePermission(options.actor, "read:notice:own");
  return options.db.notice.count({ where: { userId: actor.id, readAt: null } });
}

/** Marks the given notices (or every notice about one case) read; only the actor's own are touched. */
export async function markNoticesRead(options: {
  db: Db;
  actor: Actor;
  noticeIds?: string[];
  applicationId?: string;
  now?: Date;
}): Promise<number> {
  const actor = requirePermission(options.actor, "read:notice:own");
  if (!options.noticeIds?.length && !options.applicationId) return 0;
  const { count } = await options.db.notice.updateMany({
    where: {
      userId: actor.id,
      readAt: null,
      ...(options.noticeIds?.length ? { id: { in: options.noticeIds } } : {}),
      ...(options.applicationId ? { applicationId: options.applicationId } : {}),
    },
    data: { readAt: options.now ?? new Date() },
  });
  return count;
}
