import { requirePagePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { getT } from "@/lib/i18n/server";
import { TARGET_METRICS, type TargetMetric } from "@/lib/stats/targets";
import { Card } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { RefField, RefHeader, RefOutcome, RefSelect, formKey, invalidFields, refillFrom, submitClass } from "@/components/kpi/ref-form";
import { saveTargetAction } from "../actions";
import { referenceUnits } from "../units";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export const generateMetadata = pageMetadata("kpi.reference.targets.title");

export default async function TargetsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePagePermission("manage:reference:any", "/admin/reference/targets");
  const search = await searchParams;
  const { t } = await getT();
  const db = getDb();
  const [units, rows] = await Promise.all([
    referenceUnits({ db }),
    db.reformTarget.findMany({
      include: { unit: { select: { name: true, path: true } } },
      orderBy: [{ unit: { path: "asc" } }, { metric: "asc" }, { fromYear: "asc" }],
    }),
  ]);
  const edit = rows.find((r) => r.id === search.edit);
  const bad = invalidFields(search);
  const value = refillFrom(search);
  const metric = (m: string) => t(`kpi.targets.metric.${m as TargetMetric}`);
  return (
    <div className="min-w-0 space-y-6">
      <RefHeader t={t} current="targets" />
      <RefOutcome t={t} search={search} />
      <Card title={t("kpi.reference.edit")}>
        <form key={formKey(search)} action={saveTargetAction} className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <RefSelect
            name="unitId"
            label={t("kpi.reference.unit")}
            options={units}
            defaultValue={value("unitId", edit?.unitId)}
            invalid={bad.has("unitId")}
          />
          <RefSelect
            name="metric"
            label={t("kpi.reference.targets.metric")}
            options={TARGET_METRICS.map((m) => ({ value: m, text: metric(m) }))}
            defaultValue={value("metric", edit?.metric)}
            invalid={bad.has("metric")}
          />
          <RefField
            name="fromYear"
            type="number"
            label={t("kpi.reference.targets.fromYear")}
            defaultValue={value("fromYear", edit?.fromYear)}
            required
            invalid={bad.has("fromYear")}
          />
          <RefField
            name="toYear"
            type="number"
            label={t("kpi.reference.targets.toYear")}
            defaultValue={value("toYear", edit?.toYear)}
            required
            invalid={bad.has("toYear")}
          />
          <RefField
            name="value"
            type="number"
            step="0.01"
            label={t("kpi.reference.targets.value")}
            defaultValue={value("value", edit?.value === null || edit?.value === undefined ? null : Number(edit.value))}
            invalid={bad.has("value")}
          />
          <RefField
            name="baseYear"
            type="number"
            label={t("kpi.reference.targets.baseYear")}
            defaultValue={value("baseYear", edit?.baseYear)}
            invalid={bad.has("baseYear")}
          />
          <RefField
            name="sourceDocument"
            label={t("kpi.reference.targets.sourceDocument")}
            defaultValue={value("sourceDocument", edit?.sourceDocument)}
            required
            invalid={bad.has("sourceDocument")}
          />
          <RefField
            name="sourceClause"
            label={t("kpi.reference.targets.sourceClause")}
            defaultValue={value("sourceClause", edit?.sourceClause)}
            required
            invalid={bad.has("sourceClause")}
          />
          <div className="sm:col-span-2">
            <RefField
              name="note"
              label={t("kpi.reference.targets.note")}
              defaultValue={value("note", edit?.note)}
              invalid={bad.has("note")}
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
            caption={t("kpi.reference.targets.title")}
            head={[
              t("kpi.reference.unit"),
              t("kpi.reference.targets.metric"),
              t("kpi.targets.period"),
              t("kpi.reference.targets.value"),
              t("kpi.targets.source"),
              "",
            ]}
          >
            {rows.map((r) => (
              <tr key={r.id}>
                <Td>{r.unit.name}</Td>
                <Td>
                  {metric(r.metric)}
                  {r.baseYear ? ` ${t("kpi.targets.baseYear", { year: r.baseYear })}` : ""}
                </Td>
                <Td className="tabular-nums">{r.fromYear === r.toYear ? r.fromYear : `${r.fromYear}–${r.toYear}`}</Td>
                <Td className="tabular-nums">{r.value === null ? t("kpi.targets.noQuota") : Number(r.value)}</Td>
                <Td>
                  {r.sourceDocument} {r.sourceClause}
                  {r.note ? <span className="block text-stone-600">{r.note}</span> : null}
                </Td>
                <Td>
                  <a href={`?edit=${r.id}`} className="text-blue-800 underline">
                    {t("kpi.reference.editRow", { what: `${r.unit.name} ${metric(r.metric)} ${r.fromYear}` })}
                  </a>
                </Td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
    </div>
  );
}
