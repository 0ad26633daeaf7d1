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
import pg from "pg";
import { createPrismaClient } from "../lib/db";
import { mulberry32 } from "../lib/random";
import { startHarness } from "./lib/portal-harness";
import { formsOf, newStats, percentile, PortalClient, routeSummary, type Stats } from "./lib/portal-client";
import { BENCH_PASSWORD, demoPlace, makeUsers, readyDraft, type BenchUser } from "./lib/bench-fixtures";
import { numberArg } from "./lib/args";
import { treeCpuSeconds } from "./lib/process-tree";

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
const UUID_IN_LINK = /\/workbench\/cases\/([0-9a-f-]{36})/g;

const ELIGIBILITY = JSON.stringify({
  jurisdiction: "chenzhou",
  area: "central_urban",
  kind: "settlement",
  applicant: {
    birthDate: "1990-04-01",
    hukou: { jurisdiction: "elsewhere", area: "rural" },
    residence: { type: "rented", months: 14 },
    employment: { type: "employee", months: 12 },
    socialInsurance: { urbanMonths: 12 },
  },
  members: [],
});

function hasForm(html: string, field: string, value?: string): boolean {
  return formsOf(html).some((f) => f.fields.some(([k, v]) => k === field && (value === undefined || v === value)));
}

interface Tally {
  submitted: Set<string>;
  approved: Set<string>;
}

async function applicant(client: PortalClient, draftId: string, random: () => number, until: number, tally: Tally) {
  let submitted = false;
  while (Date.now() < until) {
    await new Promise((r) => setTimeout(r, THINK_MS * (0.5 + random())));
    if (Date.now() >= until) break;
    const pick = random();
    if (pick < 0.3) await client.request("/me");
    else if (pick < 0.4) await client.request("/me/inbox");
    else if (pick < 0.5) await client.request("/check");
    else if (pick < 0.6)
      await client.request("/api/v1/eligibility", { method: "POST", body: ELIGIBILITY, headers: { "content-type": "application/json" } });
    else if (pick < 0.88 || submitted) {
      if (submitted) {
        await client.request(`/me/cases/${draftId}`);
        continue;
      }
      // Save a draft: the section's form, then its post (a new address each time).
      const form = await client.request(`/apply/${draftId}/home`);
      if (form.status === 200 && hasForm(form.text, "section", "home"))
        await client.postForm(`/apply/${draftId}/home`, form.text, "section=home", {
          address: `北湖区人民西路 ${1 + Math.floor(random() * 200)} 号`,
        });
    } else {
      const page = await client.request(`/apply/${draftId}/check`);
      if (page.status !== 200 || !hasForm(page.text, "applicationId")) continue;
      // A resident ticks the 如实申报承诺 before submitting.
      const reply = await client.postForm(`/apply/${draftId}/check`, page.text, "applicationId", { declaration: "yes" });
      if (reply.location === `/apply/${draftId}/done`) {
        submitted = true;
        tally.submitted.add(draftId);
      }
    }
  }
}

async function clerk(client: PortalClient, random: () => number, until: number, tally: Tally) {
  while (Date.now() < until) {
    await new Promise((r) => setTimeout(r, THINK_MS * (0.5 + random())));
    if (Date.now() >= until) break;
    const queue = await client.request("/workbench?who=unassigned");
    const ids = [...new Set([...queue.text.matchAll(UUID_IN_LINK)].map((m) => m[1]))];
    const pick = random();
    if (ids.length === 0 || pick < 0.35) continue;
    const id = ids[Math.floor(random() * Math.min(ids.length, 5))];
    const page = await client.request(`/workbench/cases/${id}`);
    if (pick < 0.6 || !hasForm(page.text, "from", "case")) continue;
    // Take it (another officer may have been quicker: STALE is an answer, not an error)…
    const taken = await client.postForm(`/workbench/cases/${id}`, page.text, "from=case", {});
    if (!(taken.location ?? "").includes("done=taken")) continue;
    // …and decide it: approve on the engine's pathway, as the form proposes.
    const again = await client.request(`/workbench/cases/${id}`);
    if (!hasForm(again.text, "placementType")) continue;
    // A case the form cannot approve as it stands (e.g. a demo case with no address for a new household)
    // comes back as the form with its field errors (200), as it does for a clerk: an answer, not an error.
    const decided = await client.postForm(`/workbench/cases/${id}`, again.text, "placementType", {}, [200, 303]);
    if ((decided.location ?? "").includes("done=approved")) tally.approved.add(id);
  }
}

