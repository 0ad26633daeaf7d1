// The jurisdiction tree: each unit a row (its facts and its edit link), its subunits behind a
// disclosure widget (<details>) — expandable without JavaScript, keyboard-operable, announced as
// expandable. The edit link stays outside the <summary> (no interactive element inside another).
// `openLevels` opens every unit above the chosen level, so "expand to county level" shows the counties.
import Link from "next/link";
import type { Translate } from "@/lib/i18n";
import type { UnitNode } from "@/lib/admin/units";
import { Badge } from "@/components/ui/card";

export const LEVELS = ["PROVINCE", "CITY", "COUNTY", "TOWN", "STATION"] as const;

function Facts({ unit, t }: { unit: UnitNode; t: Translate }) {
  return (
    <span className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1">
      <span className="font-medium">{unit.name}</span>
      {unit.nameEn ? (
        <span className="text-sm text-stone-600" lang="en">
          {unit.nameEn}
        </span>
      ) : null}
      <Badge tone="muted">{t(`admin.units.level.${unit.level}`)}</Badge>
      <Badge tone={unit.area === "RURAL" ? "ok" : "default"}>{t(`area.${unit.area}`)}</Badge>
      {unit.policyCode ? (
        <span className="text-xs">
          {t("admin.units.policyCode")}
          {t("common.colon")}
          <code>{unit.policyCode}</code>
        </span>
      ) : null}
      {unit.regionCode ? (
        <span className="text-xs">
          {t("admin.units.regionCode")}
          {t("common.colon")}
          <code>{unit.regionCode}</code>
        </span>
      ) : null}
      {unit.level !== "STATION" ? <span className="text-xs text-stone-700">{t("admin.units.stations", { n: unit.stations })}</span> : null}
      <span className="text-xs text-stone-700">{t("admin.units.users", { n: unit.users })}</span>
    </span>
  );
}

function Row({ unit, t }: { unit: UnitNode; t: Translate }) {
  return (
    <div className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1 px-1 py-1">
      <Facts unit={unit} t={t} />
      <Link
        href={`/admin/units/${unit.id}`}
        className="text-sm font-medium text-blue-800 underline underline-offset-2"
        aria-label={t("admin.units.editUnit", { name: unit.name })}
      >
        {t("admin.units.edit")}
      </Link>
    </div>
  );
}

export function UnitTree({ units, t, openLevels }: { units: UnitNode[]; t: Translate; openLevels: ReadonlySet<string> }) {
  return (
    <ul className="space-y-1">
      {units.map((u) => (
        <li key={u.id} className="min-w-0" data-testid={`unit-${u.code}`}>
          <Row unit={u} t={t} />
          {u.children.length ? (
            <details open={openLevels.has(u.level)} className="ml-1">
              <summary className="cursor-pointer rounded px-1 text-sm text-blue-800 hover:bg-stone-50">
                {t("admin.units.children", { n: u.children.length, name: u.name })}
              </summary>
              <div className="ml-2 border-l border-stone-200 pl-3 sm:ml-4">
                <UnitTree units={u.children} t={t} openLevels={openLevels} />
              </div>
            </details>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
