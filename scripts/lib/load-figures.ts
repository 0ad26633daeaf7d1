// The figures of the load run (scripts/bench-load.ts) beside the latencies: the PostgreSQL ceiling of
// the machine, latency summaries and windows, the portal's cost per route, and the CPU the run took.
import os from "node:os";
import pg from "pg";
import { percentile, type PortalClient, type Stats } from "./portal-client";
import type { Harness } from "./portal-harness";
import { treeCpuSeconds } from "./process-tree";

/** The PostgreSQL ceiling on this machine: single-row INSERT transactions per second from `clients` connections. */
export async function postgresCeiling(url: string, seconds: number, clients = 10): Promise<number> {
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

export const ascending = (xs: number[]) => [...xs].sort((x, y) => x - y);

/** p50/p95/p99/max of latencies sorted ascending, in whole milliseconds. */
export function latencySummary(sorted: number[]) {
  return {
    p50: Math.round(percentile(sorted, 50)),
    p95: Math.round(percentile(sorted, 95)),
    p99: Math.round(percentile(sorted, 99)),
    max: Math.round(sorted.at(-1) ?? 0),
  };
}

/** p95 per window of `width` ms from `from` (a performance.now() mark), by when each request started. */
export function windows(stats: Stats, from: number, width: number): number[] {
  const buckets: number[][] = [];
  stats.latencies.forEach((ms, i) => (buckets[Math.floor((stats.startedAt[i] - from) / width)] ??= []).push(ms));
  return Array.from(buckets, (b) => (b ? Math.round(percentile(ascending(b), 95)) : 0));
}

/** Each route requested `requests` times by one user, one after another: the portal's CPU, the wall time and the bytes per request. */
export async function routeCosts(h: Harness, routes: [PortalClient, string][], requests: number) {
  const out: Record<string, { cpuMs: number; wallMs: number; bytes: number }> = {};
  for (const [client, path] of routes) {
    const cpu0 = treeCpuSeconds(h.portal?.pid) ?? 0;
    const t0 = performance.now();
    let bytes = 0;
    for (let i = 0; i < requests; i++) bytes += (await client.request(path)).text.length;
    const wall = performance.now() - t0;
    const cpu1 = treeCpuSeconds(h.portal?.pid) ?? 0;
    out[path.replace(/[0-9a-f-]{36}/, ":id")] = {
      cpuMs: Math.round(((cpu1 - cpu0) * 1000) / requests),
      wallMs: Math.round(wall / requests),
      bytes: Math.round(bytes / requests),
    };
  }
  return out;
}

/** Where a part of the run starts: the clocks, the load average and the CPU counters. */
export function snapshot(h: Harness) {
  return {
    wall: Date.now(),
    mark: performance.now(),
    load: os.loadavg()[0],
    cpu: treeCpuSeconds(h.portal?.pid),
    driver: process.cpuUsage(),
  };
}
export type Snapshot = ReturnType<typeof snapshot>;

/** The warm-up's own figures: the same load before the measured seconds, on the server just started. */
export function warmupFigures(warm: Stats, runStart: Snapshot, seconds: number) {
  if (seconds <= 0) return null;
  return {
    seconds,
    requests: warm.latencies.length,
    errors: warm.errors,
    latencyMs: latencySummary(ascending(warm.latencies)),
    p95By10s: windows(warm, runStart.mark, 10_000),
  };
}

/** The measured part's elapsed seconds and the CPU the portal and this driver took meanwhile. */
export function usageSince(h: Harness, measuredFrom: Snapshot) {
  const { wall: started, cpu: cpuBefore, driver: driverBefore, load: load1 } = measuredFrom;
  const elapsed = (Date.now() - started) / 1000;
  const cpuAfter = treeCpuSeconds(h.portal?.pid);
  const driver = process.cpuUsage(driverBefore);
  const driverCpuSeconds = (driver.user + driver.system) / 1e6;
  const portalCpu = cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : null;
  const loadAfter = os.loadavg()[0];
  return { elapsed, driverCpuSeconds, portalCpu, load1, loadAfter };
}
