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
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hukou-pg-"));
    fs.chmodSync(dir, 0o755);
    db = await startEmbeddedPostgres({
      dataDir: path.join(dir, "data"),
      port: await findFreePort(55400),
      database: options.database,
      persistent: false,
      log: options.log,
    });
    const stop = db.stop;
    db = { url: db.url, stop: async () => { await stop(); fs.rmSync(dir, { recursive: true, force: true }); } };
  }
  return { url: db.url, embedded: true, stop: db.stop };
}
