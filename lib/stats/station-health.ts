// Queue health per police station and county of a supervisor's subtree: what waits now (to accept, in
// review, waiting for 补正, overdue against the legal limit, the oldest), and how the period's decisions
// went (how many, the median of the legal clock's working days used, the approval rate, approvals
// against the engine, the 好差评 given). Three grouped queries over indexed columns, whatever the registry's size; the
// working days come from the clock's own calendar through working-day ordinals (lib/clock/ordinals.ts).
import type { Db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { chinaDate } from "@/lib/clock";
import { loadCalendar } from "@/lib/clock/load-calendar";
import { workingDayOrdinals } from "@/lib/clock/ordinals";
import { addDays } from "@/lib/policy/dates";
import { overdueSql, statusList } from "@/lib/clock/overdue";
import { OPEN_STATUSES } from "@/lib/clock/statuses";
import { ratingsByStation } from "./ratings-by-station";
import { medianOfCounts, mergeCounts } from "./median";
import type { Period } from "./period";
import { loadScopeUnits, type ScopeUnits } from "@/lib/jurisdictions";
import { daysBetween } from "@/lib/clock/day";

/** A case whose clock started more than this before the period counts its working days from here (none should). */
const ORDINAL_LOOKBACK_DAYS = 5 * 366;

export interface HealthFigures {
  waiting: number;
  inReview: number;
  needsMaterials: number;
  overdue: number;
  oldestSubmittedAt: Date | null;
  decided: number;
  approved: number;
  refused: number;
  againstEngine: number;
  /** Median working days used by the legal clock (pauses for 补正 excluded), over the period's decisions. */
  medianWorkingDays: number | null;
  /** approved / decided, 0…1; null when nothing was decided. */
  approvalRate: number | null;
  /** 好差评 given in the period (by the rating's day), and their average score 1…5 (null: none). */
  ratings: number;
  averageRating: number | null;
}

export interface HealthRow {
  unitId: string;
  name: string;
  nameEn: string | null;
  figures: HealthFigures;
}

export interface CountyHealth extends HealthRow {
  stations: HealthRow[];
}

export interface StationHealth {
  units: ScopeUnits;
  counties: CountyHealth[];
  /** Stations with no county above them (directly under a city), if any. */
  unplaced: HealthRow[];
  total: HealthFigures;
}

interface Raw {
  waiting: number;
  inReview: number;
  needsMaterials: number;
  overdue: number;
  oldest: Date | null;
  approved: number;
  refused: number;
  againstEngine: number;
  counts: Map<number, number>;
  ratings: number;
  ratingSum: number;
}

const emptyRaw = (): Raw => ({
  waiting: 0,
  inReview: 0,
  needsMaterials: 0,
  overdue: 0,
  oldest: null,
  approved: 0,
  refused: 0,
  againstEngine: 0,
  counts: new Map(),
  ratings: 0,
  ratingSum: 0,
});

function merge(parts: Raw[]): Raw {
  const out = emptyRaw();
  for (const p of parts) {
    out.waiting += p.waiting;
    out.inReview += p.inReview;
    out.needsMaterials += p.needsMaterials;
    out.overdue += p.overdue;
    out.approved += p.approved;
    out.refused += p.refused;
    out.againstEngine += p.againstEngine;
    out.ratings += p.ratings;
    out.ratingSum += p.ratingSum;
    if (p.oldest && (!out.oldest || p.oldest < out.oldest)) out.oldest = p.oldest;
  }
  out.counts = mergeCounts({ parts: parts.map((p) => p.counts) });
  return out;
}

function figures(raw: Raw): HealthFigures {
  const decided = raw.approved + raw.refused;
  return {
    waiting: raw.waiting,
    inReview: raw.inReview,
    needsMaterials: raw.needsMaterials,
    overdue: raw.overdue,
    oldestSubmittedAt: raw.oldest,
    decided,
    approved: raw.approved,
    refused: raw.refused,
    againstEngine: raw.againstEngine,
    medianWorkingDays: medianOfCounts({ counts: raw.counts }),
    approvalRate: decided > 0 ? raw.approved / decided : null,
    ratings: raw.ratings,
    averageRating: raw.ratings > 0 ? raw.ratingSum / raw.ratings : null,
  };
}

type OpenRow = { stationId: string; waiting: number; inReview: number; needs: number; overdue: number; oldest: Date | null };
type DecidedRow = { stationId: string; status: string; against: boolean; used: number[]; n: number[] };

export async function stationHealth(options: { db: Db; actor: Actor; period: Period; now: Date }): Promise<StationHealth> {
  const { db, period, now } = options;
  const actor = requirePermission(options.actor, "read:stats:jurisdiction");
  const [units, calendar] = await Promise.all([loadScopeUnits({ db, actor }), loadCalendar({ db })]);
  const ids = units.stations.map((s) => s.id);
  const raws = new Map<string, Raw>(ids.map((id) => [id, emptyRaw()]));
  if (ids.length > 0) {
    const ordinalFrom = addDays({ date: period.from, days: -ORDINAL_LOOKBACK_DAYS });
    const { ordinals } = workingDayOrdinals({ calendar, from: ordinalFrom, to: period.to });
    const [open, decided, ratings] = await Promise.all([
      db.$queryRaw<OpenRow[]>`
        SELECT a."stationId"::text AS "stationId",
          count(*) FILTER (WHERE a."status" = 'SUBMITTED')::int AS waiting,
          count(*) FILTER (WHERE a."status" = 'IN_REVIEW')::int AS "inReview",
          count(*) FILTER (WHERE a."status" = 'NEEDS_MATERIALS')::int AS needs,
          count(*) FILTER (WHERE ${overdueSql(now)})::int AS overdue,
          min(a."submittedAt") AS oldest
        FROM "Application" a
        WHERE a."stationId" = ANY(${ids}::uuid[]) AND a."status" IN (${statusList(OPEN_STATUSES)})
        GROUP BY a."stationId"`,
      // Working days used = ordinal(decision day) − ordinal(clock start day) − paused days, as caseClock counts
      // them; the ordinals are an array indexed by days since ordinalFrom (clamped for an older start).
      // Every column read is in the (stationId, decidedAt, …) index: an index-only scan.
      // Counts come back as two arrays per (station, status, against engine): a few hundred rows rather than
      // one per distinct number of days, which the driver would have to carry and map one by one.
      db.$queryRaw<DecidedRow[]>`
        SELECT g."stationId"::text AS "stationId", g.status::text AS status, g.against, array_agg(g.used ORDER BY g.used) AS used, array_agg(g.n ORDER BY g.used) AS n FROM (
        SELECT a."stationId" AS "stationId", a."status" AS status, a."againstEngine" AS against,
          (CASE WHEN a."clockStartedAt" IS NULL THEN 0 ELSE GREATEST(0,
            (${ordinals}::int[])[((a."decidedAt" + interval '8 hours')::date - ${ordinalFrom}::date) + 1]
            - (${ordinals}::int[])[GREATEST(0, (a."clockStartedAt" + interval '8 hours')::date - ${ordinalFrom}::date) + 1]
            - a."pausedWorkingDays") END)::int AS used,
          count(*)::int AS n
        FROM "Application" a
        WHERE a."stationId" = ANY(${ids}::uuid[]) AND a."status" IN ('APPROVED', 'REJECTED')
          AND a."decidedAt" >= ${period.start} AND a."decidedAt" <= ${period.end}
        GROUP BY 1, 2, 3, 4) g
        GROUP BY g."stationId", g.status, g.against`,
      ratingsByStation({ db, stationIds: ids, start: period.start, end: period.end }),
    ]);
    addRows({ raws, open, decided, ratings });
  }
  const row = (s: { id: string; name: string; nameEn: string | null }): HealthRow => ({
    unitId: s.id,
    name: s.name,
    nameEn: s.nameEn,
    figures: figures(raws.get(s.id)!),
  });
  const counties: CountyHealth[] = units.counties
    .map((c) => {
      const stations = units.stations.filter((s) => s.countyId === c.id);
      return {
        unitId: c.id,
        name: c.name,
        nameEn: c.nameEn,
        figures: figures(merge(stations.map((s) => raws.get(s.id)!))),
        stations: stations.map(row),
      };
    })
    .filter((c) => c.stations.length > 0);
  return {
    units,
    counties,
    unplaced: units.stations.filter((s) => s.countyId === null).map(row),
    total: figures(merge([...raws.values()])),
  };
}

/** Folds the three queries' rows into each station's raw figures. */
function addRows(options: {
  raws: Map<string, Raw>;
  open: OpenRow[];
  decided: DecidedRow[];
  ratings: Awaited<ReturnType<typeof ratingsByStation>>;
}) {
  const { raws, open, decided, ratings } = options;
  for (const [stationId, r] of ratings) {
    const raw = raws.get(stationId);
    if (raw) Object.assign(raw, { ratings: r.count, ratingSum: r.sum });
  }
  for (const r of open) {
    const raw = raws.get(r.stationId);
    if (!raw) continue;
    Object.assign(raw, { waiting: r.waiting, inReview: r.inReview, needsMaterials: r.needs, overdue: r.overdue, oldest: r.oldest });
  }
  for (const r of decided) {
    const raw = raws.get(r.stationId);
    if (!raw) continue;
    r.used.forEach((used, i) => {
      const n = r.n[i]!;
      if (r.status === "APPROVED") raw.approved += n;
      else raw.refused += n;
      if (r.against) raw.againstEngine += n; // approvals and refusals against the engine
      raw.counts.set(used, (raw.counts.get(used) ?? 0) + n);
    });
  }
}

/** Whole days a case has waited since submission, in China calendar days (for "oldest waiting"). */
export function daysWaiting(options: { since: Date; now: Date }): number {
  return Math.max(0, daysBetween(chinaDate(options.since), chinaDate(options.now)));
}
