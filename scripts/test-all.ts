// `npm test`: every test of the project, against a throw-away PostgreSQL.
//   unit + integration (vitest) → production build → end-to-end (Playwright, Chromium).
// Ends with one line for all suites together: "N passed, N failed, N skipped".
// TEST_DATABASE_URL points the run at your own (empty, disposable) server instead of the
// embedded one; DATABASE_URL is deliberately ignored so tests never touch your real data.
import fs from "node:fs";
import path from "node:path";
import { applyPendingMigrations, ROOT } from "../lib/db/schema-engine";
import { seedDatabase } from "./lib/seed";
import { EmbeddedPostgresError, findFreePort } from "../lib/db/embedded-postgres";
import { findChromium, CHROMIUM_HELP } from "../e2e/chromium";
import { acquireDatabase, resetDatabase } from "./lib/with-database";
import { ensureBuild } from "./lib/build-stamp";
import { nextEnv, run, startPortal } from "./lib/run";
import { portalDatabaseUrl } from "./lib/app-database";

interface Tally {
  suite: string;
  passed: number;
  failed: number;
  skipped: number;
}

const RESULTS = path.join(ROOT, "test-results");

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test runner's JSON report, read loosely
function readJson(file: string): any {
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : null;
}

function vitestTally(file: string): Tally {
  const r = readJson(file);
  if (!r) return { suite: "unit+integration", passed: 0, failed: 1, skipped: 0 };
  // A file that failed to load counts as a failure even though it ran no test.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same report
  const brokenFiles = (r.testResults ?? []).filter((f: any) => f.status === "failed" && (f.assertionResults ?? []).length === 0).length;
  return {
    suite: "unit+integration",
    passed: r.numPassedTests ?? 0,
    failed: (r.numFailedTests ?? 0) + brokenFiles,
    skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
  };
}

function playwrightTally(file: string, exitCode: number): Tally {
  const r = readJson(file);
  if (!r?.stats) return { suite: "end-to-end", passed: 0, failed: 1, skipped: 0 };
  const s = r.stats;
  // A spec file that fails to load runs no test but lands in `errors`; a failed run never counts as clean.
  const loadErrors = Array.isArray(r.errors) ? r.errors.length : 0;
  const failed = (s.unexpected ?? 0) + (s.flaky ?? 0) + loadErrors;
  return { suite: "end-to-end", passed: s.expected ?? 0, failed: failed === 0 && exitCode !== 0 ? 1 : failed, skipped: s.skipped ?? 0 };
}

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The portal did not answer at ${url} within ${timeoutMs / 1000} s`);
}

// `npm test -- --e2e [playwright args…]` skips the unit and integration tests and passes the rest to
// Playwright (e.g. one spec file): for working on one journey. CI and the README run plain `npm test`.
const ARGS = process.argv.slice(2);
const E2E_ONLY = ARGS.includes("--e2e");
const PLAYWRIGHT_ARGS = ARGS.filter((a) => a !== "--e2e");

/** The unit and integration tests, with vitest's JSON report read into a tally. */
async function runVitest(env: NodeJS.ProcessEnv): Promise<Tally> {
  console.log("\n• Unit and integration tests (vitest)");
  const vitestJson = path.join(RESULTS, "vitest.json");
  await run(
    process.execPath,
    [
      path.join(ROOT, "node_modules", "vitest", "vitest.mjs"),
      "run",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${vitestJson}`,
    ],
    env,
  );
  return vitestTally(vitestJson);
}

/** The portal's environment for the e2e run. */
function portalEnv(options: { portalUrl: string; baseUrl: string; port: string }) {
  const { portalUrl, baseUrl, port } = options;
  return nextEnv({
    DATABASE_URL: portalUrl,
    NEXTAUTH_URL: baseUrl,
    NEXTAUTH_SECRET: "test-secret-not-for-production-0123456789",
    HUKOU_DEMO: "1",
    // The suite signs in hundreds of times from one address; the per-address throttle has its own tests.
    HUKOU_SIGNIN_PER_ADDRESS: "100000",
    // Likewise certificate checks (/verify, 60 a minute per address); that limit has its own tests.
    HUKOU_VERIFY_PER_MINUTE: "100000",
    PORT: port,
    // No host: the portal listens where `npm start` has it listen, the loopback addresses
    // (e2e/security/listen-address.spec.ts checks that).
    HOST: "",
  });
}

