import { requirePagePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { getT } from "@/lib/i18n/server";
import { isoDate } from "@/lib/format";
import { calendarCoverage, chinaDate, coverageAlert } from "@/lib/clock";
import { loadReferenceData } from "@/lib/reference/reference-reads";
import { CalendarCoverageWarning } from "@/components/calendar-coverage";
import { ReferenceEditor } from "@/components/kpi/reference-editor";
import { deleteCalendarAction, saveCalendarAction } from "../actions";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export const generateMetadata = pageMetadata("kpi.reference.calendar.title");

export default async function CalendarPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("manage:reference:any", "/admin/reference/calendar");
  const search = await searchParams;
  const { t } = await getT();
  const { rows: days } = await loadReferenceData({ db: getDb(), actor, table: "calendar" });
  // From the rows just read, not the cached calendar: right after an edit, on whichever server process.
  const coverage = calendarCoverage(days.map((d) => ({ date: isoDate(d.date), source: d.source })));
  return (
    <ReferenceEditor<(typeof days)[number]>
      t={t}
      search={search}
      current="calendar"
      intro={
        <>
          <CalendarCoverageWarning alert={coverageAlert({ coverage, today: chinaDate(new Date()) })} t={t} />
          <p className="text-stone-700">{t("kpi.reference.calendar.hint")}</p>
        </>
      }
      save={saveCalendarAction}
      rows={days}
      edit={days.find((d) => isoDate(d.date) === search.edit)}
      fields={[
        {
          name: "date",
          type: "date",
          label: t("kpi.reference.calendar.date"),
          required: true,
          initial: (e) => (e ? isoDate(e.date) : null),
        },
        {
          name: "kind",
          label: t("kpi.reference.calendar.kind"),
          options: (["HOLIDAY", "WORKDAY"] as const).map((k) => ({ value: k, text: t(`kpi.reference.calendar.kinds.${k}`) })),
          initial: (e) => e?.kind,
        },
        { name: "name", label: t("kpi.reference.calendar.name"), required: true, initial: (e) => e?.name },
        { name: "source", label: t("kpi.reference.source"), required: true, initial: (e) => e?.source },
      ]}
      columns={[
        { head: t("kpi.reference.calendar.date"), cell: (d) => isoDate(d.date), numeric: true },
        { head: t("kpi.reference.calendar.kind"), cell: (d) => t(`kpi.reference.calendar.kinds.${d.kind}`) },
        { head: t("kpi.reference.calendar.name"), cell: (d) => d.name },
        { head: t("kpi.reference.source"), cell: (d) => d.source },
      ]}
      rowKey={(d) => isoDate(d.date)}
      rowName={(d) => isoDate(d.date)}
      editParam={(d) => isoDate(d.date)}
      remove={{ action: deleteCalendarAction, name: "date", value: (d) => isoDate(d.date) }}
    />
  );
}
