// The portal's HTTP server: the public eligibility API answered directly (docs/decisions/0006),
// everything else by Next.js. `npm start`, `npm test` and the benchmark all serve through it.
//   tsx scripts/serve.ts [--dev] [--port 3000] [--host 0.0.0.0]
import http from "node:http";
import next from "next";
import { handleEligibility, isEligibilityRequest } from "../lib/api/eligibility-http";
import { ROOT } from "../lib/db/schema-engine";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const dev = process.argv.includes("--dev");
  (process.env as Record<string, string | undefined>).NODE_ENV ??= dev ? "development" : "production";
  const port = Number(arg("--port") ?? process.env.PORT ?? 3000);
  const hostname = arg("--host");
  const app = next({ dev, dir: ROOT, port, hostname: hostname ?? "localhost" });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer((req, res) => {
    if (isEligibilityRequest(req)) {
      handleEligibility(req, res);
      return;
    }
    void handle(req, res);
  });
  server.keepAliveTimeout = 65_000;
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
