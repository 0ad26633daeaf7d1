import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { requirePagePermission } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { todayInChina } from "@/lib/policy";
import { draftState, readOwnApplication } from "@/lib/applications/draft-state";
import { AnswerPanel } from "@/components/apply/answer-panel";
import { StatusTag } from "@/components/apply/status-tag";
import { OutcomeBanner } from "@/components/forms/outcome-banner";
import { localized } from "@/lib/i18n/localized";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export const generateMetadata = pageMetadata("apply.title");

export default async function TaskList({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const { id } = await params;
  const actor = await requirePagePermission("create:application:own", `/apply/${id}`);
  const [{ t, locale }, query] = await Promise.all([getT(), searchParams]);
  const app = await readOwnApplication({ db: getDb(), actor, applicationId: id });
  if (!app) notFound();
  if (app.status !== "DRAFT") redirect(`/apply/${id}/done`);
  const state = draftState({ app, today: todayInChina({ now: new Date() }) });
  const place = [app.targetJurisdiction, app.targetUnit]
    .filter(Boolean)
    .map((u) => localized(locale, u!.name, u!.nameEn))
    .join(" · ");
  const done = state.sections.filter((s) => s.status === "completed").length;
  return (
    <div className="space-y-6">
      <OutcomeBanner look="soft" outcome={{ done: query.saved ? t("apply.tasks.saved") : null, error: null }} />
      <div>
        <h1 className="text-2xl font-bold">{t("apply.tasks.title", { number: app.number, kind: t(`kind.${app.kind}`) })}</h1>
        <p className="mt-1 text-stone-700">
          {t("apply.tasks.where", { place, station: localized(locale, app.station.name, app.station.nameEn) })}
        </p>
        <p className="mt-2 max-w-3xl text-stone-700">{t("apply.tasks.intro")}</p>
        {!app.applicantUser.identityVerifiedAt ? (
          <p className="mt-3 max-w-3xl rounded border border-amber-300 bg-amber-50 p-3 text-sm">{t("apply.unverified")}</p>
        ) : null}
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <section aria-labelledby="tasks-title" className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
          <h2 id="tasks-title" className="text-lg font-semibold">
            {t("apply.tasks.completedCount", { done, total: state.sections.length })}
          </h2>
          <ol className="mt-2 divide-y divide-stone-200" data-testid="task-list">
            {state.sections.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <Link
                  href={`/apply/${app.id}/${s.id}`}
                  className="font-medium text-blue-800 underline underline-offset-2"
                  aria-describedby={`status-${s.id}`}
                >
                  {t(`apply.section.${s.id}`)}
                </Link>
                <span id={`status-${s.id}`}>
                  <StatusTag status={s.status} t={t} />
                </span>
              </li>
            ))}
            <li className="flex flex-wrap items-center justify-between gap-2 py-3">
              {state.readyToCheck ? (
                <Link href={`/apply/${app.id}/check`} className="font-medium text-blue-800 underline underline-offset-2">
                  {t("apply.tasks.checkAnswers")}
                </Link>
              ) : (
                <span className="font-medium text-stone-700">{t("apply.tasks.checkAnswers")}</span>
              )}
              {state.readyToCheck ? null : <span className="text-sm text-stone-700">{t("apply.tasks.cannotCheck")}</span>}
            </li>
          </ol>
        </section>
        <AnswerPanel asked={state.asked} t={t} locale={locale} applicationId={app.id} />
      </div>
    </div>
  );
}
