// The sign-in lock rule in one place (authenticate.ts and change-password.ts count it, the admin area
// shows it and lifts it): a username is locked while MAX_FAILURES failed sign-ins or wrong current
// passwords (FAILURE_ACTIONS) lie within LOCK_WINDOW_MS before now and
// after the latest administrator unlock of that username. An unlock is an audit row
// (`auth.unlock`, data.username), so the lock and its lifting are both in the append-only trail and
// no column has to be kept in step with it.
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/audit/write-audit";

export const MAX_FAILURES = 5;
export const LOCK_WINDOW_MS = 15 * 60 * 1000;
export const UNLOCK_ACTION = "auth.unlock";
export const FAILED_ACTION = "auth.sign-in-failed";
/** A wrong current password on /account/password (L4 of issue 16): a guess like a failed sign-in. */
export const PASSWORD_CHANGE_FAILED_ACTION = "auth.password-change-failed";
/** Every audit action that counts towards the lock. */
export const FAILURE_ACTIONS = [FAILED_ACTION, PASSWORD_CHANGE_FAILED_ACTION];

type Reader = Pick<Prisma.TransactionClient, "auditEvent">;

/**
 * The transaction-level advisory lock of one username's sign-ins: every sign-in attempt, password change
 * and unlock of that username takes it, so their counts and audit rows never interleave.
 */
export async function holdSignInLock(options: { tx: Prisma.TransactionClient; username: string }): Promise<void> {
  await options.tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${"signin:" + options.username}, 0))`;
}

/** Lift the lock: the unlock audit row, after which earlier failures no longer count. */
export async function writeUnlock(options: {
  tx: Prisma.TransactionClient;
  actorId: string;
  user: { id: string; username: string };
  at: Date;
}): Promise<void> {
  const { tx, user } = options;
  await writeAudit({
    tx,
    event: {
      actorId: options.actorId,
      action: UNLOCK_ACTION,
      entityType: "User",
      entityId: user.id,
      data: { username: user.username },
      at: options.at,
    },
  });
}

/** Failed sign-ins of `username` that still count towards the lock at `now`. */
export async function countingFailures(options: { db: Reader; username: string; now: Date }): Promise<number> {
  const { db, username, now } = options;
  const windowStart = new Date(now.getTime() - LOCK_WINDOW_MS);
  const unlock = await db.auditEvent.findFirst({
    where: { action: UNLOCK_ACTION, at: { gt: windowStart }, data: { path: ["username"], equals: username } },
    orderBy: { at: "desc" },
    select: { at: true },
  });
  const since = unlock && unlock.at > windowStart ? unlock.at : windowStart;
  return db.auditEvent.count({
    where: { action: { in: FAILURE_ACTIONS }, at: { gt: since }, data: { path: ["username"], equals: username } },
  });
}

export async function isLocked(options: { db: Reader; username: string; now: Date }): Promise<boolean> {
  return (await countingFailures(options)) >= MAX_FAILURES;
}

/** Of these usernames, the ones locked at `now` (for lists: one query pair per username, a page at most). */
export async function lockedUsernames(options: { db: Reader; usernames: readonly string[]; now: Date }): Promise<Set<string>> {
  const locked = new Set<string>();
  const windowStart = new Date(options.now.getTime() - LOCK_WINDOW_MS);
  // One cheap query first: only usernames with any recent failure need the full rule.
  const recent = await options.db.auditEvent.findMany({
    where: { action: { in: FAILURE_ACTIONS }, at: { gt: windowStart } },
    select: { data: true },
    take: 5000,
  });
  const wanted = new Set(options.usernames);
  const counts = new Map<string, number>();
  for (const row of recent) {
    const name = (row.data as { username?: unknown } | null)?.username;
    if (typeof name === "string" && wanted.has(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  for (const [name, n] of counts) {
    if (n >= MAX_FAILURES && (await isLocked({ db: options.db, username: name, now: options.now }))) locked.add(name);
  }
  return locked;
}
