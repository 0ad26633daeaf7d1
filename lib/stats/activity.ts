// Settlements per month by category (黔南 counting standard), by pathway and clause, and residence
// permits issued / endorsed on time / late / suspended, for a unit and a period of China days [from, to).
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { permitScope } from "@/lib/auth/scope";
import { settlementGroups } from "./registry-queries";
import { settlementsByMonth, settlementsByPathway, settlementsByStation, type CategoryCounts } from "./aggregate";
import { resolveKpiUnit, type KpiUnit } from "./units";
import { dbDate } from "@/lib/clock/day";

export interface PermitActivity {
  issued: number;
  endorsedOnTime: number;
  endorsedLate: number;
  /** Permits suspended now (a missed endorsement; 《居住证暂行条例》 第十五条). */
  suspendedNow: number;
}

export interface ActivityOverview {
  unit: KpiUnit;
  from: string;
  to: string;
  months: { month: string; counts: CategoryCounts }[];
  pathways: { pathwayId: string | null; clause: string | null; counts: CategoryCounts }[];
  stations: { name: string; counts: CategoryCounts }[];
  permits: PermitActivity;
}

const day = (iso: string) => dbDate(iso);

export async function activityOverview(options: {
  db: Db;
  actor: Actor;
  unitId?: string | null;
  from: string;
  to: string;
}): Promise<ActivityOverview> {
  const { db, from, to } = options;
  const { unit } = await resolveKpiUnit(options);
  const persons = await settlementGroups({ db, prefix: unit.path, from, to });
  // Permits are read through the same subtree rule as their pages, narrowed to the chosen unit.
  const inUnit = { station: { path: { startsWith: unit.path } } };
  const scope = options.actor.role === "SUPERVISOR" ? { AND: [permitScope(options.actor), inUnit] } : inUnit;
  const [issued, onTime, late, suspendedNow] = await Promise.all([
    db.residencePermit.count({ where: { ...scope, issuedOn: { gte: day(from), lt: day(to) } } }),
    db.permitEndorsement.count({ where: { permit: scope, late: false, endorsedOn: { gte: day(from), lt: day(to) } } }),
    db.permitEndorsement.count({ where: { permit: scope, late: true, endorsedOn: { gte: day(from), lt: day(to) } } }),
    db.residencePermit.count({ where: { ...scope, status: "SUSPENDED" } }),
  ]);
  const byStation = settlementsByStation({ persons });
  const names = await db.jurisdiction.findMany({
    where: { path: { in: byStation.map((s) => s.stationPath) } },
    select: { path: true, name: true },
  });
  return {
    unit,
    from,
    to,
    stations: byStation.map((s) => ({ name: names.find((n) => n.path === s.stationPath)?.name ?? "—", counts: s.counts })),
    months: settlementsByMonth({ persons, from, to }),
    pathways: settlementsByPathway({ persons }),
    permits: { issued, endorsedOnTime: onTime, endorsedLate: late, suspendedNow },
  };
}
