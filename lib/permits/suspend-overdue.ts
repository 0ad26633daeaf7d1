// 《居住证暂行条例》: a permit not endorsed by the end of its endorsed year has its functions suspended
// until it is endorsed. Run daily by the scheduler (lib/jobs/scheduler.ts) and at start-up. Each batch
// is one transaction: the status change, one audit row per permit (no human actor) and the holder's
// notice commit together or not at all. Idempotent: only VALID permits past their date are touched,
// and the update re-checks that condition, so two runs at once cannot suspend a permit twice.
import type { Db } from "@/lib/db";
import type { IsoDate } from "@/lib/policy/types";
import { writeAudit } from "@/lib/audit/write-audit";
import { dayOf, dbDate } from "@/lib/clock/day";
import { getNotifier, type Notifier } from "@/lib/inbox";

const BATCH = 200;

export interface SuspendOverdueResult {
  suspended: number;
}

/** Suspends every VALID permit whose validUntil is before `today` (a China calendar date). */
export async function suspendOverduePermits(options: { db: Db; today: IsoDate; notifier?: Notifier }): Promise<SuspendOverdueResult> {
  const { db } = options;
  const notifier = options.notifier ?? getNotifier();
  const today = dbDate(options.today);
  let suspended = 0;
  for (;;) {
    const candidates = await db.residencePermit.findMany({
      where: { status: "VALID", validUntil: { lt: today } },
      select: { id: true },
      orderBy: { validUntil: "asc" },
      take: BATCH,
    });
    if (candidates.length === 0) break;
    const done = await db.$transaction(async (tx) => {
      const permits = await tx.residencePermit.updateManyAndReturn({
        where: { id: { in: candidates.map((c) => c.id) }, status: "VALID", validUntil: { lt: today } },
        data: { status: "SUSPENDED" },
        select: { id: true, number: true, validUntil: true, holderId: true },
      });
      const accounts = await tx.user.findMany({
        where: { personId: { in: permits.map((p) => p.holderId) }, role: "APPLICANT", active: true },
        select: { id: true, personId: true },
      });
      const accountOf = new Map(accounts.map((a) => [a.personId, a.id]));
      for (const permit of permits) {
        const validUntil = dayOf(permit.validUntil);
        await writeAudit({
          tx,
          event: {
            actorId: null,
            action: "permit.suspend",
            entityType: "ResidencePermit",
            entityId: permit.id,
            data: { from: "VALID", to: "SUSPENDED", validUntil, today: options.today, reason: "not_endorsed" },
          },
        });
        const userId = accountOf.get(permit.holderId);
        if (userId) {
          await notifier.notify({
            tx,
            notice: { userId, kind: "permit_suspended", data: { permitId: permit.id, permitNumber: permit.number, validUntil } },
          });
        }
      }
      return permits.length;
    });
    suspended += done;
    // Fewer than a full batch found: nothing is left (a concurrent run may have taken some).
    if (candidates.length < BATCH) break;
  }
  return { suspended };
}
