import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { requirePagePermission } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { caseClock, isPastCoverage, TIME_LIMITS } from "@/lib/clock";
import { loadCalendar, loadCalendarCoverage } from "@/lib/clock/load-calendar";
import { formatDate } from "@/lib/format";
import { readOwnApplication } from "@/lib/applications/draft-state";
import { ProvisionalDueNote } from "@/components/calendar-coverage";
import { chinaNoon } from "@/lib/clock/day";
import { localized } from "@/lib/i18n/localized";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export const generateMetadata = pageMetadata("apply.done.title");

export default async function Confirmation({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePagePermission("read:application:own", `/apply/${id}/done`);
  const { t, locale } = await getT();
  const db = getDb();
  const app = await readOwnApplication({ db, actor, applicationId: id });
  if (!app) notFound();
  if (app.status === "DRAFT") redirect(`/apply/${id}/check`);
  const [calendar, coverage] = await Promise.all([loadCalendar({ db }), loadCalendarCoverage({ db })]);
  const clock = caseClock({ input: app, calendar, now: new Date() });
  const formatDay = (iso: string) => formatDate(chinaNoon(iso), locale);
  const limit = TIME_LIMITS[app.kind];
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div className="rounded-lg bg-green-800 p-6 text-center text-white" role="status">
        <h1 className="text-2xl font-bold">{t("apply.done.title")}</h1>
        <p className="mt-2">{t("apply.done.number")}</p>
        <p className="mt-1 font-mono text-2xl font-bold" data-testid="application-number">
          {app.number}
        </p>
      </div>
      <dl className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
        <div className="grid gap-1 border-b border-stone-100 py-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
          <dt className="text-stone-700">{t("apply.done.station")}</dt>
          <dd className="font-medium">{localized(locale, app.station.name, app.station.nameEn)}</dd>
        </div>
        <div className="grid gap-1 border-b border-stone-100 py-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
          <dt className="text-stone-700">{t("apply.done.limit")}</dt>
          <dd className="font-medium" data-testid="time-limit">
            {t("apply.done.limitValue", { days: limit.workingDays, citation: `${limit.citation.document} ${limit.citation.clause}` })}
          </dd>
        </div>
        <div className="grid gap-1 py-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
          <dt className="text-stone-700">{t("apply.done.due")}</dt>
          <dd className="font-medium" data-testid="due-on">
            {clock.dueOn ? formatDay(clock.dueOn) : "—"}
          </dd>
          {clock.dueOn && isPastCoverage({ coverage, date: clock.dueOn }) ? (
            <dd className="sm:col-start-2">
              <ProvisionalDueNote dueOn={clock.dueOn} coverage={coverage} t={t} formatDay={formatDay} />
            </dd>
          ) : null}
        </div>
      </dl>
      {app.eligibleAtSubmission === false ? (
        <p className="rounded border border-amber-300 bg-amber-50 p-3">{t("apply.done.notEligible")}</p>
      ) : null}
      <section aria-labelledby="next-title" className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
        <h2 id="next-title" className="mb-2 text-lg font-semibold">
          {t("apply.done.nextTitle")}
        </h2>
        <ol className="list-decimal space-y-1 pl-5">
          <li>{t("apply.done.next1")}</li>
          <li>{t("apply.done.next2")}</li>
          <li>{t("apply.done.next3")}</li>
        </ol>
      </section>
      <p className="flex flex-wrap gap-4">
        <Link
          href={`/me/cases/${app.id}`}
          className="inline-block rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
        >
          {t("apply.done.follow")}
        </Link>
        <Link href="/me" className="inline-block px-2 py-2.5 text-blue-800 underline underline-offset-2">
          {t("apply.done.home")}
        </Link>
      </p>
    </div>
  );
}
