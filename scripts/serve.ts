// The portal's HTTP server: the public eligibility API answered directly (docs/decisions/0006),
// everything else by Next.js. `npm start`, `npm test` and the benchmark all serve through it.
//   tsx scripts/serve.ts [--dev] [--port 3000] [--host 0.0.0.0]
// Without --host or HOST it listens on 127.0.0.1 and ::1 only (scripts/lib/listen.ts, docs/decisions/0269).
// In production it runs HUKOU_WORKERS server processes (default: 2 on a machine with 2 or more cores)
// behind the one port with node:cluster, because one Node process renders pages on one core at a time
// (docs/decisions/0235). The first process only keeps the workers and the scheduled jobs running.
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import { handleEligibility, isEligibilityRequest, SECURITY_HEADERS } from "../lib/api/eligibility-http";
import { normalisePath } from "../lib/api/read-limited";
import { refuseTarget } from "../lib/security/request-target";
import { stampClientAddress, trustedProxies } from "../lib/auth/client-address";
import { ROOT } from "../lib/db/schema-engine";
import { argValue } from "./lib/args";
import { listenHosts, listenOn } from "./lib/listen";
import { workerCount } from "./lib/workers";

// Methods no page of the portal answers; refused here rather than handed to Next (TRACE gave a 500).
const REFUSED_METHODS = new Set(["TRACE", "TRACK", "CONNECT"]);

// Behind HTTPS (NEXTAUTH_URL https://…) every answer tells the browser to use nothing else for a year:
// pages, routes, downloads and the API alike (issue #16 L8). Not includeSubDomains: the portal does not
// know what else runs under its parent domain.
const HSTS = (process.env.NEXTAUTH_URL ?? "").startsWith("https://") ? "max-age=31536000" : null;
// X-Forwarded-Host is whatever the client wrote unless a proxy in front sets it; Next.js reads it for
// its server-action origin check and its redirects, so it is dropped unless the operator says a proxy
// sets it (issue #16 I1).
const TRUST_FORWARDED_HOST = process.env.HUKOU_TRUST_FORWARDED_HOST === "1";

