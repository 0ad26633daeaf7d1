import { requirePagePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { getT } from "@/lib/i18n/server";
import { ASSESSMENT_POLICY } from "@/lib/stats/assessment";
import { INPUT_KEYS } from "@/lib/stats/assessment-tables";
import { Card } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { RefField, RefHeader, RefOutcome, RefSelect, formKey, invalidFields, refillFrom, submitClass } from "@/components/kpi/ref-form";
import { saveAssessmentAction } from "../actions";
import { referenceUnits } from "../units";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export const generateMetadata = pageMetadata("kpi.reference.assessment.title");

export default async function AssessmentInputsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePagePermission("manage:reference:any", "/admin/reference/assessment");
  const search = await searchParams;
  const { t } = await getT();
  const db = getDb();
  const prefecture = await db.jurisdiction.findFirst({ where: { policyCode: ASSESSMENT_POLICY }, select: { path: true } });
  const [units, rows] = await Promise.all([
    prefecture ? referenceUnits({ db, levels: ["COUNTY"], under: prefecture.path }) : [],
    db.assessmentInput.findMany({
      include: { unit: { select: { name: true, regionCode: true } } },
      orderBy: [{ year: "desc" }, { unit: { regionCode: "asc" } }],
    }),
  ]);
  const edit = rows.find((r) => r.id === search.edit);
  const bad = invalidFields(search);
  const value = refillFrom(search);
  const show = (v: unknown) => (v === null || v === undefined ? "—" : String(Number(v)));
  return (
    <div className="min-w-0 space-y-6">
      <RefHeader t={t} current="assessment" />
      <RefOutcome t={t} search={search} />
      <p className="text-stone-700">
        {t("kpi.assessment.part1")} {t("kpi.assessment.part2")} {t("kpi.assessment.part3")}
      </p>
      <Card title={t("kpi.reference.edit")}>
        <form key={formKey(search)} action={saveAssessmentAction} className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <RefSelect
            name="unitId"
            label={t("kpi.assessment.county")}
            options={units}
            defaultValue={value("unitId", edit?.unitId)}
            invalid={bad.has("unitId")}
          />
          <RefField
            name="year"
            type="number"
            label={t("kpi.reference.year")}
            defaultValue={value("year", edit?.year ?? 2018)}
            required
            invalid={bad.has("year")}
          />
          {INPUT_KEYS.map((key) => (
            <RefField
              key={key}
              name={key}
              type="number"
              step={key === "requiredIncrease" ? "0.01" : "1"}
              label={t(`kpi.assessment.inputs.${key}`)}
              hint={key === "requiredIncrease" || key === "relocatedMovedIn" ? undefined : t("kpi.reference.blankMeansRegistry")}
              defaultValue={value(key, edit?.[key] === null || edit?.[key] === undefined ? null : Number(edit[key]))}
              invalid={bad.has(key)}
            />
          ))}
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
            caption={t("kpi.reference.assessment.title")}
            head={[
              t("kpi.assessment.county"),
              t("kpi.reference.year"),
              ...INPUT_KEYS.map((k) => t(`kpi.assessment.inputs.${k}`)),
              t("kpi.reference.source"),
              "",
            ]}
          >
            {rows.map((r) => (
              <tr key={r.id}>
                <Td>{r.unit.name}</Td>
                <Td className="tabular-nums">{r.year}</Td>
                {INPUT_KEYS.map((k) => (
                  <Td key={k} className="tabular-nums">
                    {show(r[k])}
                  </Td>
                ))}
                <Td>{r.source}</Td>
                <Td>
                  <a href={`?edit=${r.id}`} className="text-blue-800 underline">
                    {t("kpi.reference.editRow", { what: `${r.unit.name} ${r.year}` })}
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
