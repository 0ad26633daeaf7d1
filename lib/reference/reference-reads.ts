// The one read model of the administrators' reference-data pages: each table's rows in its display order and
// the units its form offers (prefectures and counties; the assessment's counties of its one prefecture).
import type { Db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { ASSESSMENT_POLICY } from "@/lib/stats/assessment";
import { referenceUnits } from "@/lib/jurisdictions";

export type ReferenceTable = "population" | "targets" | "assessment" | "calendar";

const readers = {
  population: async (db: Db) => {
    const [units, rows] = await Promise.all([
      referenceUnits({ db }),
      db.populationStat.findMany({
        include: { unit: { select: { name: true, path: true } } },
        orderBy: [{ unit: { path: "asc" } }, { year: "desc" }],
      }),
    ]);
    return { units, rows };
  },
  targets: async (db: Db) => {
    const [units, rows] = await Promise.all([
      referenceUnits({ db }),
      db.reformTarget.findMany({
        include: { unit: { select: { name: true, path: true } } },
        orderBy: [{ unit: { path: "asc" } }, { metric: "asc" }, { fromYear: "asc" }],
      }),
    ]);
    return { units, rows };
  },
  assessment: async (db: Db) => {
    const prefecture = await db.jurisdiction.findFirst({ where: { policyCode: ASSESSMENT_POLICY }, select: { path: true } });
    const [units, rows] = await Promise.all([
      prefecture ? referenceUnits({ db, levels: ["COUNTY"], under: prefecture.path }) : [],
      db.assessmentInput.findMany({
        include: { unit: { select: { name: true, regionCode: true } } },
        orderBy: [{ year: "desc" }, { unit: { regionCode: "asc" } }],
      }),
    ]);
    return { units, rows };
  },
  calendar: async (db: Db) => ({ units: [], rows: await db.calendarDay.findMany({ orderBy: { date: "desc" } }) }),
} as const;

type Readers = typeof readers;
export type ReferenceData<T extends ReferenceTable> = Awaited<ReturnType<Readers[T]>>;

/** One reference table's rows and the units its form offers; administrators only (manage:reference:any). */
export async function loadReferenceData<T extends ReferenceTable>(options: { db: Db; actor: Actor; table: T }): Promise<ReferenceData<T>> {
  requirePermission(options.actor, "manage:reference:any");
  return readers[options.table](options.db) as Promise<ReferenceData<T>>;
}
