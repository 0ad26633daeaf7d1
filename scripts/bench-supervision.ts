// Benchmark of the supervision page on a registry of 黔南 size, in a throw-away embedded PostgreSQL
// (or DATABASE_URL's server — it must be an empty, disposable database). Prints ONE JSON line:
//   {"persons":N,"supervisionP95Ms":…,"kpiP95Ms":…,"exportMs":…,"assessmentP95Ms":…}
// supervisionP95Ms: the page's queries as the page runs them (stationHealth and the two review lists,
// concurrently) for the whole 黔南 subtree and this year; kpiP95Ms: the KPI page /supervision/kpi's
// queries as it runs them with no parameters (loadKpi and the unit chooser, for 黔南, this year, today;
// 户籍人口城镇化率 by the household's own attribute, decision record 0200); exportMs: a 5,000-row CSV export of the year's decisions;
// assessmentP95Ms: the 黔南 附件1 assessment page /supervision/kpi/assessment as it opens (year 2018, decision
// record 0212; this year's assessment, with the year's settlements, is logged by part). Progress goes to stderr.
//   npm run -s bench:supervision [-- --persons 4000000] [--iterations 40] [--smoke]
import { Client } from "pg";
import { applyPendingMigrations } from "@/lib/db/schema-engine";
import { createPrismaClient, type Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { chinaDate } from "@/lib/clock";
import { translator } from "@/lib/i18n";
import { calendarPeriod, parsePeriod } from "@/lib/stats/period";
import { stationHealth } from "@/lib/stats/station-health";
import { listSupervisionCases } from "@/lib/stats/supervision-cases";
import { exportCases } from "@/lib/stats/supervision-export";
import { loadKpi, type KpiParams } from "@/lib/stats/kpi-tables";
import { kpiUnitChoices } from "@/lib/stats/units";
import { urbanizationOverview } from "@/lib/stats/urbanization";
import { activityOverview } from "@/lib/stats/activity";
import { targetsOverview } from "@/lib/stats/targets";
import { assessmentOverview } from "@/lib/stats/assessment";
import { acquireDatabase } from "./lib/with-database";
import { fillRegistry, registrySize } from "./lib/bench-registry";
import { recordMissingSettlements } from "@/lib/stats/settlement-records";
import { actorOf } from "@/tests/factories/staff";

interface Options {
  persons: number;
  iterations: number;
  exportRows: number;
}

function parseArgs(argv: string[]): Options {
  const smoke = argv.includes("--smoke");
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? Number(argv[i + 1]) : undefined;
  };
  const persons = value("--persons") ?? (smoke ? 4_000 : 4_000_000);
  const iterations = value("--iterations") ?? (smoke ? 5 : 40);
  if (!Number.isInteger(persons) || persons < 100) throw new Error("--persons must be a whole number ≥ 100");
  if (!Number.isInteger(iterations) || iterations < 1) throw new Error("--iterations must be a whole number ≥ 1");
  return { persons, iterations, exportRows: smoke ? 100 : 5_000 };
}

const log = (line: string) => process.stderr.write(`[bench:supervision] ${line}\n`);

function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]! * 10) / 10;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** A registry of `persons` in the empty database at `url`; returns the moment it was filled at, the bench's "now". */
async function fill(url: string, persons: number): Promise<Date> {
  const size = registrySize(persons);
  await applyPendingMigrations(url);
  const client = new Client({ connectionString: url });
  await client.connect();
  const started = Date.now();
  const now = new Date();
  try {
    await fillRegistry({ client, size, now, log });
  } finally {
    await client.end();
  }
  log(`registry filled in ${((Date.now() - started) / 1000).toFixed(0)} s: ${JSON.stringify(size)}`);
  return now;
}

/** The generated approvals were written in SQL, not by approveApplication: record their settled persons as the approval would. */
async function recordSettlements(prisma: Db) {
  // lib/stats/settlement-records.ts, docs/decisions/0213.
  const recordStart = Date.now();
  const recorded = await recordMissingSettlements({ db: prisma });
  log(`settlement records: ${recorded} in ${((Date.now() - recordStart) / 1000).toFixed(0)} s`);
}

async function benchSupervisor(prisma: Db): Promise<Actor> {
  const sup = await prisma.user.findUniqueOrThrow({
    where: { username: "bench-supervisor" },
    include: { jurisdiction: { select: { path: true } } },
  });
  return actorOf(sup, sup.jurisdiction!.path);
}

/** The supervisor's pages as the app runs them, for this year and today. */
function supervisorPages(prisma: Db, actor: Actor, now: Date) {
  const today = chinaDate(now);
  const { period } = parsePeriod({ query: { period: "year" }, today });
  const page = () =>
    Promise.all([
      stationHealth({ db: prisma, actor, period, now }),
      listSupervisionCases({ db: prisma, actor, filter: { decided: "against" }, period, now, pageSize: 5 }),
      listSupervisionCases({ db: prisma, actor, filter: { decided: "refused" }, period, now, pageSize: 5 }),
    ]);
  // What app/(supervisor)/supervision/kpi/page.tsx runs for a bare /supervision/kpi: parseKpiParams'
  // defaults (no unit → the supervisor's own, this year, trend from 2016, today), then the chooser.
  const t = translator("zh-CN");
  const kpiParams: KpiParams = { unitId: null, year: Number(today.slice(0, 4)), fromYear: 2016, on: null };
  const kpiPage = async () => {
    const data = await loadKpi({ db: prisma, actor, params: kpiParams, t });
    await kpiUnitChoices({ db: prisma, actor });
    return data;
  };
  // What app/(supervisor)/supervision/kpi/assessment/page.tsx runs: the years administrators entered
  // inputs for (assessmentYear) and the overview, for 2018 when no year is chosen.
  const assessmentPage = async (year: number) => {
    await prisma.assessmentInput.findMany({ distinct: ["year"], select: { year: true } });
    return assessmentOverview({ db: prisma, actor, year });
  };
  return { prisma, actor, now, today, period, t, year: kpiParams.year, page, kpiPage, assessmentPage };
}
type Pages = ReturnType<typeof supervisorPages>;

