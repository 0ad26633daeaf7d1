// `npm run -s bench:load [-- --smoke] [--seconds 60] [--warmup-seconds 20] [--applicants 100] [--clerks 10] [--think-ms 2000]`
// Load on the production portal (issue #9, "Proofs"): simulated applicants and officers, each a
// browser without JavaScript with its own session, on a throw-away database with the demo data.
//   applicants: /me, their inbox, the self-check (page and API), save a section of their draft (the
//               form, then its post), submit it (once);
//   officers:   the queue, a case page, take the next unassigned case and approve it (the forms).
// Each user waits a random think time (0.5–1.5 × --think-ms) between actions. The same load runs first for
// --warmup-seconds, reported apart as `warmup` (a server just started compiles its code while it serves),
// then for --seconds, the figures measured against the target. Then, in the same run,
// the machine's own PostgreSQL ceiling: single-row INSERTs through `pg` from 10 connections — so the
// portal's throughput reads as a ratio. Every acknowledged submission and approval must be in the
// database at the end. One JSON line on stdout; exit 1 on an error answer or a lost acknowledgement
// (latency is reported against the target, not enforced: the machine may be shared). docs/decisions/0234.
import os from "node:os";
import { createPrismaClient, type Db } from "../lib/db";
import { mulberry32 } from "../lib/random";
import { startHarness, type Harness } from "./lib/portal-harness";
import { newStats, percentile, PortalClient, routeSummary, type Stats } from "./lib/portal-client";
import { BENCH_PASSWORD, demoPlace, makeUsers, readyDraft, type BenchUser } from "./lib/bench-fixtures";
import { numberArg } from "./lib/args";
import { applicant, caseIdsIn, clerk, ELIGIBILITY, type LoadRun, type Tally } from "./lib/load-users";
import {
  ascending,
  latencySummary,
  postgresCeiling,
  routeCosts,
  snapshot,
  usageSince,
  warmupFigures,
  windows,
  type Snapshot,
} from "./lib/load-figures";

const SMOKE = process.argv.includes("--smoke");
const SECONDS = numberArg("--seconds", SMOKE ? 5 : 60);
const APPLICANTS = numberArg("--applicants", SMOKE ? 6 : 100);
const CLERKS = numberArg("--clerks", SMOKE ? 2 : 10);
const THINK_MS = numberArg("--think-ms", SMOKE ? 300 : 2000);
const WARMUP_SECONDS = numberArg("--warmup-seconds", SMOKE ? 2 : 20);
// --cost: instead of the load, each page of the mix requested 30 times by one user, one after another,
// with the portal's CPU per request (what to make cheaper first).
const COST = process.argv.includes("--cost");
const PG_SECONDS = numberArg("--pg-seconds", SMOKE ? 2 : 10);
const log = (line: string) => console.error(line);

/** The users of the run, signed in, with their drafts; a0, c0 and d0: the first applicant, officer and draft. */
interface Cast {
  db: Db;
  applicants: BenchUser[];
  clerks: BenchUser[];
  drafts: Map<string, string>;
  clients: Map<string, PortalClient>;
  a0: PortalClient;
  c0: PortalClient;
  d0: string;
}

/** Makes the users and their drafts, starts the portal and signs everyone in (the requests count into `setup`). */
async function prepare(h: Harness, setup: Stats): Promise<Cast> {
  log(`• Preparing ${APPLICANTS} applicants with drafts and ${CLERKS} officers…`);
  const db = createPrismaClient(h.db.url);
  const place = await demoPlace(db);
  const applicants = await makeUsers(db, { role: "APPLICANT", count: APPLICANTS, place, tag: "load" });
  const clerks = await makeUsers(db, { role: "CLERK", count: CLERKS, place, tag: "load" });
  const drafts = new Map<string, string>();
  for (const a of applicants) drafts.set(a.username, await readyDraft(db, { actor: a.actor, place }));
  await h.start();
  log("• Signing everyone in…");
  const clients = new Map<string, PortalClient>();
  const signIn = async (u: BenchUser) => {
    const c = new PortalClient(h.baseUrl, setup);
    await c.signIn(u.username, BENCH_PASSWORD);
    clients.set(u.username, c);
  };
  const everyone = [...applicants, ...clerks];
  for (let i = 0; i < everyone.length; i += 5) await Promise.all(everyone.slice(i, i + 5).map(signIn));
  const a0 = clients.get(applicants[0].username)!;
  const c0 = clients.get(clerks[0].username)!;
  const d0 = drafts.get(applicants[0].username)!;
  return { db, applicants, clerks, drafts, clients, a0, c0, d0 };
}

