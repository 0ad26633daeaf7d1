// The per-station table: each county's stations, the county's subtotal, the total. Every figure links
// to the cases behind it (components/supervision/links.ts).
import Link from "next/link";
import type { Translate } from "@/lib/i18n";
import type { Period } from "@/lib/stats/period";
import { daysWaiting, type HealthFigures, type HealthRow, type StationHealth } from "@/lib/stats/station-health";
import { Table, Td } from "@/components/ui/table";
import { casesHref, type CaseLink } from "./links";

// The unit's name stays in view while a phone scrolls the figures sideways.
const STICKY = "sticky left-0 z-10";

type Column = {
  key: string;
  label: string;
  value: (f: HealthFigures) => string;
  count: (f: HealthFigures) => number;
  link: CaseLink | null;
  warn?: boolean;
};

function columns(t: Translate, now: Date): Column[] {
  const n = (v: number) => String(v);
  return [
    {
      key: "waiting",
      label: t("supervision.table.waiting"),
      value: (f) => n(f.waiting),
      count: (f) => f.waiting,
      link: { status: "SUBMITTED" },
    },
    {
      key: "inReview",
      label: t("supervision.table.inReview"),
      value: (f) => n(f.inReview),
      count: (f) => f.inReview,
      link: { status: "IN_REVIEW" },
    },
    {
      key: "needsMaterials",
      label: t("supervision.table.needsMaterials"),
      value: (f) => n(f.needsMaterials),
      count: (f) => f.needsMaterials,
      link: { status: "NEEDS_MATERIALS" },
    },
    {
      key: "overdue",
      label: t("supervision.table.overdue"),
      value: (f) => n(f.overdue),
      count: (f) => f.overdue,
      link: { overdue: true },
      warn: true,
    },
    {
      key: "oldest",
      label: t("supervision.table.oldest"),
      value: (f) => (f.oldestSubmittedAt ? t("supervision.table.days", { n: daysWaiting({ since: f.oldestSubmittedAt, now }) }) : "—"),
      count: (f) => f.waiting + f.inReview + f.needsMaterials,
      link: {},
    },
    {
      key: "decided",
      label: t("supervision.table.decided"),
      value: (f) => n(f.decided),
      count: (f) => f.decided,
      link: { decided: "all" },
    },
    {
      key: "median",
      label: t("supervision.table.median"),
      value: (f) => (f.medianWorkingDays === null ? "—" : t("supervision.table.workingDays", { n: f.medianWorkingDays })),
      count: (f) => f.decided,
      link: { decided: "all" },
    },
    {
      key: "approvalRate",
      label: t("supervision.table.approvalRate"),
      value: (f) => (f.approvalRate === null ? "—" : `${Math.round(f.approvalRate * 100)}%`),
      count: (f) => f.approved,
      link: { decided: "approved" },
    },
    {
      key: "against",
      label: t("supervision.table.against"),
      value: (f) => n(f.againstEngine),
      count: (f) => f.againstEngine,
      link: { decided: "against" },
      warn: true,
    },
    // 好差评 of the period: no case list behind them (the poor ones are in the follow-ups above the table).
    { key: "ratings", label: t("ratings.table.ratings"), value: (f) => n(f.ratings), count: (f) => f.ratings, link: null },
    {
      key: "averageRating",
      label: t("ratings.table.average"),
      value: (f) => (f.averageRating === null ? "—" : t("ratings.table.averageValue", { value: f.averageRating.toFixed(1) })),
      count: (f) => f.ratings,
      link: null,
    },
  ];
}

function Figures({
  row,
  unitLabel,
  unit,
  cols,
  period,
  t,
  strong,
}: {
  row: HealthFigures;
  unitLabel: string;
  unit: string | null;
  cols: Column[];
  period: Period;
  t: Translate;
  strong?: boolean;
}) {
  return (
    <>
      {cols.map((c) => {
        const value = c.value(row);
        const warn = c.warn && c.count(row) > 0;
        return (
          <Td key={c.key} className={`whitespace-nowrap tabular-nums ${strong ? "font-semibold" : ""}`}>
            {c.link && c.count(row) > 0 ? (
              <Link
                href={casesHref({ link: { ...c.link, unit }, period })}
                data-figure={c.key}
                className={`underline ${warn ? "font-semibold text-red-700" : "text-brand-700"}`}
                aria-label={t("supervision.table.linkLabel", { unit: unitLabel, figure: c.label, value })}
              >
                {value}
              </Link>
            ) : (
              <span data-figure={c.link ? undefined : c.key} className={c.link || c.count(row) === 0 ? "text-stone-500" : "text-stone-900"}>
                {value}
              </span>
            )}
          </Td>
        );
      })}
    </>
  );
}

export function HealthTable({
  health,
  t,
  period,
  now,
  english,
}: {
  health: StationHealth;
  t: Translate;
  period: Period;
  now: Date;
  english: boolean;
}) {
  const cols = columns(t, now);
  const name = (u: { name: string; nameEn: string | null }) => (english && u.nameEn ? u.nameEn : u.name);
  const stationRow = (s: HealthRow) => (
    <tr key={s.unitId} data-testid={`station-${s.unitId}`}>
      <Td className={`${STICKY} bg-white pl-4`}>
        <span className="whitespace-nowrap">{name(s)}</span>
      </Td>
      <Figures row={s.figures} unit={s.unitId} unitLabel={name(s)} cols={cols} period={period} t={t} />
    </tr>
  );
  return (
    <Table
      caption={t("supervision.table.title")}
      head={[t("supervision.table.unit"), ...cols.map((c) => c.label)].map((label) => (
        <span key={label} className="whitespace-nowrap">
          {label}
        </span>
      ))}
    >
      {health.counties.map((c) => [
        ...c.stations.map(stationRow),
        <tr key={c.unitId} data-testid={`county-${c.unitId}`} className="bg-stone-50">
          <Td className={`${STICKY} bg-stone-50 font-semibold`}>
            <span className="whitespace-nowrap">{t("supervision.table.countyRow", { name: name(c) })}</span>
          </Td>
          <Figures row={c.figures} unit={c.unitId} unitLabel={name(c)} cols={cols} period={period} t={t} strong />
        </tr>,
      ])}
      {health.unplaced.map(stationRow)}
      <tr data-testid="total-row" className="border-t-2 border-stone-400 bg-stone-100">
        <Td className={`${STICKY} bg-stone-100 font-bold`}>{t("supervision.table.total")}</Td>
        <Figures row={health.total} unit={null} unitLabel={t("supervision.table.total")} cols={cols} period={period} t={t} strong />
      </tr>
    </Table>
  );
}
