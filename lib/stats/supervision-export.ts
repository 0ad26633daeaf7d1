// The supervision downloads: the per-station table and a case list as CSV. Each export is audited
// (who took which list out of the portal, how many rows), although the rows are masked.
import type { Db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Translate } from "@/lib/i18n";
import { periodQuery, type Period } from "./period";
import { stationHealth } from "./station-health";
import { allSupervisionCases, type CaseListFilter } from "./supervision-cases";
import { casesCsv, stationHealthCsv } from "./supervision-csv";

/** Rows a case-list export carries at most; the file says so in its last line when there were more. */
export const CASE_EXPORT_MAX = 50_000;

async function audit(db: Db, actor: Actor, action: string, data: Record<string, string | number | boolean | null>) {
  await db.$transaction(async (tx) =>
    writeAudit({ tx, event: { actorId: actor.id, action, entityType: "Jurisdiction", entityId: actor.jurisdictionId ?? "-", data } }),
  );
}

export async function exportStationHealth(options: { db: Db; actor: Actor; period: Period; now: Date; t: Translate; english: boolean }) {
  const actor = requirePermission(options.actor, "read:stats:jurisdiction");
  const health = await stationHealth({ db: options.db, actor, period: options.period, now: options.now });
  const csv = stationHealthCsv({ health, t: options.t, now: options.now, english: options.english });
  await audit(options.db, actor, "supervision.export.stations", { ...periodQuery(options.period), stations: health.units.stations.length });
  return { csv, filename: options.t("supervision.csv.stationsFile", { from: options.period.from, to: options.period.to }) };
}

export async function exportCases(options: {
  db: Db;
  actor: Actor;
  filter: CaseListFilter;
  period: Period;
  now: Date;
  t: Translate;
  english: boolean;
  limit?: number;
}) {
  const actor = requirePermission(options.actor, "read:application:jurisdiction");
  const limit = options.limit ?? CASE_EXPORT_MAX;
  const { rows, complete } = await allSupervisionCases({
    db: options.db,
    actor,
    filter: { ...options.filter, after: undefined },
    period: options.period,
    now: options.now,
    limit,
  });
  const csv = casesCsv({ rows, t: options.t, english: options.english, truncatedAt: complete ? null : limit });
  const { unit, status, overdue, decided } = options.filter;
  await audit(options.db, actor, "supervision.export.cases", {
    ...periodQuery(options.period),
    unit: unit ?? null,
    status: status ?? null,
    overdue: overdue ?? null,
    decided: decided ?? null,
    rows: rows.length,
  });
  return { csv, filename: options.t("supervision.csv.casesFile", { from: options.period.from, to: options.period.to }) };
}
