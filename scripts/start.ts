// `npm start`: the whole portal with demo data, on one command.
//  1. a database: DATABASE_URL, or the embedded PostgreSQL kept in .data/pg (nothing to install);
//  2. pending migrations applied; 3. demo data seeded (idempotent; SEED_DEMO=0 skips it);
//  4. a production build when the sources changed since the last one; 5. the portal server
//  (scripts/serve.ts: Next.js plus the public API) on PORT (3000). `npm run dev` serves in development mode.
import { applyPendingMigrations, ROOT } from "../lib/db/schema-engine";
import { activeDemoAccounts, recordEarlierSettlements, seedDatabase } from "./lib/seed";
import { acquireDatabase } from "./lib/with-database";
import { ensureBuild } from "./lib/build-stamp";
import { nextEnv, startPortal } from "./lib/run";
import { sessionSecret } from "./lib/secret";
import { portalDatabaseUrl } from "./lib/app-database";
import { argValue } from "./lib/args";

async function main() {
  const dev = process.argv.includes("--dev");
  const port = process.env.PORT ?? "3000";
  // scripts/serve.ts listens on the loopback addresses unless HOST (or --host) names another (0269).
  const host = process.env.HOST?.trim() || argValue("--host")?.trim() || "";
  const origin = `http://${host === "" || host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host}:${port}`;
  const usingOwn = Boolean(process.env.DATABASE_URL);
  console.log(usingOwn ? "• Using DATABASE_URL" : "• Starting the embedded PostgreSQL (.data/pg)…");
  const db = await acquireDatabase({ mode: "persistent", database: "hukou" });

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await db.stop().catch(() => {});
    process.exit(code);
  };

  try {
    const applied = await applyPendingMigrations(db.url);
    console.log(applied.length ? `• Migrations applied: ${applied.join(", ")}` : "• Database schema is up to date");
    // Approvals from before settlement records existed get theirs (docs/decisions/0213); nothing otherwise.
    const recorded = await recordEarlierSettlements(db.url);
    if (recorded > 0) console.log(`• Settlement records written for ${recorded} settled persons approved earlier`);
    // Demo data (and its accounts with one public password) only on the embedded database, or when
    // asked for with SEED_DEMO=1; a real database in production must hold no demo account at all.
    const seedDemo = process.env.SEED_DEMO === "1" || (!usingOwn && process.env.SEED_DEMO !== "0");
    if (seedDemo) {
      const summary = await seedDatabase(db.url);
      console.log(`• Demo data ready (${(summary.durationMs / 1000).toFixed(1)} s)`);
    } else if (usingOwn && process.env.NODE_ENV === "production") {
      const demo = await activeDemoAccounts(db.url);
      if (demo > 0) {
        throw new Error(
          `This database has ${demo} active demo accounts whose password is public: deactivate or delete them before running in production (or start with SEED_DEMO=1 for a demonstration).`,
        );
      }
    }
    const portalUrl = await portalDatabaseUrl({ ownerUrl: db.url, embedded: db.embedded, persistent: true, log: console.log });
    const env = nextEnv({
      DATABASE_URL: portalUrl,
      NEXTAUTH_SECRET: sessionSecret(),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? origin,
      HUKOU_DEMO: process.env.HUKOU_DEMO ?? (seedDemo ? "1" : "0"),
      PORT: port,
    });
    if (!dev && !(await ensureBuild({ root: ROOT, env, log: console.log }))) throw new Error("next build failed");
    console.log(
      `• Portal on ${origin}${host ? "" : " (this machine only; HOST=0.0.0.0 to serve the network)"}  (Ctrl+C stops it and the database)`,
    );
    const next = startPortal({ port, host: host || undefined, dev, env });
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.on(signal, () => {
        next.kill("SIGTERM");
      });
    }
    next.on("exit", (code) => void shutdown(code ?? 0));
  } catch (error) {
    console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
    await shutdown(1);
  }
}

main().catch((error) => {
  // One sentence saying what to do, never a stack trace (the details go to the log above).
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
