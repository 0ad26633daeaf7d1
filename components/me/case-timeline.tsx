import type { Translate } from "@/lib/i18n";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

export interface TimelineEvent {
  id: string;
  at: string;
  toStatus: ApplicationStatus;
  byApplicant: boolean;
  reason: string | null;
  clause: string | null;
}

/** What happened and when, by whom — the applicant or the station, never an officer's name. */
export function CaseTimeline({ events, station, t }: { events: TimelineEvent[]; station: string; t: Translate }) {
  return (
    <ol className="relative space-y-4 border-l-2 border-stone-200 pl-4" data-testid="timeline">
      {events.map((e) => (
        <li key={e.id} className="relative">
          <span aria-hidden className="absolute -left-[23px] top-1.5 h-3 w-3 rounded-full bg-brand-700" />
          <p className="font-medium">{t(`status.${e.toStatus}`)}</p>
          <p className="text-sm text-stone-600">
            <time>{e.at}</time> · {e.byApplicant ? t("me.case.byYou") : station}
          </p>
          {e.reason ? (
            <p className="text-sm">
              {t("me.case.reasonLabel")}
              {t("common.colon")}
              {e.reason}
            </p>
          ) : null}
          {e.clause ? (
            <p className="text-sm">
              {t("me.case.clauseLabel")}
              {t("common.colon")}
              {e.clause}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