/** The pages timed `iterations` times; the page's parts logged by p95. */
async function samplePages({ prisma, actor, now, today, period, page, kpiPage, assessmentPage }: Pages, iterations: number) {
  const pageSamples: number[] = [];
  const kpiSamples: number[] = [];
  const assessmentSamples: number[] = [];
  // The month view too: a supervisor switches periods, and a month is the default.
  const month = calendarPeriod({ kind: "month", today });
  const parts: Record<string, number[]> = { yearPage: [], monthHealth: [], overdueList: [], yearHealthAlone: [] };
  for (let i = 0; i < iterations; i++) {
    const samples = {
      yearPage: await time(page),
      monthHealth: await time(() => stationHealth({ db: prisma, actor, period: month, now })),
      overdueList: await time(() => listSupervisionCases({ db: prisma, actor, filter: { overdue: "1" }, period: month, now })),
      yearHealthAlone: await time(() => stationHealth({ db: prisma, actor, period, now })),
    };
    for (const [k, v] of Object.entries(samples)) parts[k]!.push(v);
    pageSamples.push(samples.yearPage, samples.monthHealth, samples.overdueList);
    kpiSamples.push(await time(kpiPage));
    assessmentSamples.push(await time(() => assessmentPage(2018)));
  }
  log(`p95 by part (ms): ${JSON.stringify(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, p95(v)])))}`);
  return { pageSamples, kpiSamples, assessmentSamples };
}

/** loadKpi's three parts alone (it runs them concurrently), to say which one a slow page waits for. */
async function logKpiParts({ prisma, actor, today, year, assessmentPage }: Pages, iterations: number) {
  const kpiParts: Record<string, number[]> = { urbanization: [], activity: [], targets: [], assessmentThisYear: [] };
  for (let i = 0; i < Math.min(iterations, 10); i++) {
    kpiParts.urbanization!.push(
      await time(() => urbanizationOverview({ db: prisma, actor, unitId: null, year, fromYear: 2016, on: today })),
    );
    kpiParts.activity!.push(
      await time(() => activityOverview({ db: prisma, actor, unitId: null, from: `${year}-01-01`, to: `${year + 1}-01-01` })),
    );
    kpiParts.targets!.push(await time(() => targetsOverview({ db: prisma, actor, unitId: null })));
    kpiParts.assessmentThisYear!.push(await time(() => assessmentPage(year)));
  }
  log(`KPI p95 by part (ms): ${JSON.stringify(Object.fromEntries(Object.entries(kpiParts).map(([k, v]) => [k, p95(v)])))}`);
}

/** The CSV export of the year's decisions, `rows` at the most: its milliseconds. */
async function timeExport({ prisma, actor, period, now, t }: Pages, rows: number): Promise<number> {
  let exported = 0;
  const exportMs = await time(async () => {
    const file = await exportCases({ db: prisma, actor, filter: { decided: "all" }, period, now, t, english: false, limit: rows });
    exported = file.csv.split("\r\n").length - 2;
  });
  log(`export: ${exported} rows`);
  return exportMs;
}

/** What the KPI and assessment pages show for this year, to read the registry by. */
async function logThisYear({ year, kpiPage, assessmentPage }: Pages) {
  const { rates, activity } = await kpiPage();
  log(`settled this year (persons, by the registry): ${activity.months.reduce((n, m) => n + m.counts.all, 0)}`);
  log(
    `urbanization (${rates.unit.name}, ${rates.onDay.on}): ${JSON.stringify({ ...rates.onDay.population, rate: rates.onDay.rate, counties: rates.byUnit.length })}`,
  );
  const assessed = await assessmentPage(year);
  log(`assessment ${year}: ${JSON.stringify(assessed.counties.slice(0, 2).map((c) => ({ county: c.unit.name, total: c.result.total })))}`);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const db = await acquireDatabase({ mode: "temporary", database: "hukou_bench" });
  try {
    const now = await fill(db.url, options.persons);
    const prisma = createPrismaClient(db.url);
    try {
      await recordSettlements(prisma);
      const pages = supervisorPages(prisma, await benchSupervisor(prisma), now);
      // Warm the connection pool, the calendar cache and the plans first, as a running server would be.
      const [health] = await pages.page();
      await pages.kpiPage();
      await pages.assessmentPage(2018);
      log(`total: ${JSON.stringify({ ...health.total, stations: health.units.stations.length })}`);
      const { pageSamples, kpiSamples, assessmentSamples } = await samplePages(pages, options.iterations);
      await logKpiParts(pages, options.iterations);
      const exportMs = await timeExport(pages, options.exportRows);
      await logThisYear(pages);
      console.log(
        JSON.stringify({
          persons: options.persons,
          supervisionP95Ms: p95(pageSamples),
          kpiP95Ms: p95(kpiSamples),
          exportMs: Math.round(exportMs),
          assessmentP95Ms: p95(assessmentSamples),
        }),
      );
    } finally {
      await prisma.$disconnect();
    }
  } finally {
    await db.stop();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? (process.env.DEBUG ? err.stack : err.message) : err);
  process.exit(1);
});
