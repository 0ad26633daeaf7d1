import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { kpiUnitChoices } from "@/lib/stats/units";
import { loadKpi, type KpiData } from "@/lib/stats/kpi-tables";
import { PermitsCard, RatesCard, SettlementsCard, TargetsCard, UnitsCard } from "@/components/kpi/kpi-cards";
import { KpiChooser } from "@/components/kpi/kpi-chooser";
import { KpiNav, statsNavItems } from "@/components/kpi/kpi-nav";
import { assessmentInScope } from "@/lib/stats/assessment";
import { MIN_YEAR, kpiQuery, parseKpiParams, requireStatsPage, thisYear } from "./params";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export const generateMetadata = pageMetadata("kpi.title");

export const dynamic = "force-dynamic";

export default async function KpiPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireStatsPage("/supervision/kpi");
  const params = parseKpiParams(await searchParams);
  const { t, locale } = await getT();
  const db = getDb();
  let data: KpiData;
  try {
    data = await loadKpi({ db, actor, params, t, locale });
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const [choices, assessment] = await Promise.all([kpiUnitChoices({ db, actor }), assessmentInScope({ db, actor })]);
  const rootDepth = Math.min(...choices.map((c) => c.path.split("/").length));
  const units = choices.map((c) => ({ id: c.id, name: c.name, depth: c.path.split("/").length - rootDepth }));
  const years: number[] = [];
  for (let y = thisYear() + 1; y >= MIN_YEAR; y--) years.push(y);
  const { unit } = data;
  const current = { unitId: unit.id, year: params.year, fromYear: params.fromYear, on: params.on };
  const csv = (table: string) => `/supervision/kpi/export?${kpiQuery(current, { table })}`;

  return (
    <div className="min-w-0 space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t("kpi.title")}</h1>
        <p className="text-stone-700">{t("kpi.scope", { name: unit.name })}</p>
        <KpiNav
          label={t("kpi.nav.label")}
          current="kpi"
          items={statsNavItems({ t, queue: can(actor, "read:stats:jurisdiction"), assessment })}
        />
      </div>
      <KpiChooser
        t={t}
        action="/supervision/kpi"
        units={units}
        unitId={unit.id}
        years={years}
        year={params.year}
        fromYear={params.fromYear}
        on={params.on ?? ""}
      />

      <RatesCard t={t} data={data} csv={csv} />
      <UnitsCard t={t} data={data} csv={csv} year={params.year} />
      <TargetsCard t={t} data={data} csv={csv} />
      <SettlementsCard t={t} data={data} csv={csv} />
      <PermitsCard t={t} data={data} csv={csv} />
    </div>
  );
}