/** The PostgreSQL ceiling on this machine: single-row INSERT transactions per second from `clients` connections. */
async function postgresCeiling(url: string, seconds: number, clients = 10): Promise<number> {
  const setup = new pg.Client({ connectionString: url });
  await setup.connect();
  await setup.query(
    `CREATE TABLE IF NOT EXISTS bench_ceiling (id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), payload text NOT NULL)`,
  );
  await setup.end();
  const until = Date.now() + seconds * 1000;
  let inserts = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, i) => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      while (Date.now() < until) {
        await c.query("INSERT INTO bench_ceiling (payload) VALUES ($1)", [`client ${i} ${inserts}`]);
        inserts += 1;
      }
      await c.end();
    }),
  );
  return inserts / seconds;
}

const ascending = (xs: number[]) => [...xs].sort((x, y) => x - y);

/** p50/p95/p99/max of latencies sorted ascending, in whole milliseconds. */
function latencySummary(sorted: number[]) {
  return {
    p50: Math.round(percentile(sorted, 50)),
    p95: Math.round(percentile(sorted, 95)),
    p99: Math.round(percentile(sorted, 99)),
    max: Math.round(sorted.at(-1) ?? 0),
  };
}

function windows(stats: Stats, from: number, width: number): number[] {
  const buckets: number[][] = [];
  stats.latencies.forEach((ms, i) => (buckets[Math.floor((stats.startedAt[i] - from) / width)] ??= []).push(ms));
  return Array.from(buckets, (b) => (b ? Math.round(percentile(ascending(b), 95)) : 0));
}