/** A fresh server loads each route's code on its first request: warm every route of the mix twice. */
async function warmRoutes({ a0, c0, d0 }: Cast) {
  for (let round = 0; round < 2; round++) {
    for (const path of ["/me", "/me/inbox", "/check", `/apply/${d0}/home`, `/apply/${d0}/check`, `/me/cases/${d0}`])
      await a0.request(path, {}, [200, 303, 307]);
    await a0.request("/api/v1/eligibility", { method: "POST", body: ELIGIBILITY, headers: { "content-type": "application/json" } });
    const queue = await c0.request("/workbench?who=unassigned");
    const first = caseIdsIn(queue.text)[0];
    if (first) await c0.request(`/workbench/cases/${first}`);
  }
}

/** One user alone, one request after another: the cost of a page without any queue in front of it (sorted ascending). */
async function singleUserLatencies({ a0, c0, d0 }: Cast): Promise<number[]> {
  const alone: number[] = [];
  for (let i = 0; i < 10; i++) {
    for (const [client, path] of [
      [a0, "/me"],
      [a0, `/apply/${d0}/home`],
      [c0, "/workbench"],
    ] as const) {
      const t = performance.now();
      await client.request(path);
      alone.push(performance.now() - t);
    }
  }
  return alone.sort((x, y) => x - y);
}

/** --cost: each route of the mix requested one after another by one user, with the portal's CPU per request. */
async function costReport(h: Harness, { a0, c0, d0 }: Cast) {
  const queue = await c0.request("/workbench?who=unassigned");
  const caseId = caseIdsIn(queue.text)[0];
  const routes: [PortalClient, string][] = [
    ...(caseId ? [[c0, `/workbench/cases/${caseId}`] as [PortalClient, string]] : []),
    [a0, "/me"],
    [a0, "/me/inbox"],
    [a0, "/check"],
    [a0, `/apply/${d0}/home`],
    [a0, `/apply/${d0}/check`],
    [a0, `/me/cases/${d0}`],
    [c0, "/workbench?who=unassigned"],
    [c0, "/workbench"],
    [a0, "/robots.txt"],
    [a0, "/api/auth/session"],
    [a0, "/no-such-page"],
    [a0, "/"],
    [a0, "/locale?back=/me"],
  ];
  return { cost: await routeCosts(h, routes, numberArg("--cost-requests", 30)) };
}

/**
 * One continuous run: the warm-up seconds, then the measured ones, the users never pausing in between
 * (a pause and a common restart would bunch their next requests). At the boundary every client
 * counts into `stats`; a request counts where it started. Returns the warm-up's figures and the two starts.
 */
async function runLoad(h: Harness, cast: Cast, stats: Stats, tally: Tally) {
  const warm: Stats = newStats();
  for (const c of cast.clients.values()) c.countInto(warm);
  const runStart = snapshot(h);
  let measuredFrom = runStart;
  let measuring = false;
  const failed = (e: unknown) => {
    const into = measuring ? stats : warm;
    into.errors += 1;
    into.errorSamples.push(String(e));
  };
  const run: LoadRun = { until: runStart.wall + (WARMUP_SECONDS + SECONDS) * 1000, thinkMs: THINK_MS, tally };
  if (WARMUP_SECONDS > 0) log(`• ${WARMUP_SECONDS} s of load to warm the server up, then ${SECONDS} s measured…`);
  const boundary = new Promise<void>((resolve) =>
    setTimeout(() => {
      measuring = true;
      for (const c of cast.clients.values()) c.countInto(stats);
      measuredFrom = snapshot(h);
      resolve();
    }, WARMUP_SECONDS * 1000),
  );
  await Promise.all([
    boundary,
    ...cast.applicants.map((a, i) =>
      applicant(cast.clients.get(a.username)!, cast.drafts.get(a.username)!, mulberry32(1000 + i), run).catch(failed),
    ),
    ...cast.clerks.map((c, i) => clerk(cast.clients.get(c.username)!, mulberry32(9000 + i), run).catch(failed)),
  ]);
  return { warm, runStart, measuredFrom };
}

/** Every acknowledgement against the rows. */
async function presentRows(db: Db, tally: Tally) {
  const submittedRows = await db.application.count({ where: { id: { in: [...tally.submitted] }, status: { not: "DRAFT" } } });
  const approvedRows = await db.application.count({ where: { id: { in: [...tally.approved] }, status: "APPROVED" } });
  return { submittedRows, approvedRows };
}

interface Measured {
  stats: Stats;
  tally: Tally;
  warmup: ReturnType<typeof warmupFigures>;
  measuredFrom: Snapshot;
  alone: number[];
  usage: ReturnType<typeof usageSince>;
  rows: Awaited<ReturnType<typeof presentRows>>;
  insertsPerSecond: number;
}

