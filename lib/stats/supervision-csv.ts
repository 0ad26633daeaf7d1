// The two supervision exports as CSV (lib/export/csv.ts: BOM, quoting, formula cells defused): the
// per-station table as shown, one row per station then county subtotals and the total, and a case
// list, masked exactly like the page.
import { staffName } from "@/lib/format";
import { toCsv, type CsvCell } from "@/lib/export/csv";
import type { Translate } from "@/lib/i18n";
import { chinaDate } from "@/lib/clock";
import { daysWaiting, type HealthFigures, type StationHealth } from "./station-health";
import type { SupervisionCaseRow } from "./supervision-cases";

const day = (d: Date | null) => (d ? chinaDate(d) : "");

function figureCells(f: HealthFigures, now: Date): CsvCell[] {
  return [
    f.waiting,
    f.inReview,
    f.needsMaterials,
    f.overdue,
    f.oldestSubmittedAt ? daysWaiting({ since: f.oldestSubmittedAt, now }) : "",
    f.decided,
    f.approved,
    f.refused,
    f.medianWorkingDays ?? "",
    f.approvalRate === null ? "" : Math.round(f.approvalRate * 1000) / 10,
    f.againstEngine,
    f.ratings,
    f.averageRating === null ? "" : Math.round(f.averageRating * 10) / 10,
  ];
}

export function stationHealthCsv(options: { health: StationHealth; t: Translate; now: Date; english: boolean }): string {
  const { health, t, now, english } = options;
  const name = (u: { name: string; nameEn: string | null }) => (english && u.nameEn ? u.nameEn : u.name);
  const header = [
    t("supervision.csv.county"),
    t("supervision.csv.station"),
    t("supervision.table.waiting"),
    t("supervision.table.inReview"),
    t("supervision.table.needsMaterials"),
    t("supervision.table.overdue"),
    t("supervision.csv.oldestDays"),
    t("supervision.table.decided"),
    t("supervision.csv.approved"),
    t("supervision.csv.refused"),
    t("supervision.csv.medianWorkingDays"),
    t("supervision.csv.approvalRatePercent"),
    t("supervision.table.against"),
    t("ratings.table.ratings"),
    t("ratings.table.average"),
  ];
  const rows: CsvCell[][] = [];
  for (const c of health.counties) {
    for (const s of c.stations) rows.push([name(c), name(s), ...figureCells(s.figures, now)]);
    rows.push([name(c), t("supervision.table.total"), ...figureCells(c.figures, now)]);
  }
  for (const s of health.unplaced) rows.push([t("supervision.table.noCounty"), name(s), ...figureCells(s.figures, now)]);
  rows.push([t("supervision.table.total"), "", ...figureCells(health.total, now)]);
  return toCsv({ header, rows });
}

export function casesCsv(options: {
  rows: readonly SupervisionCaseRow[];
  t: Translate;
  english: boolean;
  truncatedAt: number | null;
}): string {
  const { t, english } = options;
  const header = [
    t("supervision.cases.number"),
    t("supervision.cases.kind"),
    t("supervision.cases.applicant"),
    t("workbench.citizenId"),
    t("supervision.cases.station"),
    t("supervision.cases.status"),
    t("supervision.cases.submitted"),
    t("supervision.cases.due"),
    t("supervision.cases.decided"),
    t("supervision.cases.assignee"),
    t("supervision.table.against"),
    t("supervision.csv.flagNote"),
  ];
  const rows: CsvCell[][] = options.rows.map((r) => [
    r.number,
    t(`kind.${r.kind}` as Parameters<Translate>[0]),
    r.applicantName,
    r.applicantId,
    english && r.stationEn ? r.stationEn : r.station,
    t(`status.${r.status}` as Parameters<Translate>[0]),
    day(r.submittedAt),
    day(r.dueAt),
    day(r.decidedAt),
    r.assignee ? staffName({ user: r.assignee, t }) : "",
    r.againstEngine ? "✓" : "",
    r.flagNote ?? "",
  ]);
  if (options.truncatedAt !== null) rows.push([t("supervision.csv.truncated", { max: options.truncatedAt })]);
  return toCsv({ header, rows });
}
