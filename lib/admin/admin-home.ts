// The administrator's home (/admin): the active accounts and how many are locked now, the units, today's audit
// rows (from China midnight), the newest audit rows and the holiday calendar's coverage.
import type { Db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { lockedUsernames } from "@/lib/auth/lock";
import { loadCalendarCoverage } from "@/lib/clock/load-calendar";
import { auditPage } from "./audit-trail";

export async function loadAdminHome(options: { db: Db; actor: Actor; now: Date }) {
  const { db, now } = options;
  const actor = requirePermission(options.actor, "manage:user:any");
  const startOfDay = new Date(`${new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(now)}T00:00:00+08:00`);
  const [activeUsers, units, auditToday, usernames, recent, coverage] = await Promise.all([
    db.user.count({ where: { active: true } }),
    db.jurisdiction.count(),
    db.auditEvent.count({ where: { at: { gte: startOfDay } } }),
    db.user.findMany({ select: { username: true } }),
    auditPage({ db, actor, filter: { actor: "", action: "", entityType: "", entityId: "" } }),
    loadCalendarCoverage({ db }),
  ]);
  const locked = await lockedUsernames({ db, usernames: usernames.map((u) => u.username), now });
  return { activeUsers, units, auditToday, locked, recent, coverage };
}
