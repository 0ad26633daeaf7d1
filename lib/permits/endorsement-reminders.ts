// The yearly endorsement (签注) falls in the month before each full year of residence
// (《居住证暂行条例》第十四条; the window itself: ./endorsement-window.ts). While a permit is in that window its holder gets one "endorsement_due"
// notice in the inbox — one per permit per window, however often the job runs: an existing notice
// for the same permit and the same validUntil means the reminder was already sent. A transaction-level
// advisory lock keeps two runs at once from both sending.
import type { Db } from "@/lib/db";
import type { IsoDate } from "@/lib/policy/types";
import { getNotifier, type Notifier } from "@/lib/inbox";
import { endorsementWindow } from "./endorsement-window";
import { addDays, dayOf, dbDate } from "@/lib/clock/day";

/** The same day one month later, clamped to the month's end (01-31 → 02-28). */
export function addOneMonth(date: IsoDate): IsoDate {
  const [y, m, d] = date.split("-").map(Number);
  const year = m === 12 ? y + 1 : y;
  const month = m === 12 ? 1 : m + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

/** Is `today` within the endorsement window of a permit valid until `validUntil`? The one window function decides. */
export function inEndorsementWindow(options: { today: IsoDate; validUntil: IsoDate }): boolean {
  return endorsementWindow({ permit: { status: "VALID", validUntil: options.validUntil }, today: options.today }).state === "open";
}

const LOCK_KEY = 740_215_001; // any fixed number; names the reminder job's lock

export async function sendEndorsementReminders(options: { db: Db; today: IsoDate; notifier?: Notifier }): Promise<{ sent: number }> {
  const { db } = options;
  const notifier = options.notifier ?? getNotifier();
  const from = dbDate(options.today);
  // A month before a month's end is clamped (03-31 → 02-28), so the window of a permit can open up to three
  // days before "today plus a month" reaches it: read a little wider, then let the window function decide.
  const to = dbDate(addDays(addOneMonth(options.today), 3));
  return db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${LOCK_KEY})`);
      const permits = await tx.residencePermit.findMany({
        where: { status: "VALID", validUntil: { gte: from, lte: to }, holder: { user: { is: { role: "APPLICANT", active: true } } } },
        select: { id: true, number: true, validUntil: true, holder: { select: { user: { select: { id: true } } } } },
      });
      let sent = 0;
      for (const permit of permits) {
        if (!inEndorsementWindow({ today: options.today, validUntil: dayOf(permit.validUntil) })) continue;
        const userId = permit.holder.user?.id;
        if (!userId) continue;
        const validUntil = dayOf(permit.validUntil);
        const already = await tx.notice.findFirst({
          where: {
            userId,
            kind: "endorsement_due",
            AND: [{ data: { path: ["permitId"], equals: permit.id } }, { data: { path: ["validUntil"], equals: validUntil } }],
          },
          select: { id: true },
        });
        if (already) continue;
        await notifier.notify({
          tx,
          notice: { userId, kind: "endorsement_due", data: { permitId: permit.id, permitNumber: permit.number, validUntil } },
        });
        sent += 1;
      }
      return { sent };
    },
    { timeout: 60_000 },
  );
}
