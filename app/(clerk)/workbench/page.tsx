import Link from "next/link";
import { getDb } from "@/lib/db";
import { requirePagePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import { queueFilterSchema } from "@/lib/applications/queue";
import { loadWorkbench } from "@/lib/applications/workbench";
import { Card } from "@/components/ui/card";
import { Banner } from "@/components/workbench/banner";
import { QueueFilters } from "@/components/workbench/queue-filters";
import { QueueCards, QueueCounts, QueueTable } from "@/components/workbench/queue-list";
import { takeCaseAction } from "./actions";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { firstValue, firstValues, type SearchParams } from "@/lib/search-params";

export const generateMetadata = pageMetadata("workbench.queue.title");

export default async function ClerkWorkbench({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePagePermission("read:application:station", "/workbench");
  const [{ t, locale }, params] = await Promise.all([getT(), searchParams]);
  const filter = queueFilterSchema.parse(firstValues(params, ["kind", "status", "overdue", "who", "after", "q"]));
  const caseId = firstValue(params.case);
  const takenNumber = firstValue(params.taken);
  const { station, queue, calendar, bannerCase } = await loadWorkbench({ db: getDb(), actor, filter, caseId, takenNumber });
  const now = new Date();
  const keep = new URLSearchParams();
  for (const [k, v] of Object.entries({
    kind: filter.kind,
    status: filter.status,
    overdue: filter.overdue,
    who: filter.who,
    q: queue.searchProblem ? undefined : filter.q?.trim(),
  }))
    if (v) keep.set(k, v);
  const nextHref = queue.next ? `/workbench?${new URLSearchParams([...keep, ["after", queue.next]])}` : null;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("workbench.queue.title")}</h1>
        <p className="text-stone-700">{t("workbench.queue.station", { station: station?.name ?? "—" })}</p>
        {can(actor, "reset:password:any") ? (
          <p className="mt-2">
            <Link href="/workbench/password-reset" className="font-medium text-blue-800 underline underline-offset-2">
              {t("counterReset.workbenchLink")}
            </Link>
          </p>
        ) : null}
      </div>
      <Banner
        t={t}
        done={takenNumber && bannerCase ? "taken" : firstValue(params.done)}
        error={firstValue(params.error)}
        detail={firstValue(params.detail)}
        errorId={firstValue(params.id)}
        number={bannerCase?.number}
      />
      <QueueCounts counts={queue.counts} overdue={queue.overdue} t={t} />
      <QueueFilters t={t} filter={filter} problem={queue.searchProblem} />
      <Card title={t("workbench.queue.queueTitle")}>
        {queue.rows.length === 0 ? (
          <p className="text-stone-600" role={filter.q ? "status" : undefined}>
            {filter.q?.trim() && !queue.searchProblem ? t("workbench.searchNone", { q: filter.q.trim() }) : t("workbench.queue.empty")}
          </p>
        ) : (
          <>
            {/* Phones get one card per case (deadline and urgency in view); wider screens the table. */}
            <QueueCards rows={queue.rows} calendar={calendar} now={now} take={takeCaseAction} t={t} locale={locale} />
            <QueueTable rows={queue.rows} calendar={calendar} now={now} take={takeCaseAction} t={t} locale={locale} />
          </>
        )}
        <nav className="mt-4 flex gap-4 text-sm" aria-label={t("workbench.nextPage")}>
          {filter.after ? (
            <Link href={`/workbench${keep.size ? `?${keep}` : ""}`} className="text-brand-700 underline">
              {t("workbench.firstPage")}
            </Link>
          ) : null}
          {nextHref ? (
            <Link href={nextHref} className="text-brand-700 underline" rel="next">
              {t("workbench.nextPage")}
            </Link>
          ) : null}
        </nav>
      </Card>
    </div>
  );
}
