import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { requirePagePermission } from "@/lib/auth/session";
import { getUnit } from "@/lib/admin/units";
import { getT } from "@/lib/i18n/server";
import { Card } from "@/components/ui/card";
import { UnitForm } from "@/components/admin/unit-form";
import { adminLabels } from "@/components/admin/labels";
import { updateUnitAction } from "../actions";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = pageMetadata("admin.units.title");

const AREAS = ["CENTRAL_URBAN", "TOWN", "RURAL"] as const;

export default async function UnitPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePagePermission("manage:jurisdiction:any", `/admin/units/${id}`);
  const { t, locale } = await getT();
  const unit = await getUnit({ db: getDb(), actor, unitId: id });
  if (!unit) notFound();
  const L = adminLabels(locale);
  const facts: [string, string][] = [
    [t("admin.units.code"), unit.code],
    [t("admin.units.parent"), unit.parent?.name ?? "—"],
    [t("admin.units.policyCode"), unit.policyCode ?? "—"],
    [t("admin.units.regionCode"), unit.regionCode ?? "—"],
  ];
  return (
    <div className="space-y-6">
      <BackLink href="/admin/units">{t("admin.units.back")}</BackLink>
      <h1 className="break-words text-2xl font-bold">{t("admin.units.editTitle", { name: unit.name })}</h1>
      <Card className="max-w-2xl">
        <dl className="mb-5 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-stone-600">{t("admin.units.levelLabel")}</dt>
          <dd>{t(`admin.units.level.${unit.level}`)}</dd>
          {facts.map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="text-stone-600">{k}</dt>
              <dd className="break-all font-mono">{v}</dd>
            </div>
          ))}
        </dl>
        <UnitForm
          action={updateUnitAction}
          labels={L.units}
          areaLabel={L.units.area}
          errorTitle={L.form.errorTitle}
          unit={{ id: unit.id, name: unit.name, nameEn: unit.nameEn ?? "", area: unit.area }}
          areas={AREAS.map((a) => ({ value: a, label: t(`area.${a}`) }))}
        />
      </Card>
    </div>
  );
}
