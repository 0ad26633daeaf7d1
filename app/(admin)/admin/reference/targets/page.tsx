import { requirePagePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { getT } from "@/lib/i18n/server";
import { TARGET_METRICS, type TargetMetric } from "@/lib/stats/targets";
import { loadReferenceData } from "@/lib/reference/reference-reads";
import { ReferenceEditor } from "@/components/kpi/reference-editor";
import { saveTargetAction } from "../actions";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export const generateMetadata = pageMetadata("kpi.reference.targets.title");

export default async function TargetsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("manage:reference:any", "/admin/reference/targets");
  const search = await searchParams;
  const { t } = await getT();
  const { units, rows } = await loadReferenceData({ db: getDb(), actor, table: "targets" });
  const metric = (m: string) => t(`kpi.targets.metric.${m as TargetMetric}`);
  return (
    <ReferenceEditor<(typeof rows)[number]>
      t={t}
      search={search}
      current="targets"
      save={saveTargetAction}
      rows={rows}
      edit={rows.find((r) => r.id === search.edit)}
      fields={[
        { name: "unitId", label: t("kpi.reference.unit"), options: units, initial: (e) => e?.unitId },
        {
          name: "metric",
          label: t("kpi.reference.targets.metric"),
          options: TARGET_METRICS.map((m) => ({ value: m, text: metric(m) })),
          initial: (e) => e?.metric,
        },
        { name: "fromYear", type: "number", label: t("kpi.reference.targets.fromYear"), required: true, initial: (e) => e?.fromYear },
        { name: "toYear", type: "number", label: t("kpi.reference.targets.toYear"), required: true, initial: (e) => e?.toYear },
        {
          name: "value",
          type: "number",
          step: "0.01",
          label: t("kpi.reference.targets.value"),
          initial: (e) => (e?.value === null || e?.value === undefined ? null : Number(e.value)),
        },
        { name: "baseYear", type: "number", label: t("kpi.reference.targets.baseYear"), initial: (e) => e?.baseYear },
        { name: "sourceDocument", label: t("kpi.reference.targets.sourceDocument"), required: true, initial: (e) => e?.sourceDocument },
        { name: "sourceClause", label: t("kpi.reference.targets.sourceClause"), required: true, initial: (e) => e?.sourceClause },
        { name: "note", label: t("kpi.reference.targets.note"), wide: true, initial: (e) => e?.note },
      ]}
      columns={[
        { head: t("kpi.reference.unit"), cell: (r) => r.unit.name },
        {
          head: t("kpi.reference.targets.metric"),
          cell: (r) => (
            <>
              {metric(r.metric)}
              {r.baseYear ? ` ${t("kpi.targets.baseYear", { year: r.baseYear })}` : ""}
            </>
          ),
        },
        { head: t("kpi.targets.period"), cell: (r) => (r.fromYear === r.toYear ? r.fromYear : `${r.fromYear}–${r.toYear}`), numeric: true },
        {
          head: t("kpi.reference.targets.value"),
          cell: (r) => (r.value === null ? t("kpi.targets.noQuota") : Number(r.value)),
          numeric: true,
        },
        {
          head: t("kpi.targets.source"),
          cell: (r) => (
            <>
              {r.sourceDocument} {r.sourceClause}
              {r.note ? <span className="block text-stone-600">{r.note}</span> : null}
            </>
          ),
        },
      ]}
      rowKey={(r) => r.id}
      rowName={(r) => `${r.unit.name} ${metric(r.metric)} ${r.fromYear}`}
      editParam={(r) => r.id}
    />
  );
}
