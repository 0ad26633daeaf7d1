import Link from "next/link";
import type { Translate } from "@/lib/i18n";
import type { ApplicantHome } from "@/lib/applications/applicant-home";
import { caseClock } from "@/lib/clock";
import { Card } from "@/components/ui/card";
import { ListCard } from "./list-card";
import { CaseList } from "@/components/me/case-list";

type Place = (j: { name: string; nameEn: string | null }) => string;

/** Unsubmitted drafts, each with the way back into its task list. */
export function DraftsCard({ home, t, place }: { home: ApplicantHome; t: Translate; place: Place }) {
  if (home.drafts.length === 0) return null;
  return (
    <Card title={t("me.dashboard.draftsTitle")}>
      <ul className="space-y-3" data-testid="drafts">
        {home.drafts.map((d) => (
          <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 rounded border border-stone-200 p-3">
            <span>
              <span className="font-medium">{t(`kind.${d.kind}`)}</span>{" "}
              <span className="font-mono text-sm text-stone-700">{d.number}</span>
              <span className="block text-sm text-stone-700">
                {place(d.targetJurisdiction)} · {t("me.dashboard.draftProgress", { done: d.sectionsDone.length })}
              </span>
            </span>
            <Link
              href={`/apply/${d.id}`}
              className="rounded bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800"
              aria-label={t("me.dashboard.continueLabel", { number: d.number })}
            >
              {t("me.dashboard.continue")}
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** Submitted cases with their status and legal time limit. */
export function CasesCard(props: { home: ApplicantHome; t: Translate; place: Place; formatDay: (iso: string) => string; now: Date }) {
  const { home, t, place, formatDay, now } = props;
  return (
    <ListCard title={t("me.home.applicationsTitle")} empty={home.cases.length === 0} none={t("me.home.noApplications")}>
      <CaseList
        t={t}
        cases={home.cases.map((a) => {
          const clock = caseClock({ input: a, calendar: home.calendar, now });
          return {
            id: a.id,
            number: a.number,
            kind: a.kind,
            status: a.status,
            place: `${place(a.targetJurisdiction)} · ${t(`area.${a.targetArea}`)}`,
            clock,
            dueOn: clock.dueOn ? formatDay(clock.dueOn) : null,
          };
        })}
      />
    </ListCard>
  );
}
