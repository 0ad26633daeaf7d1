// The cases behind a supervision figure, for supervisors of the subtree: filtered by unit, status,
// overdue or the period's decisions, keyset-paged, masked. Each case opens the case screen, where the
// supervisor reassigns or flags it.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { requirePagePermission } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { chinaDate, RUNNING_STATUSES } from "@/lib/clock";
import { getT } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n";
import { parsePeriod, periodQuery } from "@/lib/stats/period";
import { caseListFilterSchema, listSupervisionCases } from "@/lib/stats/supervision-cases";
import { CASE_EXPORT_MAX } from "@/lib/stats/supervision-export";
import { Card } from "@/components/ui/card";
import { PeriodForm } from "@/components/supervision/period-form";
import { CaseTable } from "@/components/supervision/case-table";
import { localized } from "@/lib/i18n/localized";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { firstValue, firstValues, type SearchParams } from "@/lib/search-params";

export const generateMetadata = pageMetadata("supervision.cases.title");

export default async function SupervisionCases({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePagePermission("read:application:jurisdiction", "/supervision/cases");
  const [{ t, locale }, params] = await Promise.all([getT(), searchParams]);
  const db = getDb();
  const now = new Date();
  const typed = { period: firstValue(params.period), from: firstValue(params.from), to: firstValue(params.to) };
  const { period, problems } = parsePeriod({ query: typed, today: chinaDate(now) });
  const filter = caseListFilterSchema.parse(firstValues(params, ["unit", "status", "overdue", "decided", "after"]));
  let list;
  try {
    list = await listSupervisionCases({ db, actor, filter, period, now });
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const { units } = list;
  const english = locale === "en";
  const unit = [units.root, ...units.counties, ...units.stations].find((u) => u?.id === (filter.unit ?? units.root?.id));
  const unitName = filter.unit && unit ? localized(locale, unit.name, unit.nameEn) : t("supervision.cases.scopeAll");
  const what = filter.decided ? `decided_${filter.decided}` : filter.overdue ? "overdue" : (filter.status ?? "open");
  const keep: Record<string, string> = {};
  for (const [k, v] of Object.entries({ unit: filter.unit, status: filter.status, overdue: filter.overdue, decided: filter.decided }))
    if (v) keep[k] = v;
  const query = new URLSearchParams({ ...keep, ...periodQuery(period) });
  const nextHref = list.next ? `/supervision/cases?${new URLSearchParams([...query, ["after", list.next]])}` : null;
  const running = RUNNING_STATUSES as readonly string[];
  const overdueIds = new Set(list.rows.filter((r) => running.includes(r.status) && r.dueAt && r.dueAt < now).map((r) => r.id));

  return (
    <div className="space-y-6">
      <div>
        <Link href={`/supervision?${new URLSearchParams(periodQuery(period))}`} className="text-sm text-brand-700 underline">
          ← {t("supervision.cases.back")}
        </Link>
        <h1 className="mt-1 text-2xl font-bold">{t("supervision.cases.title")}</h1>
        <p className="text-stone-700" data-testid="list-showing">
          {t("supervision.cases.showing", { unit: unitName, what: t(`supervision.cases.what.${what}` as MessageKey) })}
        </p>
      </div>
      {filter.decided ? (
        <PeriodForm
          t={t}
          period={period}
          problems={problems}
          action="/supervision/cases"
          typed={{ from: typed.from, to: typed.to }}
          keep={keep}
        />
      ) : null}
      <Card title={t("supervision.cases.total", { n: list.total ?? 0 })}>
        {list.rows.length === 0 ? (
          <p className="text-stone-600">{t("supervision.cases.empty")}</p>
        ) : (
          <CaseTable rows={list.rows} t={t} english={english} overdueIds={overdueIds} decided={Boolean(filter.decided)} />
        )}
        <nav className="mt-4 flex flex-wrap gap-4 text-sm" aria-label={t("supervision.cases.pages")}>
          {filter.after ? (
            <Link href={`/supervision/cases?${query}`} className="text-brand-700 underline">
              {t("supervision.cases.firstPage")}
            </Link>
          ) : null}
          {nextHref ? (
            <Link href={nextHref} className="text-brand-700 underline" rel="next">
              {t("supervision.cases.nextPage")}
            </Link>
          ) : null}
          <a href={`/supervision/cases/export?${query}`} className="text-brand-700 underline" download>
            {t("supervision.cases.export", { max: CASE_EXPORT_MAX.toLocaleString("en") })}
          </a>
        </nav>
      </Card>
    </div>
  );
}
