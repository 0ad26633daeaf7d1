// Gives a script a PostgreSQL: DATABASE_URL when set, else the embedded server.
import os from "node:os";
import fs from "node:fs";
import path from "node:path";
import { findFreePort, startEmbeddedPostgres, type EmbeddedDatabase } from "../../lib/db/embedded-postgres";
import { ROOT } from "../../lib/db/schema-engine";

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  stop: () => Promise<void>;
}

export interface WithDatabaseOptions {
  /** "persistent": .data/pg kept between runs (npm start). "temporary": a throw-away cluster (tests, tools). */
  mode: "persistent" | "temporary";
  database: string;
  log?: (line: string) => void;
}

export async function acquireDatabase(options: WithDatabaseOptions): Promise<DatabaseHandle> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  let db: EmbeddedDatabase;
  if (options.mode === "persistent") {
    const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
    db = await startEmbeddedPostgres({
      dataDir: path.join(ROOT, ".data", "pg"),
      port,
      database: options.database,
      log: options.log,
    });
  } else {
    db = await startTemporary(options);
  }
  return { url: db.url, embedded: true, stop: db.stop };
}

/**
 * A throw-away cluster on a free port. Several test runs may start at once on one machine: each
 * starts its search at a random port, and a port taken between the probe and the bind is retried.
 */
async function startTemporary(options: WithDatabaseOptions): Promise<EmbeddedDatabase> {
  for (let attempt = 1; ; attempt++) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hukou-pg-"));
    fs.chmodSync(dir, 0o755);
    try {
      const db = await startEmbeddedPostgres({
        dataDir: path.join(dir, "data"),
        port: await findFreePort(55400 + Math.floor(Math.random() * 2000)),
        database: options.database,
        persistent: false,
        log: options.log,
      });
      return {
        url: db.url,
        stop: async () => {
          await db.stop();
          fs.rmSync(dir, { recursive: true, force: true });
        },
      };
    } catch (error) {
      fs.rmSync(dir, { recursive: true, force: true });
      const portTaken = error instanceof Error && /could not create any TCP\/IP sockets|already in use/.test(error.message);
      if (!portTaken || attempt >= 5) throw error;
    }
  }
}

/**
 * Empties a disposable test database (every schema of ours, including pg-boss's), so the end-to-end
 * run starts from migrations and demo data alone, not from what the integration tests left behind.
 */
export async function resetDatabase(url: string): Promise<void> {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      "SELECT nspname AS name FROM pg_namespace WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND nspname NOT LIKE 'pg\\_temp\\_%' AND nspname NOT LIKE 'pg\\_toast\\_temp\\_%'",
    );
    for (const { name } of rows) await client.query(`DROP SCHEMA "${name.replace(/"/g, '""')}" CASCADE`);
    await client.query("CREATE SCHEMA public");
  } finally {
    await client.end();
  }
}