/** The one JSON line of a load run, and whether it passed (no error answer, no lost acknowledgement). */
function report({ stats, tally, warmup, measuredFrom, alone, usage, rows, insertsPerSecond }: Measured) {
  const { elapsed, driverCpuSeconds, portalCpu, load1, loadAfter } = usage;
  const { submittedRows, approvedRows } = rows;
  const sorted = ascending(stats.latencies);
  const rps = stats.latencies.length / elapsed;
  const p95 = percentile(sorted, 95);
  const ok = stats.errors === 0 && submittedRows === tally.submitted.size && approvedRows === tally.approved.size;
  const result = {
    mode: SMOKE ? "smoke" : "full",
    seconds: Math.round(elapsed),
    applicants: APPLICANTS,
    clerks: CLERKS,
    thinkMs: THINK_MS,
    requests: stats.latencies.length,
    throughputRps: Number(rps.toFixed(1)),
    latencyMs: latencySummary(sorted),
    // The same load before the measured seconds, on the server just started (errors count in `errors`).
    warmup,
    // p95 per 10 s of the run: a slow start (cold caches), a stall, or a steady queue.
    p95By10s: windows(stats, measuredFrom.mark, 10_000),
    singleUserMs: { p50: Math.round(percentile(alone, 50)), p95: Math.round(percentile(alone, 95)) },
    // The portal process's own CPU per request: what the figures would be on cores it had to itself.
    portalCpu:
      portalCpu === null
        ? null
        : {
            seconds: Number(portalCpu.toFixed(1)),
            shareOfOneCore: Number((portalCpu / elapsed).toFixed(2)),
            msPerRequest: Math.round((portalCpu * 1000) / Math.max(1, stats.latencies.length)),
            // One Node process runs the portal's JavaScript on one core at a time.
            requestsPerSecondOnOneFreeCore: Math.round(stats.latencies.length / Math.max(0.001, portalCpu)),
          },
    // This driver shares the machine: the cores its simulated browsers took from the portal.
    driverCpu: { seconds: Number(driverCpuSeconds.toFixed(1)), shareOfOneCore: Number((driverCpuSeconds / elapsed).toFixed(2)) },
    errors: stats.errors,
    errorSamples: stats.errorSamples,
    byStatus: stats.byStatus,
    byRoute: routeSummary(stats),
    submissions: { acknowledged: tally.submitted.size, present: submittedRows },
    approvals: { acknowledged: tally.approved.size, present: approvedRows },
    postgres: { connections: 10, insertsPerSecond: Math.round(insertsPerSecond) },
    // How much of the database's raw write rate the portal's whole request rate amounts to.
    portalToPostgresRatio: Number((rps / insertsPerSecond).toFixed(4)),
    target: { errors: 0, p95Ms: 300, met: stats.errors === 0 && p95 < 300 },
    machine: { cpus: os.cpus().length, loadAverageBefore: Number(load1.toFixed(2)), loadAverageAfter: Number(loadAfter.toFixed(2)) },
    ok,
  };
  return { result, ok };
}

async function main() {
  const h = await startHarness({ log, quiet: true });
  // Sign-in, the route warm-up and the one-user figures count apart from the load.
  const setup: Stats = newStats();
  const stats: Stats = newStats();
  const tally: Tally = { submitted: new Set(), approved: new Set() };
  let result: Record<string, unknown> = {};
  let ok = false;
  try {
    const cast = await prepare(h, setup);
    await warmRoutes(cast);
    const alone = await singleUserLatencies(cast);
    if (COST) {
      result = await costReport(h, cast);
      await h.stop();
      console.log(JSON.stringify(result));
      process.exit(0);
    }
    const { warm, runStart, measuredFrom } = await runLoad(h, cast, stats, tally);
    const warmup = warmupFigures(warm, runStart, WARMUP_SECONDS);
    stats.errors += warm.errors;
    stats.errorSamples.push(...warm.errorSamples);
    const usage = usageSince(h, measuredFrom);
    const rows = await presentRows(cast.db, tally);
    await cast.db.$disconnect();

    log(`• PostgreSQL ceiling (${PG_SECONDS} s of single-row INSERTs)…`);
    const insertsPerSecond = await postgresCeiling(h.db.url, PG_SECONDS);
    ({ result, ok } = report({ stats, tally, warmup, measuredFrom, alone, usage, rows, insertsPerSecond }));
  } finally {
    await h.stop();
  }
  console.log(JSON.stringify(result));
  process.exit(ok ? 0 : 1);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  console.log(JSON.stringify({ ok: false, error: error instanceof Error ? error.message : String(error) }));
  process.exit(1);
});
