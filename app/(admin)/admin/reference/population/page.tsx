import { requirePagePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { getT } from "@/lib/i18n/server";
import { residentUrbanizationRate, round2 } from "@/lib/stats/formulas";
import { Card } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { RefField, RefHeader, RefOutcome, RefSelect, formKey, invalidFields, refillFrom, submitClass } from "@/components/kpi/ref-form";
import { savePopulationAction } from "../actions";
import { referenceUnits } from "../units";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export const generateMetadata = pageMetadata("kpi.reference.population.title");

export default async function PopulationPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePagePermission("manage:reference:any", "/admin/reference/population");
  const search = await searchParams;
  const { t } = await getT();
  const db = getDb();
  const [units, rows] = await Promise.all([
    referenceUnits({ db }),
    db.populationStat.findMany({
      include: { unit: { select: { name: true, path: true } } },
      orderBy: [{ unit: { path: "asc" } }, { year: "desc" }],
    }),
  ]);
  const editId = typeof search.edit === "string" ? search.edit : null;
  const edit = rows.find((r) => r.id === editId);
  const bad = invalidFields(search);
  const value = refillFrom(search);
  return (
    <div className="min-w-0 space-y-6">
      <RefHeader t={t} current="population" />
      <RefOutcome t={t} search={search} />
      <Card title={t("kpi.reference.edit")}>
        <form key={formKey(search)} action={savePopulationAction} className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <RefSelect
            name="unitId"
            label={t("kpi.reference.unit")}
            options={units}
            defaultValue={value("unitId", edit?.unitId)}
            invalid={bad.has("unitId")}
          />
          <RefField
            name="year"
            type="number"
            label={t("kpi.reference.year")}
            defaultValue={value("year", edit?.year)}
            required
            invalid={bad.has("year")}
          />
          <RefField
            name="residentTotal"
            type="number"
            label={t("kpi.reference.population.residentTotal")}
            defaultValue={value("residentTotal", edit?.residentTotal)}
            required
            invalid={bad.has("residentTotal")}
          />
          <RefField
            name="residentUrban"
            type="number"
            label={t("kpi.reference.population.residentUrban")}
            defaultValue={value("residentUrban", edit?.residentUrban)}
            required
            invalid={bad.has("residentUrban")}
          />
          <div className="sm:col-span-2">
            <RefField
              name="source"
              label={t("kpi.reference.source")}
              defaultValue={value("source", edit?.source)}
              required
              invalid={bad.has("source")}
            />
          </div>
          <div>
            <button type="submit" className={submitClass}>
              {t("kpi.reference.save")}
            </button>
          </div>
        </form>
      </Card>
      <Card title={t("kpi.reference.list")}>
        {rows.length === 0 ? (
          <p className="text-stone-600">{t("kpi.reference.none")}</p>
        ) : (
          <Table
            caption={t("kpi.reference.population.title")}
            head={[
              t("kpi.reference.unit"),
              t("kpi.reference.year"),
              t("kpi.reference.population.residentTotal"),
              t("kpi.reference.population.residentUrban"),
              t("kpi.reference.population.rate"),
              t("kpi.reference.source"),
              "",
            ]}
          >
            {rows.map((r) => {
              const rate = residentUrbanizationRate({ residentUrban: r.residentUrban, residentTotal: r.residentTotal });
              return (
                <tr key={r.id}>
                  <Td>{r.unit.name}</Td>
                  <Td className="tabular-nums">{r.year}</Td>
                  <Td className="tabular-nums">{r.residentTotal}</Td>
                  <Td className="tabular-nums">{r.residentUrban}</Td>
                  <Td className="tabular-nums">{rate === null ? "—" : round2(rate)}</Td>
                  <Td>{r.source}</Td>
                  <Td>
                    <a href={`?edit=${r.id}`} className="text-blue-800 underline">
                      {t("kpi.reference.editRow", { what: `${r.unit.name} ${r.year}` })}
                    </a>
                  </Td>
                </tr>
              );
            })}
          </Table>
        )}
      </Card>
    </div>
  );
}
