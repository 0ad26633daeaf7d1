// 补正: everything missing or faulty is asked for at once (一次性告知) — checklist items and free-text
// items in one MaterialsRequest — and the case moves IN_REVIEW → NEEDS_MATERIALS through moveCase,
// which pauses the legal clock and tells the applicant. The notice itself carries every item (the document's
// name in both languages, the clerk's note) and the clock's state: the law sets the applicant no period to
// answer in, so the notice says from which day the time limit is paused and how many working days are left
// when it runs again (decision record 0246). One transaction.
import type { Db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { loadCalendar } from "@/lib/clock/load-calendar";
import { moveCase } from "./lifecycle";
import { findMovableCase } from "./clerk-case";
import { auditingNotHolder, requireHolder } from "./holder";
import { checklistItem } from "./checklist";
import { caseClock, chinaDate } from "@/lib/clock";

/** More items than this in one request is a form gone wrong, not a request (free-text keys stay two digits). */
export const MAX_REQUEST_ITEMS = 50;

export interface MaterialsItem {
  /** A checklist item id, or null for a free-text item. */
  item: string | null;
  note: string;
}

export async function requestMaterials(options: {
  db: Db;
  actor: Actor;
  applicationId: string;
  expectedVersion: number;
  items: MaterialsItem[];
  message?: string | null;
  now?: Date;
}) {
  const { db, expectedVersion } = options;
  const actor = requirePermission(options.actor, "request:materials:station");
  const items = options.items.map((i) => ({ item: i.item, note: i.note.trim() }));
  const problems: string[] = [];
  if (items.length === 0) problems.push("items");
  if (items.length > MAX_REQUEST_ITEMS) problems.push("items");
  for (const i of items) {
    if (i.item !== null && !checklistItem(i.item)) problems.push(`item:${i.item}`);
    if (i.item === null && i.note.length === 0) problems.push("note");
  }
  if (problems.length > 0) throw new DomainError("VALIDATION", problems);
  const calendar = await loadCalendar({ db });
  const now = options.now ?? new Date();
  return auditingNotHolder({ db, actor, decision: "request-materials" }, () =>
    db.$transaction(async (tx) => {
      const app = await findMovableCase({ tx, actor, applicationId: options.applicationId });
      if (app.status !== "IN_REVIEW") throw new DomainError(app.version !== expectedVersion ? "STALE" : "INVALID_STATE");
      requireHolder({ app, actor });
      const message = options.message?.trim() || null;
      // Read before the pause begins: what is left of the limit is what the answer gives back.
      const clock = caseClock({ input: app, calendar, now });
      const noticeItems = items.map((i) => {
        const def = i.item ? checklistItem(i.item) : null;
        return { item: i.item, labelZh: def?.labelZh ?? null, labelEn: def?.labelEn ?? null, note: i.note };
      });
      const version = await moveCase({
        tx,
        app,
        to: "NEEDS_MATERIALS",
        actorId: actor.id,
        expectedVersion,
        calendar,
        now,
        reason: message ?? "一次性告知需补正的材料",
        action: "application.request-materials",
        auditData: { items: items.map((i) => i.item ?? i.note) },
        noticeData: {
          items: noticeItems,
          message,
          requestedOn: chinaDate(now),
          answerBy: null,
          remainingWorkingDays: clock.remainingWorkingDays,
        },
      });
      const request = await tx.materialsRequest.create({
        data: { applicationId: app.id, items, message, requestedById: actor.id, requestedAt: now },
        select: { id: true },
      });
      return { number: app.number, version, requestId: request.id };
    }),
  );
}
