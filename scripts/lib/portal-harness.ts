// A throw-away portal for the crash and load runs: a temporary embedded PostgreSQL (or
// TEST_DATABASE_URL), migrated and seeded with the demo data, and the production build served by
// scripts/serve.ts on 127.0.0.1 — the portal can be killed and started again on the same database.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { applyPendingMigrations, ROOT } from "../../lib/db/schema-engine";
import { findFreePort } from "../../lib/db/embedded-postgres";
import { seedDatabase } from "./seed";
import { acquireDatabase, type DatabaseHandle } from "./with-database";
import { ensureBuild } from "./build-stamp";
import { nextEnv } from "./run";
import { portalDatabaseUrl } from "./app-database";
import { descendants } from "./process-tree";

export interface Harness {
  db: DatabaseHandle;
  baseUrl: string;
  portal: ChildProcess | null;
  start(): Promise<void>;
  /** SIGKILL of the portal's every process: no shutdown hook runs, connections are cut mid-transaction. */
  kill9(): Promise<void>;
  /** SIGKILL of one server process only; the portal's first process must start another. Its pid, or null if it runs none. */
  killOneWorker9(): number | null;
  stop(): Promise<void>;
}

export async function waitForPortal(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`The portal did not answer at ${url} within ${timeoutMs / 1000} s`);
}

/** A migrated, seeded database with the production build made against it. */
async function prepareDatabase(log: (line: string) => void) {
  // Never the user's own database: a temporary cluster, or the disposable TEST_DATABASE_URL.
  const saved = process.env.DATABASE_URL;
  delete process.env.DATABASE_URL;
  if (process.env.TEST_DATABASE_URL) process.env.DATABASE_URL = process.env.TEST_DATABASE_URL;
  const db = await acquireDatabase({ mode: "temporary", database: "hukou_bench" });
  if (saved) process.env.DATABASE_URL = saved;
  else delete process.env.DATABASE_URL;
  await applyPendingMigrations(db.url);
  await seedDatabase(db.url);
  if (!(await ensureBuild({ root: ROOT, env: nextEnv({ DATABASE_URL: db.url }), log }))) {
    await db.stop();
    throw new Error("The production build failed");
  }
  return db;
}

export async function startHarness(options: { log: (line: string) => void; quiet?: boolean }): Promise<Harness> {
  const db = await prepareDatabase(options.log);
  // The portal runs as the least-privileged role, as `npm start` and `npm test` run it; the run's own
  // fixtures and checks keep the owner's URL (db.url).
  const portalUrl = await portalDatabaseUrl({ ownerUrl: db.url, embedded: db.embedded, persistent: false, log: options.log });
  const port = String(await findFreePort(3400 + Math.floor(Math.random() * 400)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = nextEnv({
    DATABASE_URL: portalUrl,
    NEXTAUTH_URL: baseUrl,
    NEXTAUTH_SECRET: "bench-secret-not-for-production-0123456789",
    HUKOU_DEMO: "1",
    HUKOU_JOBS: "0",
    // Every simulated user signs in from 127.0.0.1; the per-address throttle has its own tests.
    HUKOU_SIGNIN_PER_ADDRESS: "1000000",
    PORT: port,
  });
  const harness: Harness = {
    db,
    baseUrl,
    portal: null,
    async start() {
      // scripts/serve.ts as startPortal runs it, but in ONE process: the tsx CLI runs the script in a
      // child of its own, so a SIGKILL of the CLI would leave the real server running as an orphan.
      // HUKOU_PORTAL_NODE_ARGS adds Node options to the portal alone, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
      // to profile it under load (NODE_OPTIONS refuses --cpu-prof, and would profile the driver too).
      const nodeArgs = (process.env.HUKOU_PORTAL_NODE_ARGS ?? "").split(" ").filter(Boolean);
      const child = spawn(
        process.execPath,
        [...nodeArgs, "--import", "tsx", path.join(ROOT, "scripts", "serve.ts"), "--port", port, "--host", "127.0.0.1"],
        { cwd: ROOT, env, stdio: options.quiet ? "ignore" : "inherit" },
      );
      harness.portal = child;
      await waitForPortal(`${baseUrl}/api/auth/csrf`, 90_000);
    },
    async kill9() {
      const child = harness.portal;
      if (!child || child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      // The server processes first, so that none sees its first process go and exits on its own.
      for (const pid of descendants(child.pid!)) {
        try {
          process.kill(pid, "SIGKILL");
        } catch {
          // already gone
        }
      }
      child.kill("SIGKILL");
      await exited;
      harness.portal = null;
    },
    killOneWorker9() {
      const child = harness.portal;
      const worker = child?.pid ? descendants(child.pid)[0] : undefined;
      if (worker === undefined) return null;
      process.kill(worker, "SIGKILL");
      return worker;
    },
    async stop() {
      const child = harness.portal;
      if (child && child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      await db.stop().catch(() => {});
    },
  };
  return harness;
}