async function routeCosts(h: Awaited<ReturnType<typeof startHarness>>, routes: [PortalClient, string][]) {
  const out: Record<string, { cpuMs: number; wallMs: number; bytes: number }> = {};
  const N = numberArg("--cost-requests", 30);
  for (const [client, path] of routes) {
    const cpu0 = treeCpuSeconds(h.portal?.pid) ?? 0;
    const t0 = performance.now();
    let bytes = 0;
    for (let i = 0; i < N; i++) bytes += (await client.request(path)).text.length;
    const wall = performance.now() - t0;
    const cpu1 = treeCpuSeconds(h.portal?.pid) ?? 0;
    out[path.replace(/[0-9a-f-]{36}/, ":id")] = {
      cpuMs: Math.round(((cpu1 - cpu0) * 1000) / N),
      wallMs: Math.round(wall / N),
      bytes: Math.round(bytes / N),
    };
  }
  return out;
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
    // A fresh server loads each route's code on its first request: warm every route of the mix twice.
    const a0 = clients.get(applicants[0].username)!;
    const c0 = clients.get(clerks[0].username)!;
    const d0 = drafts.get(applicants[0].username)!;
    for (let round = 0; round < 2; round++) {
      for (const path of ["/me", "/me/inbox", "/check", `/apply/${d0}/home`, `/apply/${d0}/check`, `/me/cases/${d0}`])
        await a0.request(path, {}, [200, 303, 307]);
      await a0.request("/api/v1/eligibility", { method: "POST", body: ELIGIBILITY, headers: { "content-type": "application/json" } });
      const queue = await c0.request("/workbench?who=unassigned");
      const first = [...queue.text.matchAll(UUID_IN_LINK)][0]?.[1];
      if (first) await c0.request(`/workbench/cases/${first}`);
    }
    // One user alone, one request after another: the cost of a page without any queue in front of it.
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
    alone.sort((x, y) => x - y);
    if (COST) {
      const queue = await c0.request("/workbench?who=unassigned");
      const caseId = [...queue.text.matchAll(UUID_IN_LINK)][0]?.[1];
      result = {
        cost: await routeCosts(h, [
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
        ]),
      };
      await h.stop();
      console.log(JSON.stringify(result));
      process.exit(0);
    }
    // One continuous run: the warm-up seconds, then the measured ones, the users never pausing in between
    // (a pause and a common restart would bunch their next requests). At the boundary every client
    // counts into `stats`; a request counts where it started.
    const warm: Stats = newStats();
    for (const c of clients.values()) c.countInto(warm);
    // Where the measured part starts: the clocks, the load average and the CPU counters.
    const snapshot = () => ({
      wall: Date.now(),
      mark: performance.now(),
      load: os.loadavg()[0],
      cpu: treeCpuSeconds(h.portal?.pid),
      driver: process.cpuUsage(),
    });
    const runStart = snapshot();
    let measuredFrom = runStart;
    let measuring = false;
    const failed = (e: unknown) => {
      const into = measuring ? stats : warm;
      into.errors += 1;
      into.errorSamples.push(String(e));
    };
    const until = runStart.wall + (WARMUP_SECONDS + SECONDS) * 1000;
    if (WARMUP_SECONDS > 0) log(`• ${WARMUP_SECONDS} s of load to warm the server up, then ${SECONDS} s measured…`);
    const boundary = new Promise<void>((resolve) =>
      setTimeout(() => {
        measuring = true;
        for (const c of clients.values()) c.countInto(stats);
        measuredFrom = snapshot();
        resolve();
      }, WARMUP_SECONDS * 1000),
    );
    await Promise.all([
      boundary,
      ...applicants.map((a, i) =>
        applicant(clients.get(a.username)!, drafts.get(a.username)!, mulberry32(1000 + i), until, tally).catch(failed),
      ),
      ...clerks.map((c, i) => clerk(clients.get(c.username)!, mulberry32(9000 + i), until, tally).catch(failed)),
    ]);
    const warmup =
      WARMUP_SECONDS > 0
        ? {
            seconds: WARMUP_SECONDS,
            requests: warm.latencies.length,
            errors: warm.errors,
            latencyMs: latencySummary(ascending(warm.latencies)),
            p95By10s: windows(warm, runStart.mark, 10_000),
          }
        : null;
    stats.errors += warm.errors;
    stats.errorSamples.push(...warm.errorSamples);
    const { wall: started, cpu: cpuBefore, driver: driverBefore, load: load1 } = measuredFrom;
    const elapsed = (Date.now() - started) / 1000;
    const cpuAfter = treeCpuSeconds(h.portal?.pid);
    const driver = process.cpuUsage(driverBefore);
    const driverCpuSeconds = (driver.user + driver.system) / 1e6;
    const portalCpu = cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : null;
    const loadAfter = os.loadavg()[0];

    // Every acknowledgement against the rows.
    const submittedRows = await db.application.count({ where: { id: { in: [...tally.submitted] }, status: { not: "DRAFT" } } });
    const approvedRows = await db.application.count({ where: { id: { in: [...tally.approved] }, status: "APPROVED" } });
    await db.$disconnect();

    log(`• PostgreSQL ceiling (${PG_SECONDS} s of single-row INSERTs)…`);
    const insertsPerSecond = await postgresCeiling(h.db.url, PG_SECONDS);
    const sorted = ascending(stats.latencies);
    const rps = stats.latencies.length / elapsed;
    const p95 = percentile(sorted, 95);
    ok = stats.errors === 0 && submittedRows === tally.submitted.size && approvedRows === tally.approved.size;
    result = {
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
