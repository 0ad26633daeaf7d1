import { requirePagePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { getT } from "@/lib/i18n/server";
import { residentUrbanizationRate, round2 } from "@/lib/stats/formulas";
import { loadReferenceData } from "@/lib/reference/reference-reads";
import { ReferenceEditor } from "@/components/kpi/reference-editor";
import { savePopulationAction } from "../actions";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export const generateMetadata = pageMetadata("kpi.reference.population.title");

export default async function PopulationPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("manage:reference:any", "/admin/reference/population");
  const search = await searchParams;
  const { t } = await getT();
  const { units, rows } = await loadReferenceData({ db: getDb(), actor, table: "population" });
  type Row = (typeof rows)[number];
  const shownRate = (r: Row) => {
    const rate = residentUrbanizationRate({ residentUrban: r.residentUrban, residentTotal: r.residentTotal });
    return rate === null ? "—" : round2(rate);
  };
  return (
    <ReferenceEditor<Row>
      t={t}
      search={search}
      current="population"
      save={savePopulationAction}
      rows={rows}
      edit={rows.find((r) => r.id === search.edit)}
      fields={[
        { name: "unitId", label: t("kpi.reference.unit"), options: units, initial: (e) => e?.unitId },
        { name: "year", type: "number", label: t("kpi.reference.year"), required: true, initial: (e) => e?.year },
        {
          name: "residentTotal",
          type: "number",
          label: t("kpi.reference.population.residentTotal"),
          required: true,
          initial: (e) => e?.residentTotal,
        },
        {
          name: "residentUrban",
          type: "number",
          label: t("kpi.reference.population.residentUrban"),
          required: true,
          initial: (e) => e?.residentUrban,
        },
        { name: "source", label: t("kpi.reference.source"), required: true, wide: true, initial: (e) => e?.source },
      ]}
      columns={[
        { head: t("kpi.reference.unit"), cell: (r) => r.unit.name },
        { head: t("kpi.reference.year"), cell: (r) => r.year, numeric: true },
        { head: t("kpi.reference.population.residentTotal"), cell: (r) => r.residentTotal, numeric: true },
        { head: t("kpi.reference.population.residentUrban"), cell: (r) => r.residentUrban, numeric: true },
        { head: t("kpi.reference.population.rate"), cell: (r) => shownRate(r), numeric: true },
        { head: t("kpi.reference.source"), cell: (r) => r.source },
      ]}
      rowKey={(r) => r.id}
      rowName={(r) => `${r.unit.name} ${r.year}`}
      editParam={(r) => r.id}
    />
  );
}
