// Queue health of the supervisor's subtree: per county and police station, what waits now and how the
// chosen period's decisions went; every figure links to its cases. The period is a GET form.
import { localized } from "@/lib/i18n/localized";
import { getDb } from "@/lib/db";
import { requirePagePermission } from "@/lib/auth/session";
import { chinaDate, coverageAlert } from "@/lib/clock";
import { loadCalendarCoverage } from "@/lib/clock/load-calendar";
import { getT } from "@/lib/i18n/server";
import { parsePeriod } from "@/lib/stats/period";
import { stationHealth } from "@/lib/stats/station-health";
import { listSupervisionCases } from "@/lib/stats/supervision-cases";
import { Card } from "@/components/ui/card";
import { OpenStats } from "@/components/supervision/open-stats";
import { PeriodForm } from "@/components/supervision/period-form";
import { HealthTable } from "@/components/supervision/health-table";
import { ReviewLists } from "@/components/supervision/review-lists";
import { periodHref } from "@/components/supervision/links";
import { KpiNav, statsNavItems } from "@/components/kpi/kpi-nav";
import { CalendarCoverageWarning } from "@/components/calendar-coverage";
import { FollowUps } from "@/components/supervision/follow-ups";
import { closeFollowUpAction } from "./actions";
import { listFollowUps } from "@/lib/applications/rating-follow-ups";
import { assessmentInScope } from "@/lib/stats/assessment";
import { isUuid } from "@/lib/security/uuid";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { firstValue, type SearchParams } from "@/lib/search-params";

export const generateMetadata = pageMetadata("supervision.title");

export default async function SupervisorHome({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePagePermission("read:stats:jurisdiction", "/supervision");
  const [{ t, locale }, params] = await Promise.all([getT(), searchParams]);
  const db = getDb();
  const now = new Date();
  const typed = { period: firstValue(params.period), from: firstValue(params.from), to: firstValue(params.to) };
  const { period, problems } = parsePeriod({ query: typed, today: chinaDate(now) });
  const [health, against, refused, coverage, followUps, assessment] = await Promise.all([
    stationHealth({ db, actor, period, now }),
    listSupervisionCases({ db, actor, filter: { decided: "against" }, period, now, pageSize: 5 }),
    listSupervisionCases({ db, actor, filter: { decided: "refused" }, period, now, pageSize: 5 }),
    loadCalendarCoverage({ db }),
    listFollowUps({ db, actor, now }),
    assessmentInScope({ db, actor }),
  ]);
  const followUpId = firstValue(params.followUp);
  const english = locale === "en";
  const root = health.units.root;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("supervision.title")}</h1>
        <p className="text-stone-700">{t("supervision.scope", { name: root ? localized(locale, root.name, root.nameEn) : "—" })}</p>
        <div className="mt-2">
          <KpiNav label={t("kpi.nav.label")} current="queue" items={statsNavItems({ t, queue: true, assessment })} />
        </div>
      </div>
      <CalendarCoverageWarning alert={coverageAlert({ coverage, today: chinaDate(now) })} t={t} />
      <PeriodForm t={t} period={period} problems={problems} action="/supervision" typed={{ from: typed.from, to: typed.to }} />
      <OpenStats t={t} total={health.total} period={period} />
      <FollowUps
        open={followUps.open}
        closed={followUps.closed}
        t={t}
        english={english}
        closeFollowUpAction={closeFollowUpAction}
        outcome={{
          id: isUuid(followUpId) ? followUpId : null,
          error: firstValue(params.followUpError) ?? null,
          done: firstValue(params.followUpDone) === "1",
        }}
      />
      <Card title={t("supervision.byStation")}>
        <h3 className="sr-only">{t("supervision.table.title")}</h3>
        <p className="mb-3 text-sm text-stone-700">{t("supervision.table.hint")}</p>
        {health.units.stations.length === 0 ? (
          <p className="text-stone-600">{t("supervision.table.noStations")}</p>
        ) : (
          <HealthTable health={health} t={t} period={period} now={now} english={english} />
        )}
        <a
          href={periodHref({ base: "/supervision/export", period })}
          className="mt-3 inline-block text-sm text-brand-700 underline"
          download
        >
          {t("supervision.table.export")}
        </a>
      </Card>
      <ReviewLists
        t={t}
        period={period}
        english={english}
        lists={[
          { kind: "against", rows: against.rows, total: against.total ?? 0 },
          { kind: "refused", rows: refused.rows, total: refused.total ?? 0 },
        ]}
      />
    </div>
  );
}
