import Link from "next/link";
import type { Locale, Translate } from "@/lib/i18n";
import { formatDate } from "@/lib/format";
import { endorsementWindow } from "@/lib/permits/endorsement-window";

export const START_LINK = "inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800";

type Permit = Parameters<typeof endorsementWindow>[0]["permit"] & { id: string; number: string; validUntil: Date };

/** The applicant's live permits, each offered for 签注 only in its window: early, the dates; late, the consequence. */
export function EndorsablePermits({ permits, today, t, locale }: { permits: Permit[]; today: string; t: Translate; locale: Locale }) {
  const day = (iso: string) => formatDate(new Date(`${iso}T00:00:00+08:00`), locale);
  return (
    <ul className="space-y-3">
      {permits.map((p) => {
        // Offered only in its window (lib/permits/endorsement-window.ts): early, the dates; late, the consequence.
        const w = endorsementWindow({ permit: p, today });
        const label = t("apply.chooser.permitLabel", { number: p.number, date: formatDate(p.validUntil, locale) });
        return (
          <li key={p.id} data-testid={`endorse-${p.number}`}>
            {w.state === "open" || w.state === "late" ? (
              <>
                {w.state === "late" ? (
                  <p className="mb-2 rounded bg-red-50 p-2 text-sm text-red-900">
                    {t("endorseWindow.late", { number: p.number, date: day(w.anniversary) })}
                  </p>
                ) : null}
                <Link href={`/apply/new?kind=permit_endorsement&permitId=${p.id}`} className={START_LINK}>
                  {label}
                </Link>
              </>
            ) : (
              <p className="text-stone-700">
                <span className="font-medium">{label}</span>
                <br />
                {w.state === "not_yet"
                  ? t("endorseWindow.notYetShort", { from: day(w.opensOn), to: day(w.anniversary) })
                  : t("endorseWindow.none", { number: p.number })}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
