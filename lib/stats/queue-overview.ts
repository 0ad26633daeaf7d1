// Queue health for a supervisor's subtree: what is open, what is late, how fast cases are decided.
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/permissions";
import { applicationScope, permitScope } from "@/lib/auth/scope";
import { OPEN_STATUSES } from "@/lib/applications/statuses";


export interface QueueOverview {
  byStatus: Record<string, number>;
  open: number;
  overdue: number;
  oldestSubmittedAt: Date | null;
  decidedLast30: number;
  decidedOnTimeLast30: number;
  byStation: { stationId: string; name: string; open: number; overdue: number }[];
  permitsByStatus: Record<string, number>;
}

export async function queueOverview(options: { db: Db; actor: Actor; now: Date }): Promise<QueueOverview> {
  const { db, now } = options;
  const actor = requirePermission(options.actor, "read:stats:jurisdiction");
  const scope = applicationScope(actor);
  const since = new Date(now.getTime() - 30 * 24 * 3600 * 1000);
  const [statusGroups, overdue, oldest, decided, openByStation, overdueByStation, permits] = await Promise.all([
    db.application.groupBy({ by: ["status"], where: scope, _count: { _all: true } }),
    db.application.count({ where: { ...scope, status: { in: [...OPEN_STATUSES] }, dueAt: { lt: now } } }),
    db.application.findFirst({ where: { ...scope, status: { in: [...OPEN_STATUSES] } }, orderBy: { submittedAt: "asc" }, select: { submittedAt: true } }),
    db.application.findMany({ where: { ...scope, decidedAt: { gte: since } }, select: { decidedAt: true, dueAt: true } }),
    db.application.groupBy({ by: ["stationId"], where: { ...scope, status: { in: [...OPEN_STATUSES] } }, _count: { _all: true } }),
    db.application.groupBy({ by: ["stationId"], where: { ...scope, status: { in: [...OPEN_STATUSES] }, dueAt: { lt: now } }, _count: { _all: true } }),
    db.residencePermit.groupBy({ by: ["status"], where: permitScope(actor), _count: { _all: true } }),
  ]);
  const stations = await db.jurisdiction.findMany({
    where: { id: { in: openByStation.map((g) => g.stationId) } },
    select: { id: true, name: true },
  });
  const byStatus = Object.fromEntries(statusGroups.map((g) => [g.status, g._count._all]));
  return {
    byStatus,
    open: OPEN_STATUSES.reduce((n, s) => n + (byStatus[s] ?? 0), 0),
    overdue,
    oldestSubmittedAt: oldest?.submittedAt ?? null,
    decidedLast30: decided.length,
    decidedOnTimeLast30: decided.filter((d) => d.dueAt && d.decidedAt && d.decidedAt <= d.dueAt).length,
    byStation: openByStation
      .map((g) => ({
        stationId: g.stationId,
        name: stations.find((s) => s.id === g.stationId)?.name ?? "—",
        open: g._count._all,
        overdue: overdueByStation.find((o) => o.stationId === g.stationId)?._count._all ?? 0,
      }))
      .sort((a, b) => b.overdue - a.overdue || b.open - a.open),
    permitsByStatus: Object.fromEntries(permits.map((g) => [g.status, g._count._all])),
  };
}
