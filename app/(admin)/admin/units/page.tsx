import Link from "next/link";
import { getDb } from "@/lib/db";
import { requirePagePermission } from "@/lib/auth/session";
import { unitTree } from "@/lib/admin/units";
import { getT } from "@/lib/i18n/server";
import { Card } from "@/components/ui/card";
import { OutcomeBanner } from "@/components/forms/outcome-banner";
import { LEVELS, UnitTree } from "@/components/admin/unit-tree";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export const generateMetadata = pageMetadata("admin.units.title");

export default async function UnitsPage({ searchParams }: { searchParams: Promise<{ level?: string; done?: string }> }) {
  const actor = await requirePagePermission("manage:jurisdiction:any", "/admin/units");
  const { t } = await getT();
  const q = await searchParams;
  const tree = await unitTree({ db: getDb(), actor });
  // Expand to a level: every unit above it is open. Default: the cities' children (counties) show.
  const depth = Math.max(1, LEVELS.indexOf((q.level ?? "COUNTY") as (typeof LEVELS)[number]));
  const openLevels = new Set<string>(LEVELS.slice(0, depth));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("admin.units.title")}</h1>
      <OutcomeBanner outcome={{ done: q.done === "unitUpdated" ? t("admin.done.unitUpdated") : null, error: null }} testIds={{}} />
      <p>{t("admin.units.intro")}</p>
      <nav aria-label={t("admin.units.expand")} className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <span>
          {t("admin.units.expand")}
          {t("common.colon")}
        </span>
        {LEVELS.slice(1).map((level) => (
          <Link
            key={level}
            href={`/admin/units?level=${level}`}
            aria-current={LEVELS[depth] === level ? "page" : undefined}
            className={`rounded px-2 py-1 underline underline-offset-2 ${LEVELS[depth] === level ? "bg-brand-50 font-semibold text-brand-800" : "text-blue-800"}`}
          >
            {t(`admin.units.level.${level}`)}
          </Link>
        ))}
      </nav>
      <Card>
        <h2 className="sr-only">{t("admin.units.treeLabel")}</h2>
        {/* key: a change of level re-renders the widgets with their new open state */}
        <div key={depth}>
          <UnitTree units={tree} t={t} openLevels={openLevels} />
        </div>
      </Card>
    </div>
  );
}
