import { requirePagePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { getT } from "@/lib/i18n/server";
import { INPUT_KEYS } from "@/lib/stats/assessment-tables";
import { loadReferenceData } from "@/lib/reference/reference-reads";
import { ReferenceEditor } from "@/components/kpi/reference-editor";
import { saveAssessmentAction } from "../actions";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export const generateMetadata = pageMetadata("kpi.reference.assessment.title");

export default async function AssessmentInputsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("manage:reference:any", "/admin/reference/assessment");
  const search = await searchParams;
  const { t } = await getT();
  const { units, rows } = await loadReferenceData({ db: getDb(), actor, table: "assessment" });
  const show = (v: unknown) => (v === null || v === undefined ? "—" : String(Number(v)));
  return (
    <ReferenceEditor<(typeof rows)[number]>
      t={t}
      search={search}
      current="assessment"
      intro={
        <p className="text-stone-700">
          {t("kpi.assessment.part1")} {t("kpi.assessment.part2")} {t("kpi.assessment.part3")}
        </p>
      }
      save={saveAssessmentAction}
      rows={rows}
      edit={rows.find((r) => r.id === search.edit)}
      fields={[
        { name: "unitId", label: t("kpi.assessment.county"), options: units, initial: (e) => e?.unitId },
        { name: "year", type: "number", label: t("kpi.reference.year"), required: true, initial: (e) => e?.year ?? 2018 },
        ...INPUT_KEYS.map((key) => ({
          name: key,
          type: "number" as const,
          step: key === "requiredIncrease" ? "0.01" : "1",
          label: t(`kpi.assessment.inputs.${key}`),
          hint: key === "requiredIncrease" || key === "relocatedMovedIn" ? undefined : t("kpi.reference.blankMeansRegistry"),
          initial: (e: (typeof rows)[number] | undefined) => (e?.[key] === null || e?.[key] === undefined ? null : Number(e[key])),
        })),
        { name: "source", label: t("kpi.reference.source"), required: true, wide: true, initial: (e) => e?.source },
      ]}
      columns={[
        { head: t("kpi.assessment.county"), cell: (r) => r.unit.name },
        { head: t("kpi.reference.year"), cell: (r) => r.year, numeric: true },
        ...INPUT_KEYS.map((k) => ({
          head: t(`kpi.assessment.inputs.${k}`),
          cell: (r: (typeof rows)[number]) => show(r[k]),
          numeric: true,
        })),
        { head: t("kpi.reference.source"), cell: (r) => r.source },
      ]}
      rowKey={(r) => r.id}
      rowName={(r) => `${r.unit.name} ${r.year}`}
      editParam={(r) => r.id}
    />
  );
}
