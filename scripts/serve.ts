// The portal's HTTP server: the public eligibility API answered directly (docs/decisions/0006),
// everything else by Next.js. `npm start`, `npm test` and the benchmark all serve through it.
//   tsx scripts/serve.ts [--dev] [--port 3000] [--host 0.0.0.0]
import http from "node:http";
import next from "next";
import { handleEligibility, isEligibilityRequest, SECURITY_HEADERS } from "../lib/api/eligibility-http";
import { normalisePath } from "../lib/api/read-limited";

// Methods no page of the portal answers; refused here rather than handed to Next (TRACE gave a 500).
const REFUSED_METHODS = new Set(["TRACE", "TRACK", "CONNECT"]);
import { ROOT } from "../lib/db/schema-engine";
import { argValue } from "./lib/args";


async function main() {
  const dev = process.argv.includes("--dev");
  (process.env as Record<string, string | undefined>).NODE_ENV ??= dev ? "development" : "production";
  const port = Number(argValue("--port") ?? process.env.PORT ?? 3000);
  const hostname = argValue("--host");
  const app = next({ dev, dir: ROOT, port, hostname: hostname ?? "localhost" });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer((req, res) => {
    // The client's address as this server saw it, for throttles and the audit trail; a value the
    // client sent under the same name is overwritten, never trusted.
    req.headers["x-hukou-client-address"] = req.socket.remoteAddress ?? "";
    if (REFUSED_METHODS.has(req.method ?? "")) {
      res.writeHead(405, { ...SECURITY_HEADERS, Allow: "GET, HEAD, POST", "Content-Type": "text/plain; charset=utf-8", Connection: "close" });
      res.end("Method not allowed\n");
      return;
    }
    // Route on the path as it will be understood: /api/v1/./eligibility is /api/v1/eligibility and
    // gets its body limit, instead of slipping past it to a route that buffers the whole body.
    req.url = normalisePath(req.url ?? "/");
    if (isEligibilityRequest(req)) {
      handleEligibility(req, res);
      return;
    }
    void handle(req, res);
  });
  server.keepAliveTimeout = 65_000;
  // A client gets 20 s to send its headers and 2 minutes for the whole request (a 10 MB upload on a
  // slow mobile link), not Node's 5-minute default: slow-loris clients are cut off.
  server.headersTimeout = 20_000;
  server.requestTimeout = 120_000;
  // Scheduled jobs (docs/decisions/0017) start once the portal listens; HUKOU_JOBS=0 leaves them off.
  // A failure is reported in one sentence and the portal keeps serving.
  let scheduler: Promise<{ stop(): Promise<void> } | null> = Promise.resolve(null);
  server.listen(port, hostname, () => {
    console.log(`✓ Ready on http://${hostname ?? "localhost"}:${port}${dev ? " (development)" : ""}`);
    if (process.env.HUKOU_JOBS !== "0" && process.env.DATABASE_URL) {
      scheduler = import("../lib/jobs/scheduler")
        .then(({ startScheduler }) => startScheduler({ databaseUrl: process.env.DATABASE_URL! }))
        .catch((error: unknown) => {
          console.error(`✗ Scheduled jobs did not start (permits are not suspended automatically until the next start): ${error instanceof Error ? error.message : String(error)}`);
          return null;
        });
    }
  });
  const stop = () => {
    void scheduler.then((s) => s?.stop()).finally(() => server.close(() => process.exit(0)));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
