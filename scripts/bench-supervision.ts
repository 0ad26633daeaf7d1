// Benchmark of the supervision page on a registry of 黔南 size, in a throw-away embedded PostgreSQL
// (or DATABASE_URL's server — it must be an empty, disposable database). Prints ONE JSON line:
//   {"persons":N,"supervisionP95Ms":…,"kpiP95Ms":…,"exportMs":…}
// supervisionP95Ms: the page's queries as the page runs them (stationHealth and the two review lists,
// concurrently) for the whole 黔南 subtree and this year; kpiP95Ms: hukouUrbanisationRate for the
// subtree; exportMs: a 5,000-row CSV export of the year's decisions. Progress goes to stderr.
//   npm run -s bench:supervision [-- --persons 4000000] [--iterations 40] [--smoke]
import { Client } from "pg";
import { applyPendingMigrations } from "@/lib/db/schema-engine";
import { createPrismaClient } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { chinaDate } from "@/lib/clock";
import { translator } from "@/lib/i18n";
import { calendarPeriod, parsePeriod } from "@/lib/stats/period";
import { stationHealth } from "@/lib/stats/station-health";
import { listSupervisionCases } from "@/lib/stats/supervision-cases";
import { exportCases } from "@/lib/stats/supervision-export";
import { hukouUrbanisationRate } from "@/lib/stats/urbanisation";
import { acquireDatabase } from "./lib/with-database";
import { fillRegistry, registrySize } from "./lib/bench-registry";

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

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const size = registrySize(options.persons);
  const db = await acquireDatabase({ mode: "temporary", database: "hukou_bench" });
  try {
    await applyPendingMigrations(db.url);
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const started = Date.now();
    const now = new Date();
    try {
      await fillRegistry({ client, size, now, log });
    } finally {
      await client.end();
    }
    log(`registry filled in ${((Date.now() - started) / 1000).toFixed(0)} s: ${JSON.stringify(size)}`);
    const prisma = createPrismaClient(db.url);
    try {
      const sup = await prisma.user.findUniqueOrThrow({ where: { username: "bench-supervisor" }, include: { jurisdiction: { select: { path: true } } } });
      const actor: Actor = { id: sup.id, role: "SUPERVISOR", displayName: sup.displayName, stationId: null, jurisdictionId: sup.jurisdictionId, scopePath: sup.jurisdiction!.path, personId: null };
      const today = chinaDate(now);
      const { period } = parsePeriod({ query: { period: "year" }, today });
      const page = () =>
        Promise.all([
          stationHealth({ db: prisma, actor, period, now }),
          listSupervisionCases({ db: prisma, actor, filter: { decided: "against" }, period, now, pageSize: 5 }),
          listSupervisionCases({ db: prisma, actor, filter: { decided: "refused" }, period, now, pageSize: 5 }),
        ]);
      // Warm the connection pool, the calendar cache and the plans first, as a running server would be.
      const [health] = await page();
      await hukouUrbanisationRate({ db: prisma, actor });
      log(`total: ${JSON.stringify({ ...health.total, stations: health.units.stations.length })}`);
      const pageSamples: number[] = [];
      const kpiSamples: number[] = [];
      // The month view too: a supervisor switches periods, and a month is the default.
      const month = calendarPeriod({ kind: "month", today });
      const parts: Record<string, number[]> = { yearPage: [], monthHealth: [], overdueList: [], yearHealthAlone: [] };
      for (let i = 0; i < options.iterations; i++) {
        const samples = {
          yearPage: await time(page),
          monthHealth: await time(() => stationHealth({ db: prisma, actor, period: month, now })),
          overdueList: await time(() => listSupervisionCases({ db: prisma, actor, filter: { overdue: "1" }, period: month, now })),
          yearHealthAlone: await time(() => stationHealth({ db: prisma, actor, period, now })),
        };
        for (const [k, v] of Object.entries(samples)) parts[k]!.push(v);
        pageSamples.push(samples.yearPage, samples.monthHealth, samples.overdueList);
        kpiSamples.push(await time(() => hukouUrbanisationRate({ db: prisma, actor })));
      }
      log(`p95 by part (ms): ${JSON.stringify(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, p95(v)])))}`);
      const t = translator("zh-CN");
      let exported = 0;
      const exportMs = await time(async () => {
        const file = await exportCases({ db: prisma, actor, filter: { decided: "all" }, period, now, t, english: false, limit: options.exportRows });
        exported = file.csv.split("\r\n").length - 2;
      });
      log(`export: ${exported} rows`);
      const kpi = await hukouUrbanisationRate({ db: prisma, actor });
      log(`urbanisation: ${JSON.stringify(kpi)}`);
      console.log(JSON.stringify({ persons: options.persons, supervisionP95Ms: p95(pageSamples), kpiP95Ms: p95(kpiSamples), exportMs: Math.round(exportMs) }));
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