async function main() {
  const chromium = findChromium();
  if (!chromium) {
    console.error(CHROMIUM_HELP);
    process.exit(1);
  }
  fs.rmSync(RESULTS, { recursive: true, force: true });
  fs.mkdirSync(path.join(RESULTS, "screenshots"), { recursive: true });

  const savedUrl = process.env.DATABASE_URL;
  delete process.env.DATABASE_URL;
  if (process.env.TEST_DATABASE_URL) process.env.DATABASE_URL = process.env.TEST_DATABASE_URL;
  console.log("• Test database: " + (process.env.DATABASE_URL ? "TEST_DATABASE_URL" : "embedded PostgreSQL (temporary)"));
  const db = await acquireDatabase({ mode: "temporary", database: "hukou_test" });
  const tallies: Tally[] = [];
  let server: ReturnType<typeof startPortal> | null = null;
  try {
    await applyPendingMigrations(db.url);
    await seedDatabase(db.url);
    const env = nextEnv({ DATABASE_URL: db.url });

    if (!E2E_ONLY) {
      tallies.push(await runVitest(env));
    }

    console.log("\n• Production build");
    if (!(await ensureBuild({ root: ROOT, env, log: console.log }))) {
      tallies.push({ suite: "build", passed: 0, failed: 1, skipped: 0 });
      return tallies;
    }

    console.log("\n• End-to-end tests (Playwright, " + chromium + ")");
    // A fresh database with the demo data only: the integration tests' own units and cases stay out of the pages.
    await resetDatabase(db.url);
    await applyPendingMigrations(db.url);
    await seedDatabase(db.url);
    // A random start: two test runs on one machine (two checkouts) must not both take the first free port.
    const port = String(await findFreePort(3100 + Math.floor(Math.random() * 250)));
    const baseUrl = `http://127.0.0.1:${port}`;
    // The portal runs as the least-privileged role, as `npm start` does; the specs' own fixtures keep the owner's URL.
    const portalUrl = await portalDatabaseUrl({ ownerUrl: db.url, embedded: db.embedded, persistent: false, log: console.log });
    const serverEnv = portalEnv({ portalUrl, baseUrl, port });
    server = startPortal({ port, env: serverEnv });
    await waitForServer(`${baseUrl}/api/auth/csrf`, 60_000);
    const e2eJson = path.join(RESULTS, "e2e.json");
    const e2eExit = await run(
      process.execPath,
      [path.join(ROOT, "node_modules", "@playwright", "test", "cli.js"), "test", ...PLAYWRIGHT_ARGS],
      {
        ...serverEnv,
        DATABASE_URL: db.url,
        E2E_PORTAL_DATABASE_URL: portalUrl,
        E2E_BASE_URL: baseUrl,
        E2E_JSON_REPORT: e2eJson,
        CHROMIUM_PATH: chromium,
      },
    );
    tallies.push(playwrightTally(e2eJson, e2eExit));
    return tallies;
  } finally {
    // The portal (and its scheduled jobs) stops before its database, so nothing reports a lost connection.
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once("exit", resolve));
      server.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    }
    await db.stop().catch(() => {});
    if (savedUrl) process.env.DATABASE_URL = savedUrl;
  }
}

main()
  .then((tallies) => {
    console.log("");
    for (const t of tallies) console.log(`  ${t.suite}: ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
    const sum = tallies.reduce((a, t) => ({ passed: a.passed + t.passed, failed: a.failed + t.failed, skipped: a.skipped + t.skipped }), {
      passed: 0,
      failed: 0,
      skipped: 0,
    });
    console.log(`${sum.passed} passed, ${sum.failed} failed, ${sum.skipped} skipped`);
    process.exit(sum.failed > 0 || sum.passed === 0 ? 1 : 0);
  })
  .catch((error) => {
    // A start failure the user can act on is one sentence; anything else keeps its stack for the log.
    console.error(
      error instanceof EmbeddedPostgresError ? `✗ ${error.message}` : error instanceof Error ? (error.stack ?? error.message) : error,
    );
    console.log("0 passed, 1 failed, 0 skipped");
    process.exit(1);
  });
