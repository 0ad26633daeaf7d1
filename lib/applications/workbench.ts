// What the clerk's workbench (/workbench) reads besides the queue itself: the station's name, the calendar the
// queue's clocks run on, and the case a banner names after a redirect (by id, or by the number just taken) —
// each in the actor's scope, so a banner never names a case the clerk could not open.
import type { Db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { applicationScope } from "@/lib/auth/scope";
import { loadCalendar } from "@/lib/clock/load-calendar";
import { isUuid } from "@/lib/security/uuid";
import { listQueue, type QueueFilter } from "./queue";

export async function loadWorkbench(options: { db: Db; actor: Actor; filter: QueueFilter; caseId?: string; takenNumber?: string }) {
  const { db, filter, caseId, takenNumber } = options;
  const actor = requirePermission(options.actor, "read:application:station");
  const [station, queue, calendar, bannerCase] = await Promise.all([
    actor.stationId ? db.jurisdiction.findUnique({ where: { id: actor.stationId }, select: { name: true } }) : null,
    listQueue({ db, actor, filter }),
    loadCalendar({ db }),
    isUuid(caseId)
      ? db.application.findFirst({ where: { id: caseId, ...applicationScope(actor) }, select: { number: true } })
      : takenNumber && takenNumber.length <= 40
        ? db.application.findFirst({ where: { number: takenNumber, ...applicationScope(actor) }, select: { number: true } })
        : null,
  ]);
  return { station, queue, calendar, bannerCase };
}
