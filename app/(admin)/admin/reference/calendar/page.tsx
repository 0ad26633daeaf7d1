import { requirePagePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { getT } from "@/lib/i18n/server";
import { isoDate } from "@/lib/format";
import { calendarCoverage, chinaDate, coverageAlert } from "@/lib/clock";
import { CalendarCoverageWarning } from "@/components/calendar-coverage";
import { Card } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { RefField, RefHeader, RefOutcome, RefSelect, formKey, invalidFields, refillFrom, submitClass } from "@/components/kpi/ref-form";
import { deleteCalendarAction, saveCalendarAction } from "../actions";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export const generateMetadata = pageMetadata("kpi.reference.calendar.title");

export default async function CalendarPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePagePermission("manage:reference:any", "/admin/reference/calendar");
  const search = await searchParams;
  const { t } = await getT();
  const days = await getDb().calendarDay.findMany({ orderBy: { date: "desc" } });
  // From the rows just read, not the cached calendar: right after an edit, on whichever server process.
  const coverage = calendarCoverage(days.map((d) => ({ date: isoDate(d.date), source: d.source })));
  const bad = invalidFields(search);
  const value = refillFrom(search);
  const edit = days.find((d) => isoDate(d.date) === search.edit);
  return (
    <div className="min-w-0 space-y-6">
      <RefHeader t={t} current="calendar" />
      <RefOutcome t={t} search={search} />
      <CalendarCoverageWarning alert={coverageAlert({ coverage, today: chinaDate(new Date()) })} t={t} />
      <p className="text-stone-700">{t("kpi.reference.calendar.hint")}</p>
      <Card title={t("kpi.reference.edit")}>
        <form key={formKey(search)} action={saveCalendarAction} className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <RefField
            name="date"
            type="date"
            label={t("kpi.reference.calendar.date")}
            defaultValue={value("date", edit ? isoDate(edit.date) : null)}
            required
            invalid={bad.has("date")}
          />
          <RefSelect
            name="kind"
            label={t("kpi.reference.calendar.kind")}
            options={(["HOLIDAY", "WORKDAY"] as const).map((k) => ({ value: k, text: t(`kpi.reference.calendar.kinds.${k}`) }))}
            defaultValue={value("kind", edit?.kind)}
            invalid={bad.has("kind")}
          />
          <RefField
            name="name"
            label={t("kpi.reference.calendar.name")}
            defaultValue={value("name", edit?.name)}
            required
            invalid={bad.has("name")}
          />
          <RefField
            name="source"
            label={t("kpi.reference.source")}
            defaultValue={value("source", edit?.source)}
            required
            invalid={bad.has("source")}
          />
          <div>
            <button type="submit" className={submitClass}>
              {t("kpi.reference.save")}
            </button>
          </div>
        </form>
      </Card>
      <Card title={t("kpi.reference.list")}>
        {days.length === 0 ? (
          <p className="text-stone-600">{t("kpi.reference.none")}</p>
        ) : (
          <Table
            caption={t("kpi.reference.calendar.title")}
            head={[
              t("kpi.reference.calendar.date"),
              t("kpi.reference.calendar.kind"),
              t("kpi.reference.calendar.name"),
              t("kpi.reference.source"),
              "",
            ]}
          >
            {days.map((d) => {
              const day = isoDate(d.date);
              return (
                <tr key={day}>
                  <Td className="tabular-nums">{day}</Td>
                  <Td>{t(`kpi.reference.calendar.kinds.${d.kind}`)}</Td>
                  <Td>{d.name}</Td>
                  <Td>{d.source}</Td>
                  <Td>
                    <div className="flex flex-wrap gap-3">
                      <a href={`?edit=${day}`} className="text-blue-800 underline">
                        {t("kpi.reference.editRow", { what: day })}
                      </a>
                      <form action={deleteCalendarAction}>
                        <input type="hidden" name="date" value={day} />
                        <button type="submit" className="text-red-800 underline">
                          {t("kpi.reference.deleteRow", { what: day })}
                        </button>
                      </form>
                    </div>
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
