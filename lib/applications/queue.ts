// The clerk's queue: the station's cases (the supervisor's subtree), filtered by kind, status, overdue
// and mine/unassigned, sorted by legal deadline, paged by keyset on (dueAt, id) — stable while cases
// come and go, unlike OFFSET — with counts per status under the same filters. A search (queue-search.ts)
// narrows it further and, unless a status is chosen, looks at decided cases too.
import { z } from "zod";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ApplicationKind, ApplicationStatus } from "@/lib/generated/prisma/enums";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { applicationScope } from "@/lib/auth/scope";
import { decodeCursor, encodeCursor, type Cursor } from "@/lib/db/cursor";
import { overdueWhere } from "@/lib/clock/overdue";
import { OPEN_STATUSES } from "@/lib/clock/statuses";
import { parseQueueSearch, searchWhere, type QueueSearch, type QueueSearchProblem } from "./queue-search";

export const QUEUE_STATUSES = Object.values(ApplicationStatus).filter((s) => s !== "DRAFT");
export const PAGE_SIZE = 50;

export const queueFilterSchema = z.object({
  kind: z.enum(Object.values(ApplicationKind)).optional().catch(undefined),
  status: z
    .enum(QUEUE_STATUSES as [ApplicationStatus, ...ApplicationStatus[]])
    .optional()
    .catch(undefined),
  overdue: z.enum(["1"]).optional().catch(undefined),
  who: z.enum(["mine", "unassigned"]).optional().catch(undefined),
  after: z.string().max(200).optional().catch(undefined),
  /** The search text as typed; checked by parseQueueSearch, so bad text gets a message, not a 500. */
  q: z.string().optional().catch(undefined),
});
export type QueueFilter = z.infer<typeof queueFilterSchema>;

function filterWhere(
  actor: Actor,
  filter: QueueFilter,
  now: Date,
  withStatus: boolean,
  search: QueueSearch | null,
): Prisma.ApplicationWhereInput {
  const and: Prisma.ApplicationWhereInput[] = [applicationScope(actor)];
  if (withStatus && filter.status) and.push({ status: filter.status });
  else if (withStatus && !search) and.push({ status: { in: [...OPEN_STATUSES] } });
  else and.push({ status: { not: "DRAFT" } });
  if (search) and.push(searchWhere(search));
  if (filter.kind) and.push({ kind: filter.kind });
  if (filter.overdue) and.push(overdueWhere(now));
  if (filter.who === "mine") and.push({ assigneeId: actor.id });
  if (filter.who === "unassigned") and.push({ assigneeId: null });
  return { AND: and };
}

/** After the cursor in (dueAt ASC NULLS LAST, id ASC) order. */
function afterCursor(c: Cursor): Prisma.ApplicationWhereInput {
  if (c.d === null) return { dueAt: null, id: { gt: c.i } };
  const d = new Date(c.d);
  return { OR: [{ dueAt: { gt: d } }, { dueAt: d, id: { gt: c.i } }, { dueAt: null }] };
}

export async function listQueue(options: { db: Db; actor: Actor; filter: QueueFilter; now?: Date; pageSize?: number }) {
  const { db, filter } = options;
  const actor = requirePermission(
    options.actor,
    options.actor.role === "SUPERVISOR" ? "read:application:jurisdiction" : "read:application:station",
  );
  const now = options.now ?? new Date();
  const size = options.pageSize ?? PAGE_SIZE;
  const parsed = parseQueueSearch(filter.q);
  if (!parsed.ok)
    return { rows: [], next: null, counts: emptyCounts(), overdue: 0, searchProblem: parsed.problem as QueueSearchProblem | null };
  const search = parsed.search;
  const where = filterWhere(actor, filter, now, true, search);
  const cursor = decodeCursor(filter.after);
  const [rows, grouped, overdue] = await Promise.all([
    db.application.findMany({
      where: cursor ? { AND: [where, afterCursor(cursor)] } : where,
      orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      take: size + 1,
      select: {
        id: true,
        number: true,
        kind: true,
        status: true,
        version: true,
        dueAt: true,
        submittedAt: true,
        assigneeId: true,
        clockStartedAt: true,
        clockPausedAt: true,
        pausedWorkingDays: true,
        decidedAt: true,
        againstEngine: true,
        flagNote: true,
        applicantPerson: { select: { name: true, citizenId: true } },
        assignee: { select: { displayName: true, badgeNumber: true } },
      },
    }),
    db.application.groupBy({
      by: ["status"],
      where: filterWhere(actor, { ...filter, status: undefined }, now, false, search),
      _count: { _all: true },
    }),
    db.application.count({ where: filterWhere(actor, { ...filter, status: undefined, overdue: "1" }, now, false, search) }),
  ]);
  const page = rows.slice(0, size);
  const last = page[page.length - 1];
  const next = rows.length > size && last ? encodeCursor({ d: last.dueAt ? last.dueAt.toISOString() : null, i: last.id }) : null;
  const counts = Object.fromEntries(QUEUE_STATUSES.map((s) => [s, grouped.find((g) => g.status === s)?._count._all ?? 0])) as Record<
    ApplicationStatus,
    number
  >;
  return { rows: page, next, counts, overdue, searchProblem: null as QueueSearchProblem | null };
}

function emptyCounts() {
  return Object.fromEntries(QUEUE_STATUSES.map((s) => [s, 0])) as Record<ApplicationStatus, number>;
}
