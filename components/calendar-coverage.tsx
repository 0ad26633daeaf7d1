// How far the holiday calendar reaches (docs/decisions/0238): the warning on the administrators' and
// supervisors' pages, and the note beside a deadline the confirmed calendar does not reach.
import Link from "next/link";
import { isPastCoverage, type CalendarCoverage, type CoverageAlert } from "@/lib/clock";
import type { Translate } from "@/lib/i18n";

const iso = (date: string) => date;

/** Nothing while the confirmed calendar reaches more than 60 days ahead. */
export function CalendarCoverageWarning({
  alert,
  t,
  formatDay = iso,
  manageHref,
}: {
  alert: CoverageAlert;
  t: Translate;
  formatDay?: (iso: string) => string;
  manageHref?: string;
}) {
  if (alert.level === "ok") return null;
  const end = alert.confirmedThrough ? formatDay(alert.confirmedThrough) : null;
  const state =
    end === null
      ? t("calendarCoverage.none")
      : alert.level === "ended"
        ? t("calendarCoverage.ended", { date: end })
        : t("calendarCoverage.ending", { date: end, days: alert.daysLeft ?? 0 });
  return (
    <section
      data-testid="calendar-coverage"
      aria-labelledby="calendar-coverage-title"
      className="space-y-1 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
    >
      <h2 id="calendar-coverage-title" className="font-semibold">
        {t(alert.level === "ended" ? "calendarCoverage.endedTitle" : "calendarCoverage.endingTitle")}
      </h2>
      <p>{state}</p>
      {alert.statutoryOnly ? (
        <p>{t("calendarCoverage.statutory", { from: formatDay(alert.statutoryOnly.from), to: formatDay(alert.statutoryOnly.to) })}</p>
      ) : null}
      {manageHref ? (
        <p>
          {t("calendarCoverage.adminAction")}{" "}
          <Link href={manageHref} className="font-medium text-blue-800 underline underline-offset-2">
            {t("calendarCoverage.adminLink")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}

/** Beside a due date: says so when the deadline lies past the confirmed calendar. */
export function ProvisionalDueNote({
  dueOn,
  coverage,
  t,
  formatDay = iso,
}: {
  dueOn: string | null;
  coverage: CalendarCoverage;
  t: Translate;
  formatDay?: (iso: string) => string;
}) {
  if (!dueOn || !isPastCoverage({ coverage, date: dueOn })) return null;
  return (
    <p data-testid="due-provisional" className="text-sm text-amber-900">
      {t("calendarCoverage.provisional", { date: coverage.confirmedThrough ? formatDay(coverage.confirmedThrough) : "—" })}
    </p>
  );
}