function plainAnswer(res: http.ServerResponse, status: number, sentence: string) {
  res.writeHead(status, { ...SECURITY_HEADERS, "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
  res.end(`${sentence}\n`);
}

const dev = process.argv.includes("--dev");
const port = Number(argValue("--port") ?? process.env.PORT ?? 3000);
const hosts = listenHosts({ arg: argValue("--host"), env: process.env.HOST });
/** The one address asked for, or null for the loopback default. */
const asked = hosts.length === 1 ? hosts[0] : null;
const urlHost = asked === null ? "localhost" : asked.includes(":") ? `[${asked}]` : asked;
const readyLine = () => `✓ Ready on http://${urlHost}:${port}${dev ? " (development)" : ""}`;

/** Scheduled jobs (docs/decisions/0017): once per portal, in the process that is not serving. */
function startJobs(): Promise<{ stop(): Promise<void> } | null> {
  if (process.env.HUKOU_JOBS === "0" || !process.env.DATABASE_URL) return Promise.resolve(null);
  // A failure is reported in one sentence and the portal keeps serving.
  return import("../lib/jobs/scheduler")
    .then(({ startScheduler }) => startScheduler({ databaseUrl: process.env.DATABASE_URL! }))
    .catch((error: unknown) => {
      console.error(
        `✗ Scheduled jobs did not start (permits are not suspended automatically until the next start): ${error instanceof Error ? error.message : String(error)}`,
      );
      return null;
    });
}

/**
 * The first process of a cluster: forks the workers, starts another when one dies (but gives up, in one
 * sentence, when workers keep dying at start), runs the scheduled jobs, and stops everything on SIGTERM.
 */
function primary(workers: number) {
  let stopping = false;
  let listening = 0;
  let quickDeaths = 0;
  let scheduler: Promise<{ stop(): Promise<void> } | null> = Promise.resolve(null);
  const fork = () => {
    const worker = cluster.fork();
    const bornAt = Date.now();
    // A worker says so once it listens on every address (one "listening" event per address).
    worker.on("message", (message: unknown) => {
      if ((message as { hukou?: string } | null)?.hukou !== "listening") return;
      listening += 1;
      if (listening === workers) {
        console.log(`${readyLine()} (${workers} server processes)`);
        scheduler = startJobs();
      }
    });
    worker.once("exit", (code, signal) => {
      // A worker exits with 0 only when told to stop (Ctrl-C reaches every process of the terminal's group).
      if (stopping || code === 0) return;
      if (Date.now() - bornAt < 30_000 && ++quickDeaths >= 3) {
        console.error(
          "✗ The portal's server processes keep stopping at start; read the messages above, fix what they name and run the command again.",
        );
        stopping = true;
        for (const w of Object.values(cluster.workers ?? {})) w?.kill("SIGTERM");
        process.exitCode = 1;
        return;
      }
      console.error(`✗ A server process stopped (${signal ?? `exit code ${code}`}); starting another.`);
      fork();
    });
  };
  // A page render allocates a few MB that die young; V8's default 16 MB semi-space makes every worker
  // collect them several times a request. 64 MB cut the portal's CPU per request by about a sixth under
  // bench:load (docs/decisions/0235), for ~150 MB more memory per worker. An explicit flag wins.
  const execArgv = process.execArgv.some((a) => a.startsWith("--max-semi-space-size"))
    ? process.execArgv
    : [...process.execArgv, "--max-semi-space-size=64"];
  cluster.setupPrimary({ execArgv });
  for (let i = 0; i < workers; i++) fork();
  const stop = () => {
    if (stopping) return;
    stopping = true;
    const alive = Object.values(cluster.workers ?? {}).filter((w) => w && !w.isDead());
    for (const w of alive) w!.kill("SIGTERM");
    // A worker that does not finish its requests within 10 s is not waited for.
    const force = setTimeout(() => process.exit(0), 10_000);
    force.unref();
    void scheduler
      .then((s) => s?.stop())
      .finally(() => {
        const check = () => (Object.values(cluster.workers ?? {}).some((w) => w && !w.isDead()) ? setTimeout(check, 100) : process.exit(0));
        check();
      });
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

/** Next.js answers a malformed router-state header (sent with RSC: 1) with a 500; its own parser decides. */
async function routerStateCheck() {
  const { parseAndValidateFlightRouterState } = await import("next/dist/server/app-render/parse-and-validate-flight-router-state");
  return (value: string | string[] | undefined) => {
    try {
      parseAndValidateFlightRouterState(value);
      return true;
    } catch {
      return false;
    }
  };
}

function createHttpServer(onRequest: http.RequestListener) {
  const server = http.createServer(onRequest);
  server.keepAliveTimeout = 65_000;
  // A client gets 20 s to send its headers and 2 minutes for the whole request (a 10 MB upload on a
  // slow mobile link), not Node's 5-minute default: slow-loris clients are cut off.
  server.headersTimeout = 20_000;
  server.requestTimeout = 120_000;
  return server;
}

async function serve(options: { inCluster: boolean }) {
  // Loaded here, not at the top: the first process of a cluster serves nothing and needs no Next.js.
  const { default: next } = await import("next");
  const app = next({ dev, dir: ROOT, port, hostname: asked ?? "localhost" });
  await app.prepare();
  const handle = app.getRequestHandler();
  const routerStateIsValid = await routerStateCheck();
  const onRequest: http.RequestListener = (req, res) => {
    // The client's address as this server saw it (through TRUSTED_PROXIES only, docs/decisions/0272),
    // for throttles and the audit trail; a value the client sent under the same name is overwritten.
    stampClientAddress(req);
    if (!TRUST_FORWARDED_HOST) delete req.headers["x-forwarded-host"];
    if (HSTS) res.setHeader("Strict-Transport-Security", HSTS);
    if (REFUSED_METHODS.has(req.method ?? "")) {
      res.writeHead(405, {
        ...SECURITY_HEADERS,
        Allow: "GET, HEAD, POST",
        "Content-Type": "text/plain; charset=utf-8",
        Connection: "close",
      });
      res.end("Method not allowed\n");
      return;
    }
    // Route on the path as it will be understood: /api/v1/./eligibility is /api/v1/eligibility and
    // gets its body limit, instead of slipping past it to a route that buffers the whole body.
    // An address no link of the portal produces (bad %-encoding, a NUL) is a 400 here, in one sentence,
    // rather than a 500 from deep inside a page (issue #16 L5).
    const refused = refuseTarget(req.url ?? "/");
    if (refused) {
      plainAnswer(res, 400, refused);
      return;
    }
    if (req.headers["next-router-state-tree"] !== undefined && !routerStateIsValid(req.headers["next-router-state-tree"])) {
      plainAnswer(res, 400, "Bad request: the router state header is malformed; reload the page.");
      return;
    }
    req.url = normalisePath(req.url ?? "/");
    if (isEligibilityRequest(req)) {
      handleEligibility(req, res);
      return;
    }
    // The last resort: whatever Next.js lets escape is answered in one sentence, a malformed address as 400.
    handle(req, res).catch((error: unknown) => {
      console.error(`✗ ${req.method} ${req.url}: ${error instanceof Error ? error.message : String(error)}`);
      if (res.headersSent) return void res.end();
      if (error instanceof URIError) plainAnswer(res, 400, "Bad request: the address contains an invalid character encoding.");
      else plainAnswer(res, 500, "Internal error: the request could not be handled; please try again.");
    });
  };
  const createServer = () => createHttpServer(onRequest);
  // One server per address (127.0.0.1 and ::1 by default), all with the one handler.
  const { servers } = await listenOn({ hosts, port, createServer });
  // Scheduled jobs start once the portal listens (in a cluster, the first process runs them);
  // HUKOU_JOBS=0 leaves them off.
  let scheduler: Promise<{ stop(): Promise<void> } | null> = Promise.resolve(null);
  if (options.inCluster) process.send?.({ hukou: "listening" });
  else {
    console.log(readyLine());
    scheduler = startJobs();
  }
  const stop = () => {
    let open = servers.length;
    void scheduler
      .then((s) => s?.stop())
      .finally(() => {
        for (const server of servers) server.close(() => (--open === 0 ? process.exit(0) : undefined));
      });
    // Keep-alive connections would hold close() open; requests in flight get 10 s.
    for (const server of servers) server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  // A worker whose first process is gone (killed with -9) stops too, rather than serving on as an orphan.
  if (options.inCluster) process.on("disconnect", () => process.exit(1));
}

function main() {
  (process.env as Record<string, string | undefined>).NODE_ENV ??= dev ? "development" : "production";
  // A mistyped proxy would silently key every client on the proxy's address: refuse to start instead.
  const { invalid } = trustedProxies();
  if (invalid.length)
    throw new Error(
      `TRUSTED_PROXIES holds ${invalid.map((e) => `"${e}"`).join(", ")}, which is not an address or a range (e.g. 127.0.0.1,10.0.0.0/8,fd00::/8); correct it and start again`,
    );
  if (cluster.isWorker) return serve({ inCluster: true });
  const workers = workerCount({ dev, asked: process.env.HUKOU_WORKERS, cores: os.availableParallelism() });
  if (workers > 1) return primary(workers);
  return serve({ inCluster: false });
}

Promise.resolve()
  .then(main)
  .catch((error: unknown) => {
    console.error(`✗ The portal did not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
